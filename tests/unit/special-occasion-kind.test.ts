import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { addDays, type IsoDate } from "@/lib/time/commission-date";
import { dateBoxes } from "@/lib/applications/fields";
import { applicableSections, requiredDocuments, type SavedAnswers } from "@/lib/applications/engine";
import type { LicenceFacts, RuleContext } from "@/lib/applications/outcome";
import { specialOccasionPermit as kind } from "@/lib/applications/kinds/special-occasion";
import { specialOccasionChange as change } from "@/lib/applications/kinds/special-occasion-change";
import { applicationKinds } from "@/lib/applications/registry";

const today: IsoDate = "2027-03-01";
const inDays = (days: number) => addDays(today, days);
const context: RuleContext = { today, licence: null };
const { outcome } = kind;

type Event = { eventType?: string; setting?: string; firstDay?: IsoDate; expectedAttendance?: string };
type Day = { day: IsoDate; startTime?: string; endTime?: string };

/** A complete private indoor wedding on one day, 20 days from today; each part can be replaced. */
function answers({
  event = {},
  days = [{ day: inDays(20), startTime: "17:00", endTime: "01:00" }],
  extra = {},
}: { event?: Event; days?: Day[]; extra?: SavedAnswers } = {}): SavedAnswers {
  const start = { eventType: "private", setting: "indoor", firstDay: inDays(20), expectedAttendance: "120", ...event };
  return {
    event: { ...start, firstDay: dateBoxes(start.firstDay) },
    eventClass: { eventClass: "no_sale" },
    eventDays: {
      items: days.map((day, index) => ({ id: `day-${index}`, ...day, day: dateBoxes(day.day) })),
    },
    place: {
      placeName: "Riverside Hall",
      address: { line1: "12 Main Street", line2: "Unit 4", city: "Ottawa", province: "ON", postalCode: "K1A 0B1" },
      capacity: "150",
    },
    privateEvent: { invitedOnly: "yes" },
    declaration: { confirmed: "yes" },
    ...extra,
  };
}

beforeEach(() => {
  // The date fields judge "from today" by the clock: the clock says the test's today.
  vi.useFakeTimers();
  vi.setSystemTime(new Date(`${today}T17:00:00Z`));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the special occasion permit's declaration", () => {
  it("is offered under Alcohol with its guidance, and its change is applied for on the permit", () => {
    expect(applicationKinds.get("special_occasion_permit")).toBe(kind);
    expect(kind.sector).toBe("alcohol");
    expect(kind.catalogue).toEqual({ guidanceUrl: "https://www.agco.ca/en/alcohol/special-occasion-permits" });
    expect(applicationKinds.onLicence("special_occasion_permit", "change")).toBe(change);
    expect(change.catalogue).toBeUndefined();
  });

  it("lets a person apply for themselves, or an organisation chosen at the start", () => {
    expect(outcome.applicant).toBe("either");
    expect(outcome.applicantRecord?.(answers())).toEqual({ type: "individual" });
  });

  it("starts the list of days with the first day given on the start page", () => {
    const start = { eventType: "public", setting: "indoor", firstDay: dateBoxes(inDays(40)), expectedAttendance: "80" };
    const draft = kind.draftFromStart?.(start) ?? {};
    expect(draft.eventDays?.items).toEqual([{ id: expect.any(String), day: dateBoxes(inDays(40)) }]);
  });

  it("asks each type its own questions, and a tailgate event no class", () => {
    const ids = (type: string) =>
      applicableSections(kind, answers({ event: { eventType: type } })).map((section) => section.id);
    expect(ids("private")).toContain("privateEvent");
    expect(ids("public")).toEqual(expect.arrayContaining(["publicEvent", "eventClass"]));
    expect(ids("public")).not.toContain("privateEvent");
    expect(ids("tailgate")).toContain("tailgateEvent");
    expect(ids("tailgate")).not.toContain("eventClass");
    expect(ids("industry")).toContain("industryEvent");
  });

  it("asks for the documents the event calls for", () => {
    const docs = (event: Event) => requiredDocuments(kind, answers({ event })).map((document) => document.id);
    expect(docs({})).toEqual([]);
    expect(docs({ eventType: "public" })).toEqual(["proofOfSignificance"]);
    expect(docs({ setting: "outdoor" })).toEqual(["outdoorNotices"]);
    expect(docs({ eventType: "tailgate", setting: "outdoor" })).toEqual(["outdoorNotices", "boundarySketch"]);
  });
});

