import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { LicenceStatus } from "@/lib/db/generated/client";
import {
  isFinalStatus,
  licenceStatusActions,
  statusActionSchema,
  statusActionsFrom,
  statusTransition,
  STATUS_REASON_MAX_LENGTH,
} from "@/lib/licences/status-actions";
import { surrenderRequestSchema } from "@/lib/licences/surrender-schema";

const statuses: LicenceStatus[] = ["active", "expired", "suspended", "surrendered", "cancelled"];
/** Noon in Toronto on 10 March 2027. */
const NOW = new Date("2027-03-10T17:00:00Z");
const now = () => NOW;

describe("statusTransition", () => {
  it("suspends only a licence in force", () => {
    expect(statusTransition("active", "suspend")).toEqual({ ok: true, to: "suspended" });
    for (const from of ["expired", "suspended", "surrendered", "cancelled"] as const)
      expect(statusTransition(from, "suspend")).toEqual({ ok: false, reason: "notAllowedFromStatus" });
  });

  it("cancels a licence in force or suspended", () => {
    expect(statusTransition("active", "cancel")).toEqual({ ok: true, to: "cancelled" });
    expect(statusTransition("suspended", "cancel")).toEqual({ ok: true, to: "cancelled" });
    expect(statusTransition("expired", "cancel").ok).toBe(false);
  });

  it("reinstates only a suspended licence", () => {
    expect(statusTransition("suspended", "reinstate")).toEqual({ ok: true, to: "active" });
    for (const from of ["active", "expired", "surrendered", "cancelled"] as const)
      expect(statusTransition(from, "reinstate").ok).toBe(false);
  });

  it("records a surrender of a licence in force or suspended", () => {
    expect(statusTransition("active", "recordSurrender")).toEqual({ ok: true, to: "surrendered" });
    expect(statusTransition("suspended", "recordSurrender")).toEqual({ ok: true, to: "surrendered" });
    expect(statusTransition("cancelled", "recordSurrender").ok).toBe(false);
  });

  it("offers nothing for an expired, cancelled or surrendered licence", () => {
    expect(statusActionsFrom("expired")).toEqual([]);
    expect(statusActionsFrom("cancelled")).toEqual([]);
    expect(statusActionsFrom("surrendered")).toEqual([]);
    expect(statusActionsFrom("active")).toEqual(["suspend", "cancel", "recordSurrender"]);
    expect(statusActionsFrom("suspended")).toEqual(["cancel", "reinstate", "recordSurrender"]);
  });

  it("from any status, any sequence of actions only reaches allowed statuses, and never leaves cancelled or surrendered", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...statuses),
        fc.array(fc.constantFrom(...licenceStatusActions), { maxLength: 30 }),
        (start, actions) => {
          let status = start;
          for (const action of actions) {
            const next = statusTransition(status, action);
            // Offered exactly when allowed.
            expect(statusActionsFrom(status).includes(action)).toBe(next.ok);
            if (!next.ok) continue;
            expect(isFinalStatus(status)).toBe(false);
            expect(status).not.toBe("expired");
            expect(["active", "suspended", "cancelled", "surrendered"]).toContain(next.to);
            status = next.to;
          }
          if (isFinalStatus(start)) expect(status).toBe(start);
        },
      ),
    );
  });
});

