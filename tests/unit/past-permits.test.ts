import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { renewalState } from "@/lib/licences/renewal-window";
import {
  isPastPermit,
  mainMenuLicences,
  newestPastPermits,
  renewalReminders,
} from "@/app/[locale]/(portal)/dashboard/_components/dashboard-licence";

/** Noon in Toronto on a given date (EDT, UTC-4, in summer). */
const torontoNoon = (date: string) => new Date(`${date}T12:00:00-04:00`);

function onMainMenu(licence: { termYears: number | null; expiresOn: string; renewable: boolean }, today: string) {
  const renewal = renewalState(
    { status: "active", expiresOn: new Date(`${licence.expiresOn}T00:00:00.000Z`), renewable: licence.renewable },
    torontoNoon(today),
  );
  return { renewal, past: isPastPermit({ termYears: licence.termYears, renewal }) };
}

describe("isPastPermit", () => {
  const permit = { termYears: null, expiresOn: "2026-07-19", renewable: false };

  it("keeps a permit with the licences up to and including its last day", () => {
    expect(onMainMenu(permit, "2026-07-01").past).toBe(false);
    expect(onMainMenu(permit, "2026-07-19").past).toBe(false);
  });

  it("moves a permit to past permits the day after its last day", () => {
    expect(onMainMenu(permit, "2026-07-20").past).toBe(true);
  });

  it("never makes a permit due for renewal, even in its last 60 days", () => {
    expect(onMainMenu(permit, "2026-07-01").renewal).toEqual({ state: "notRenewable" });
  });

  it("leaves an expired licence with a term among the licences, where it says how to apply again", () => {
    expect(onMainMenu({ termYears: 2, expiresOn: "2026-07-19", renewable: true }, "2026-07-20").past).toBe(false);
  });
});

describe("mainMenuLicences", () => {
  const renewals = [
    { state: "open", daysLeft: 10 },
    { state: "notYet", opensOn: "2027-01-01" },
    { state: "expired" },
    { state: "notRenewable" },
    { state: "renewalReceived" },
  ] as const;
  const statuses = ["active", "suspended", "expired", "cancelled", "surrendered"] as const;
  const licence = fc.record({
    id: fc.uuid(),
    renewal: fc.constantFrom(...renewals),
    displayedStatus: fc.constantFrom(...statuses),
  });
  const attention = (item: { renewal: { state: string }; displayedStatus: string }) =>
    item.renewal.state === "open" || item.displayedStatus === "suspended" || item.displayedStatus === "expired";

  it("shows at most the limit, what needs attention first, each group in the order given", () => {
    fc.assert(
      fc.property(fc.array(licence, { maxLength: 40 }), fc.nat(20), (licences, limit) => {
        const shown = mainMenuLicences(licences, limit);
        expect(shown.length).toBe(Math.min(limit, licences.length));
        const expected = [...licences.filter(attention), ...licences.filter((item) => !attention(item))];
        expect(shown).toEqual(expected.slice(0, limit));
      }),
    );
  });

  it("puts a renewal due and a suspension before a licence in force that expires sooner", () => {
    const quiet = { id: "a", renewal: renewals[1], displayedStatus: "active" } as const;
    const due = { id: "b", renewal: renewals[0], displayedStatus: "active" } as const;
    const suspended = { id: "c", renewal: renewals[3], displayedStatus: "suspended" } as const;
    expect(mainMenuLicences([quiet, due, suspended], 2).map((item) => item.id)).toEqual(["b", "c"]);
  });
});

describe("renewalReminders", () => {
  const states = [
    { state: "open", daysLeft: 10 },
    { state: "notYet", opensOn: "2027-01-01" },
    { state: "expired" },
  ] as const;

  it("names the first licences open for renewal, in the order given, and counts every other one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.uuid(), renewal: fc.constantFrom(...states) }), { maxLength: 60 }),
        fc.nat(10),
        (licences, limit) => {
          const { named, more } = renewalReminders(licences, limit);
          const open = licences.filter((licence) => licence.renewal.state === "open");
          expect(named).toEqual(open.slice(0, limit));
          expect(named.length + more).toBe(open.length);
        },
      ),
    );
  });

  it("counts none left out when every licence open fits", () => {
    const open = { id: "a", renewal: states[0] };
    expect(renewalReminders([open, { id: "b", renewal: states[1] }], 5)).toEqual({ named: [open], more: 0 });
  });
});

describe("newestPastPermits", () => {
  it("lists at most the limit, the latest last days first, and none older than one left out", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4000 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 15 }),
        (days, limit) => {
          const permits = days.map((day, index) => ({ id: String(index), expiresOn: new Date(day * 86_400_000) }));
          const shown = newestPastPermits(permits, limit);
          expect(shown).toHaveLength(Math.min(limit, permits.length));
          const times = shown.map((permit) => permit.expiresOn.getTime());
          expect(times).toEqual([...times].sort((a, b) => b - a));
          const oldestShown = Math.min(...times);
          const left = permits.filter((permit) => !shown.includes(permit));
          expect(left.every((permit) => permit.expiresOn.getTime() <= oldestShown)).toBe(true);
        },
      ),
    );
  });
});