describe("approval of a special occasion permit", () => {
  it("issues the permit until its last event day, with the event's type, class, days, place and capacity", () => {
    const effect = outcome.approval(
      answers({
        days: [
          { day: inDays(21), startTime: "11:00", endTime: "16:00" },
          { day: inDays(20), startTime: "9:30", endTime: "01:00" },
        ],
        extra: { eventClass: { eventClass: "sale", salesMethod: "cash_bar" } },
      }),
      context,
    );
    expect(effect).toEqual({
      type: "issue",
      issued: {
        licenceKind: "special_occasion_permit",
        numberPrefix: "SOP",
        validity: { type: "until", lastDay: inDays(21) },
        premises: null,
        details: [
          { label: "eventType", values: [{ term: "private" }] },
          { label: "eventClass", values: [{ term: "sale" }] },
          {
            label: "eventDays",
            values: [
              { day: inDays(20), from: "09:30", to: "01:00" },
              { day: inDays(21), from: "11:00", to: "16:00" },
            ],
          },
          {
            label: "place",
            values: [
              { text: "Riverside Hall" },
              { text: "12 Main Street, Unit 4" },
              { text: "Ottawa, ON  K1A 0B1" },
              { term: "indoor" },
            ],
          },
          { label: "capacity", values: [{ text: "150" }] },
        ],
      },
    });
  });

  it("prints no class for a tailgate event, which is outdoors", () => {
    const effect = outcome.approval(
      answers({ event: { eventType: "tailgate", setting: "outdoor" }, extra: { eventClass: { eventClass: "sale" } } }),
      context,
    );
    if (effect.type !== "issue") throw new Error("expected a permit");
    const labels = effect.issued.details?.map((row) => row.label);
    expect(labels).toEqual(["eventType", "eventDays", "place", "capacity"]);
    expect(effect.issued.details?.find((row) => row.label === "place")?.values.at(-1)).toEqual({ term: "outdoor" });
  });
});

describe("the permit's fee", () => {
  it("is the class's row once per listed day", () => {
    const three = [20, 21, 22].map((offset) => ({ day: inDays(offset), startTime: "12:00", endTime: "18:00" }));
    expect(outcome.fee(answers({ days: three, extra: { eventClass: { eventClass: "sale" } } }))).toEqual({
      scheduleKind: "special_occasion_sale",
      action: "new",
      termYears: null,
      quantity: 3,
    });
    expect(outcome.fee(answers())).toMatchObject({ scheduleKind: "special_occasion_no_sale", quantity: 1 });
  });

  it("is unknown until the class is chosen, except for a tailgate event", () => {
    expect(outcome.fee(answers({ event: { eventType: "public" }, extra: { eventClass: undefined } }))).toBeNull();
    expect(
      outcome.fee(answers({ event: { eventType: "tailgate", setting: "outdoor" }, extra: { eventClass: undefined } })),
    ).toMatchObject({ scheduleKind: "special_occasion_tailgate", quantity: 1 });
  });
});