describe("statusActionSchema", () => {
  const form = (fields: Record<string, unknown>) => ({ statusReason: "Inspection: sales to minors", ...fields });

  it("needs a reason of 1 to 2,000 characters, trimmed", () => {
    expect(statusActionSchema("cancel", now).safeParse(form({ statusReason: "   " })).success).toBe(false);
    expect(statusActionSchema("cancel", now).safeParse({}).success).toBe(false);
    const longest = "x".repeat(STATUS_REASON_MAX_LENGTH);
    expect(statusActionSchema("cancel", now).parse(form({ statusReason: ` ${longest} ` }))).toEqual({
      reason: longest,
      lastDay: null,
    });
    expect(statusActionSchema("cancel", now).safeParse(form({ statusReason: `${longest}x` })).success).toBe(false);
  });

  it("takes a suspension's last day from today, in the Commission's calendar, or none", () => {
    const schema = statusActionSchema("suspend", now);
    expect(schema.parse(form({})).lastDay).toBeNull();
    expect(schema.parse(form({ lastDay: { day: "", month: "", year: "" } })).lastDay).toBeNull();
    expect(schema.parse(form({ lastDay: { day: "10", month: "3", year: "2027" } })).lastDay).toBe("2027-03-10");
    expect(schema.parse(form({ lastDay: { day: "1", month: "4", year: "2027" } })).lastDay).toBe("2027-04-01");
    expect(schema.safeParse(form({ lastDay: { day: "9", month: "3", year: "2027" } })).success).toBe(false);
    expect(schema.safeParse(form({ lastDay: { day: "31", month: "2", year: "2028" } })).success).toBe(false);
    expect(schema.safeParse(form({ lastDay: { day: "1", month: "4", year: "27" } })).success).toBe(false);
    expect(schema.safeParse(form({ lastDay: { day: "1", month: "", year: "" } })).success).toBe(false);
  });

  it("at 11 p.m. in Toronto (already tomorrow in UTC), today is still Toronto's today", () => {
    const lateEvening = () => new Date("2027-03-11T03:30:00Z");
    expect(
      statusActionSchema("suspend", lateEvening).parse(form({ lastDay: { day: "10", month: "3", year: "2027" } }))
        .lastDay,
    ).toBe("2027-03-10");
  });

  it("ignores a last day on anything but a suspension", () => {
    expect(
      statusActionSchema("cancel", now).parse(form({ lastDay: { day: "1", month: "1", year: "2020" } })).lastDay,
    ).toBeNull();
  });

  it("survives any input: a result or field errors, never a throw", () => {
    fc.assert(
      fc.property(fc.constantFrom(...licenceStatusActions), fc.anything(), (action, raw) => {
        const parsed = statusActionSchema(action, now).safeParse(raw);
        if (parsed.success) expect(parsed.data.reason.length).toBeGreaterThan(0);
      }),
    );
  });

  it("accepts every real day from today on, and refuses every day before", () => {
    fc.assert(
      fc.property(fc.integer({ min: -800, max: 800 }), (offset) => {
        const day = new Date(Date.UTC(2027, 2, 10 + offset));
        const parts = {
          day: String(day.getUTCDate()),
          month: String(day.getUTCMonth() + 1),
          year: String(day.getUTCFullYear()),
        };
        const parsed = statusActionSchema("suspend", now).safeParse(form({ lastDay: parts }));
        expect(parsed.success).toBe(offset >= 0);
      }),
    );
  });
});

describe("surrenderRequestSchema", () => {
  const form = (fields: Record<string, unknown>) => ({
    effectiveOn: { day: "31", month: "3", year: "2027" },
    understood: "yes",
    ...fields,
  });

  it("needs a day from today on and the holder's confirmation; the reason is optional", () => {
    expect(surrenderRequestSchema(now).parse(form({}))).toEqual({ effectiveOn: "2027-03-31", reason: "" });
    expect(surrenderRequestSchema(now).safeParse(form({ understood: undefined })).success).toBe(false);
    expect(surrenderRequestSchema(now).safeParse(form({ effectiveOn: undefined })).success).toBe(false);
    expect(
      surrenderRequestSchema(now).safeParse(form({ effectiveOn: { day: "9", month: "3", year: "2027" } })).success,
    ).toBe(false);
    expect(
      surrenderRequestSchema(now).safeParse(form({ surrenderReason: "x".repeat(STATUS_REASON_MAX_LENGTH + 1) }))
        .success,
    ).toBe(false);
  });

  it("survives any input", () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        surrenderRequestSchema(now).safeParse(raw);
      }),
    );
  });
});

describe("every mistake at once", () => {
  it("lists the missing reason and the past last day together", () => {
    const parsed = statusActionSchema("suspend", now).safeParse({
      statusReason: "",
      lastDay: { day: "1", month: "1", year: "2020" },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["statusReason", "lastDay"]);
  });

  it("lists the missing day and the missing confirmation together", () => {
    const parsed = surrenderRequestSchema(now).safeParse({});
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["effectiveOn", "understood"]);
  });
});
