import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  applicationEvents,
  applicationStatuses,
  availableEvents,
  transition,
  type ApplicationEvent,
  type ApplicationStatus,
} from "@/lib/applications/status";
import { generateFileNumber, isFileNumber } from "@/lib/applications/file-number";
import {
  chosenTerm,
  createKindRegistry,
  missingItems,
  progress,
  requiredDocuments,
  sectionStates,
  type ApplicationKindDefinition,
} from "@/lib/applications/engine";
import { fieldErrors, readFields, schemaOf, type FieldDefinition } from "@/lib/applications/fields";
import { hasChanges, renewalChanges } from "@/lib/applications/renewal-changes";

describe("transition (the application state machine)", () => {
  const legal: Array<[ApplicationStatus, ApplicationEvent, "applicant" | "staff" | "payment", ApplicationStatus]> = [
    ["draft", "payFeesAndSubmit", "applicant", "awaiting_payment"],
    // What owes nothing (a report, an eligibility) goes straight to the Commission.
    ["draft", "submit", "applicant", "submitted"],
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
          const isWithdrawal =
            event === "withdraw" && actor === "applicant" && !["approved", "refused", "withdrawn"].includes(from);
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
  sector: "alcohol",
  sections: [
    {
      id: "applicant",
      groupKey: "about",
      page: "form",
      fields: [{ name: "name", control: "text", schema: z.string().min(1) }],
    },
    {
      id: "event",
      groupKey: "about",
      page: "form",
      requires: ["applicant"],
      fields: [
        { name: "setting", control: "radio", options: ["indoor", "outdoor"] },
        { name: "site", control: "address", when: { field: "setting", equals: "outdoor" } },
      ],
    },
    {
      id: "guests",
      groupKey: "people",
      page: "list",
      min: 1,
      max: 2,
      labelFields: ["guestName"],
      disclosures: { emailField: "email" },
      fields: [
        { name: "guestName", control: "text", schema: z.string().min(1) },
        { name: "email", control: "text", schema: z.email() },
      ],
    },
    { id: "papers", groupKey: "people", page: "documents", requires: ["event"] },
    { id: "term", groupKey: "people", page: "form", fields: [{ name: "days", control: "radio", options: ["1", "3"] }] },
  ],
  documents: [
    { id: "insurance", isRequired: () => true },
    { id: "site_plan", isRequired: (answers) => answers.event?.setting === "outdoor" },
  ],
  terms: [1, 3],
  termAnswer: { section: "term", field: "days" },
  outcome: {
    applicant: "individual",
    applicantRecord: () => ({ type: "individual" }),
    approval: () => ({ type: "extend", years: 1 }),
    fee: () => null,
    review: "staff",
  },
};

const site = { line1: "1 Main St", city: "Ottawa", province: "ON", postalCode: "K1A 0B1" };
const complete = {
  applicant: { name: "Club" },
  event: { setting: "outdoor", site },
  guests: { items: [{ id: "g1", guestName: "Ana", email: "ana@example.com" }] },
  term: { days: "3" },
};
const allFacts = {
  documents: { insurance: 1, site_plan: 1 },
  disclosures: { g1: { status: "completed" as const, email: "ana@example.com" } },
};

describe("a kind declared as data", () => {
  it("gives each section its status and the progress", () => {
    expect(sectionStates(testKind, {}).map((state) => state.status)).toEqual([
      "notStarted",
      "cannotStart",
      "notStarted",
      "cannotStart",
      "notStarted",
    ]);
    const partial = sectionStates(testKind, { applicant: { name: "" } });
    expect(partial.map((state) => state.status).slice(0, 2)).toEqual(["inProgress", "cannotStart"]);
    expect(progress(sectionStates(testKind, complete, allFacts))).toEqual({ completed: 5, total: 5 });
  });

  it("asks for the documents the answers call for", () => {
    expect(requiredDocuments(testKind, { event: { setting: "indoor" } }).map((document) => document.id)).toEqual([
      "insurance",
    ]);
    expect(requiredDocuments(testKind, { event: { setting: "outdoor" } }).map((document) => document.id)).toEqual([
      "insurance",
      "site_plan",
    ]);
  });

  it("lists every missing section, document and disclosure, and nothing once all is there", () => {
    expect(missingItems(testKind, complete, allFacts)).toEqual([]);
    const missing = missingItems(testKind, complete, {
      documents: { insurance: 1 },
      disclosures: { g1: { status: "sent", email: "ana@example.com" } },
    });
    expect(missing).toEqual([
      { type: "disclosure", section: "guests", personId: "g1", name: "Ana" },
      { type: "section", section: "papers" },
      { type: "document", section: "papers", requirement: "site_plan" },
    ]);
  });

  it("needs a new disclosure request when a person's e-mail changes", () => {
    const changed = {
      ...complete,
      guests: { items: [{ id: "g1", guestName: "Ana", email: "ana@elsewhere.example" }] },
    };
    expect(sectionStates(testKind, changed, allFacts).find((state) => state.id === "guests")?.status).toBe(
      "inProgress",
    );
  });

  it("reads the chosen term, and only a term the kind offers", () => {
    expect(chosenTerm(testKind, complete)).toBe(3);
    expect(chosenTerm(testKind, { term: { days: "2" } })).toBeNull();
    expect(chosenTerm(testKind, {})).toBeNull();
  });

  it("is registered without touching the engine, and ids stay unique", () => {
    const registry = createKindRegistry([testKind]);
    expect(registry.get("test_permit")?.prefix).toBe("TST");
    expect(registry.get("unknown")).toBeNull();
    expect(() => createKindRegistry([testKind, testKind])).toThrow(/share an id/);
  });
});

describe("fields as data", () => {
  const fields = (testKind.sections[1] as unknown as { fields: FieldDefinition[] }).fields;

  function form(entries: Record<string, string>): FormData {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) data.append(key, value);
    return data;
  }

  it("reads only declared fields, nests addresses, and drops a question whose condition is unmet", () => {
    const typed = form({ setting: "indoor", "site.line1": "1 Main St", "site.city": "Ottawa", isAdmin: "true" });
    expect(readFields(fields, typed)).toEqual({ setting: "indoor" });
    expect(readFields(fields, form({ setting: "outdoor", "site.line1": " 1 Main St ", "site.city": "" }))).toEqual({
      setting: "outdoor",
      site: { line1: "1 Main St" },
    });
  });

  it("puts each error on its input, with the kind's message for it", () => {
    expect(fieldErrors(fields, {}, "TestPermit")).toEqual({ setting: "TestPermit.errors.setting" });
    expect(
      fieldErrors(fields, { setting: "outdoor", site: { line1: "1 Main St", postalCode: "12345" } }, "TestPermit"),
    ).toEqual({
      "site.city": "Address.errors.city",
      "site.province": "Address.errors.province",
      "site.postalCode": "Address.errors.postalCode",
    });
    expect(fieldErrors(fields, { setting: "outdoor", site }, "TestPermit")).toEqual({});
    expect(schemaOf(fields).safeParse({ setting: "indoor" }).success).toBe(true);
  });
});

describe("what changed since the last licence", () => {
  const onFile = [
    { firstName: "Marie", lastName: "Tremblay", role: "officer" },
    { firstName: "Marie", lastName: "Tremblay", role: "shareholder" },
    { firstName: "Luc", lastName: "Gagnon", role: "director" },
    { firstName: "Chantal", lastName: "Côté", role: "premises_manager" },
  ];
  const items = (...names: string[]) => ({
    items: names.map((name, index) => ({
      id: `p${index}`,
      firstName: name.split(" ")[0],
      lastName: name.split(" ")[1],
    })),
  });

  it("is nothing when the renewal repeats the licence", () => {
    const changes = renewalChanges(
      {
        reviewInformation: { informationCorrect: "yes" },
        associatedPersons: items("Marie Tremblay", "luc gagnon"),
        premisesManagers: items("Chantal Côté"),
        term: { termYears: "2" },
      },
      onFile,
      2,
    );
    expect(hasChanges(changes)).toBe(false);
  });

  it("lists information changes, people and managers added and removed, and a new term", () => {
    const changes = renewalChanges(
      {
        reviewInformation: { informationCorrect: "no", changes: "Nouvelle terrasse" },
        associatedPersons: items("Marie Tremblay", "Ana Lima"),
        premisesManagers: items("Hugo Roy"),
        term: { termYears: "4" },
      },
      onFile,
      2,
    );
    expect(changes).toEqual({
      information: "Nouvelle terrasse",
      peopleAdded: ["Ana Lima"],
      peopleRemoved: ["Luc Gagnon"],
      entitiesAdded: [],
      entitiesRemoved: [],
      managersRemoved: ["Chantal Côté"],
      managersAdded: ["Hugo Roy"],
      term: { from: 2, to: 4 },
    });
  });
});