describe("the permit's blockers", () => {
  const blockers = (saved: SavedAnswers) => outcome.blockers?.(saved, context) ?? [];

  it("refuses at the start an event too soon for its deadline, pointing to the start answers", () => {
    const start = { event: answers({ event: { eventType: "public", firstDay: inDays(29) } }).event };
    expect(blockers(start)).toEqual([{ rule: "deadline", section: "event", values: { days: 30, date: inDays(29) } }]);
    const onTime = { event: answers({ event: { eventType: "public", firstDay: inDays(30) } }).event };
    expect(blockers(onTime)).toEqual([]);
  });

  it("judges the deadline on the earliest listed day once the list has dates", () => {
    const saved = answers({
      event: { firstDay: inDays(40) },
      days: [
        { day: inDays(40), startTime: "12:00", endTime: "18:00" },
        { day: inDays(9), startTime: "12:00", endTime: "18:00" },
      ],
    });
    expect(blockers(saved)).toEqual([
      { rule: "deadline", section: "eventDays", values: { days: 10, date: inDays(9) } },
    ]);
  });

  it("asks 60 days of an outdoor event of 5,000 people", () => {
    const large = (offset: number) =>
      answers({
        event: { eventType: "public", setting: "outdoor", expectedAttendance: "5000", firstDay: inDays(offset) },
        days: [{ day: inDays(offset), startTime: "12:00", endTime: "18:00" }],
      });
    expect(blockers(large(59)).map((breach) => breach.rule)).toEqual(["deadline"]);
    expect(blockers(large(60))).toEqual([]);
  });

  it("refuses a tailgate event indoors", () => {
    expect(
      blockers(answers({ event: { eventType: "tailgate", setting: "indoor", firstDay: inDays(45) } })),
    ).toContainEqual({
      rule: "tailgateIndoors",
      section: "event",
    });
  });

  it("refuses a day already past, a day listed twice and hours that end before they start", () => {
    const saved = answers({
      days: [
        { day: inDays(30), startTime: "12:00", endTime: "18:00" },
        { day: inDays(-1), startTime: "12:00", endTime: "18:00" },
        { day: inDays(30), startTime: "19:00", endTime: "22:00" },
        { day: inDays(31), startTime: "23:00", endTime: "18:00" },
      ],
    });
    expect(blockers(saved)).toEqual([
      { rule: "dayInPast", section: "eventDays", values: { date: inDays(-1) } },
      { rule: "repeatedDay", section: "eventDays", values: { date: inDays(30) } },
      { rule: "hours", section: "eventDays", values: { date: inDays(31) } },
    ]);
  });

  it("has a message for every rule it breaks, in both languages", () => {
    for (const locale of ["en", "fr"]) {
      const messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"));
      for (const rule of ["deadline", "tailgateIndoors", "dayInPast", "repeatedDay", "hours"])
        expect(messages.SpecialOccasionApplication.rules[rule], `${locale} ${rule}`).toEqual(expect.any(String));
      for (const rule of ["dayInPast", "repeatedDay", "hours"])
        expect(messages.SpecialOccasionChangeApplication.rules[rule], `${locale} ${rule}`).toEqual(expect.any(String));
    }
  });
});

describe("issued on payment", () => {
  const issuedOnPayment = (saved: SavedAnswers) => {
    if (outcome.review === "staff") throw new Error("expected a rule");
    return outcome.review.issuedOnPaymentWhen(saved, context);
  };

  it("issues a complete private event on time as soon as it is paid", () => {
    expect(issuedOnPayment(answers())).toBe(true);
  });

  it("sends a private event with a missing answer or a broken rule to an officer", () => {
    expect(issuedOnPayment(answers({ extra: { declaration: undefined } }))).toBe(false);
    expect(issuedOnPayment(answers({ days: [{ day: inDays(5), startTime: "12:00", endTime: "18:00" }] }))).toBe(false);
  });

  it("sends every other type to an officer", () => {
    const complete = {
      publicEvent: { significance: "charitable", details: "A fundraiser for the food bank." },
      tailgateEvent: { sportsEvent: "Ottawa against Toronto" },
      industryEvent: { manufacturer: "Brasserie du Lac" },
    };
    for (const eventType of ["public", "tailgate", "industry"]) {
      const setting = eventType === "tailgate" ? "outdoor" : "indoor";
      const days = [{ day: inDays(45), startTime: "12:00", endTime: "18:00" }];
      expect(
        issuedOnPayment(answers({ event: { eventType, setting, firstDay: inDays(45) }, days, extra: complete })),
      ).toBe(false);
    }
  });

  it("issues on payment exactly the private events no blocker stands against (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("private", "public", "tailgate", "industry"),
        fc.constantFrom("indoor", "outdoor"),
        fc.integer({ min: 1, max: 20_000 }),
        fc.array(fc.integer({ min: -5, max: 90 }), { minLength: 1, maxLength: 4 }),
        (eventType, setting, attendance, offsets) => {
          const saved = answers({
            event: {
              eventType,
              setting,
              expectedAttendance: String(attendance),
              firstDay: inDays(Math.max(0, offsets[0] ?? 0)),
            },
            days: offsets.map((offset) => ({ day: inDays(offset), startTime: "12:00", endTime: "18:00" })),
          });
          const breaches = outcome.blockers?.(saved, context) ?? [];
          expect(issuedOnPayment(saved)).toBe(eventType === "private" && breaches.length === 0);
        },
      ),
    );
  });
});

