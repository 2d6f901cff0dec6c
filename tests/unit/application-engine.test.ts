import { describe, expect, it } from "vitest";
import { z } from "zod";
import { applicationEvents, applicationStatuses, availableEvents, transition, type ApplicationEvent, type ApplicationStatus } from "@/lib/applications/status";
import { generateFileNumber, isFileNumber } from "@/lib/applications/file-number";
import { createKindRegistry, progress, requiredDocuments, sectionStates, type ApplicationKindDefinition } from "@/lib/applications/engine";

describe("transition (the application state machine)", () => {
  const legal: Array<[ApplicationStatus, ApplicationEvent, "applicant" | "staff" | "payment", ApplicationStatus]> = [
    ["draft", "payFeesAndSubmit", "applicant", "awaiting_payment"],
    ["awaiting_payment", "confirmPayment", "payment", "submitted"],
    ["awaiting_payment", "confirmPayment", "staff", "submitted"],
    ["submitted", "startReview", "staff", "under_review"],
    ["under_review", "requestInformation", "staff", "information_requested"],
    ["information_requested", "answerInformationRequest", "applicant", "under_review"],
    ["under_review", "approve", "staff", "approved"],
    ["under_review", "refuse", "staff", "refused"],
    ["submitted", "withdraw", "applicant", "withdrawn"],
  ];

  it.each(legal)("from %s, %s by %s leads to %s", (from, event, actor, to) => {
    expect(transition(from, event, actor)).toEqual({ ok: true, to });
  });

  it("refuses every other transition", () => {
    const allowed = new Set(legal.map(([from, event, actor]) => `${from}/${event}/${actor}`));
    for (const from of applicationStatuses) {
      for (const event of applicationEvents) {
        for (const actor of ["applicant", "staff", "payment"] as const) {
          const key = `${from}/${event}/${actor}`;
          const isWithdrawal = event === "withdraw" && actor === "applicant" && !["approved", "refused", "withdrawn"].includes(from);
          if (allowed.has(key) || isWithdrawal) continue;
          expect(transition(from, event, actor).ok, key).toBe(false);
        }
      }
    }
  });

  it("never skips review: a submitted application cannot be decided directly", () => {
    expect(transition("submitted", "approve", "staff")).toEqual({ ok: false, reason: "notAllowedFromStatus" });
    expect(transition("draft", "confirmPayment", "payment")).toEqual({ ok: false, reason: "notAllowedFromStatus" });
  });

  it("lets nobody but staff decide, and nobody withdraw a decided file", () => {
    expect(transition("under_review", "approve", "applicant")).toEqual({ ok: false, reason: "notAllowedForActor" });
    expect(transition("approved", "withdraw", "applicant").ok).toBe(false);
    expect(availableEvents("under_review", "applicant")).toEqual(["withdraw"]);
  });
});

describe("file numbers", () => {
  it("are readable and well-formed", () => {
    const number = generateFileNumber("LSL", "new", 2026);
    expect(number).toMatch(/^LSL-N-2026-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(isFileNumber(number)).toBe(true);
    expect(isFileNumber("LSL-N-2026-ILOU00")).toBe(false);
  });
});

/** A kind that exists only in this test: the engine handles it with no change. */
const testKind: ApplicationKindDefinition = {
  id: "test_permit",
  prefix: "TST",
  type: "new",
  messages: "TestPermit",
  sections: [
    { id: "applicant", titleKey: "applicant", groupKey: "about", schema: z.object({ name: z.string().min(1) }) },
    { id: "event", titleKey: "event", groupKey: "about", schema: z.object({ date: z.string().min(1), outdoor: z.boolean() }), requires: ["applicant"] },
  ],
  documents: [
    { id: "insurance", titleKey: "insurance", isRequired: () => true },
    { id: "site_plan", titleKey: "sitePlan", isRequired: (answers) => answers.event?.outdoor === true },
  ],
};

describe("a kind declared as data", () => {
  it("gives each section its status and the progress", () => {
    expect(sectionStates(testKind, {})).toEqual([
      { id: "applicant", status: "notStarted" },
      { id: "event", status: "cannotStart" },
    ]);
    const partial = sectionStates(testKind, { applicant: { name: "" } });
    expect(partial.map((state) => state.status)).toEqual(["inProgress", "cannotStart"]);
    const done = sectionStates(testKind, { applicant: { name: "Club" }, event: { date: "2027-06-01", outdoor: true } });
    expect(progress(done)).toEqual({ completed: 2, total: 2 });
  });

  it("asks for the documents the answers call for", () => {
    expect(requiredDocuments(testKind, { event: { outdoor: false } }).map((document) => document.id)).toEqual(["insurance"]);
    expect(requiredDocuments(testKind, { event: { outdoor: true } }).map((document) => document.id)).toEqual(["insurance", "site_plan"]);
  });

  it("is registered without touching the engine, and ids stay unique", () => {
    const registry = createKindRegistry([testKind]);
    expect(registry.get("test_permit")?.prefix).toBe("TST");
    expect(registry.get("unknown")).toBeNull();
    expect(() => createKindRegistry([testKind, testKind])).toThrow(/share an id/);
  });
});