describe("a change to an issued permit", () => {
  const licence: LicenceFacts = {
    id: "licence-1",
    kind: "special_occasion_permit",
    number: "SOP-2027-000123",
    status: "active",
    expiresOn: inDays(20),
    termYears: null,
    areas: [],
    details: [
      { label: "eventType", values: [{ term: "public" }] },
      { label: "eventClass", values: [{ term: "sale" }] },
      { label: "eventDays", values: [{ day: inDays(20), from: "12:00", to: "23:00" }] },
      {
        label: "place",
        values: [
          { text: "Riverside Hall" },
          { text: "12 Main Street" },
          { text: "Ottawa, ON  K1A 0B1" },
          { term: "outdoor" },
        ],
      },
      { label: "capacity", values: [{ text: "150" }] },
    ],
  };

  it("starts from the permit's days and the place as last approved", () => {
    const place = answers().place;
    const prefilled = change.onLicence?.prefill?.({ licence, people: [], managers: [], previousAnswers: { place } });
    expect(prefilled).toEqual({
      eventDays: {
        items: [{ id: expect.any(String), day: dateBoxes(inDays(20)), startTime: "12:00", endTime: "23:00" }],
      },
      place,
    });
  });

  it("falls back on the certificate's place name and capacity without a previous application", () => {
    const prefilled = change.onLicence?.prefill?.({ licence, people: [], managers: [], previousAnswers: {} });
    expect(prefilled?.place).toEqual({ placeName: "Riverside Hall", capacity: "150" });
  });

  it("reprints the days, place and capacity, keeps the type and class, and moves the last day", () => {
    const saved = answers({
      days: [
        { day: inDays(27), startTime: "12:00", endTime: "23:00" },
        { day: inDays(26), startTime: "12:00", endTime: "23:00" },
      ],
    });
    expect(change.outcome.approval(saved, { today, licence })).toEqual({
      type: "amend",
      details: [
        { label: "eventType", values: [{ term: "public" }] },
        { label: "eventClass", values: [{ term: "sale" }] },
        {
          label: "eventDays",
          values: [
            { day: inDays(26), from: "12:00", to: "23:00" },
            { day: inDays(27), from: "12:00", to: "23:00" },
          ],
        },
        {
          label: "place",
          values: [
            { text: "Riverside Hall" },
            { text: "12 Main Street, Unit 4" },
            { text: "Ottawa, ON  K1A 0B1" },
            { term: "outdoor" },
          ],
        },
        { label: "capacity", values: [{ text: "150" }] },
      ],
      lastDay: inDays(27),
    });
  });

  it("costs the change fee once, goes to an officer and refuses a day already past", () => {
    expect(change.outcome.fee(answers())).toEqual({
      scheduleKind: "special_occasion_change",
      action: "change",
      termYears: null,
      quantity: 1,
    });
    expect(change.outcome.review).toBe("staff");
    const past = answers({ days: [{ day: inDays(-2), startTime: "12:00", endTime: "18:00" }] });
    expect(change.outcome.blockers?.(past, { today, licence })).toEqual([
      { rule: "dayInPast", section: "eventDays", values: { date: inDays(-2) } },
    ]);
  });
});
