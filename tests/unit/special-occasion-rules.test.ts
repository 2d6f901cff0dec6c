import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, type IsoDate } from "@/lib/time/commission-date";
import {
  effectiveSetting,
  eventClasses,
  eventTypes,
  hoursMakeSense,
  INDOOR_PRIVATE_NOTICE_DAYS,
  isEarlyEnough,
  isIssuedOnPayment,
  LARGE_OUTDOOR_ATTENDANCE,
  LARGE_OUTDOOR_NOTICE_DAYS,
  lastDayToApply,
  minimumNoticeDays,
  normalizedTime,
  NOTICE_DAYS,
  permitFee,
  settings,
  type EventFacts,
} from "@/lib/applications/kinds/special-occasion-rules";

const today: IsoDate = "2027-03-01";
const inDays = (days: number) => addDays(today, days);
const event = (facts: Partial<EventFacts>): EventFacts => ({
  eventType: "private",
  setting: "indoor",
  expectedAttendance: 100,
  ...facts,
});

describe("minimumNoticeDays and isEarlyEnough (KINDS.md deadlines)", () => {
  it("lets an indoor private event apply 10 days before its first day, not 9", () => {
    const wedding = event({ eventType: "private", setting: "indoor" });
    expect(minimumNoticeDays(wedding)).toBe(INDOOR_PRIVATE_NOTICE_DAYS);
    expect(isEarlyEnough(wedding, inDays(9), today)).toBe(false);
    expect(isEarlyEnough(wedding, inDays(10), today)).toBe(true);
  });

  it.each([
    ["an outdoor private event", event({ eventType: "private", setting: "outdoor" })],
    ["an indoor public event", event({ eventType: "public", setting: "indoor" })],
    [
      "an outdoor public event of 4,999 people",
      event({ eventType: "public", setting: "outdoor", expectedAttendance: 4_999 }),
    ],
    ["an indoor industry event", event({ eventType: "industry", setting: "indoor" })],
    ["a tailgate event", event({ eventType: "tailgate", setting: "outdoor" })],
  ])("asks %s to apply 30 days before, not 29", (_, facts) => {
    expect(minimumNoticeDays(facts)).toBe(NOTICE_DAYS);
    expect(isEarlyEnough(facts, inDays(29), today)).toBe(false);
    expect(isEarlyEnough(facts, inDays(30), today)).toBe(true);
  });

  it("asks an outdoor event of 5,000 people or more for 60 days: its notices go out 60 days before", () => {
    for (const eventType of eventTypes) {
      const large = event({ eventType, setting: "outdoor", expectedAttendance: LARGE_OUTDOOR_ATTENDANCE });
      expect(minimumNoticeDays(large), eventType).toBe(LARGE_OUTDOOR_NOTICE_DAYS);
      expect(isEarlyEnough(large, inDays(59), today), eventType).toBe(false);
      expect(isEarlyEnough(large, inDays(60), today), eventType).toBe(true);
    }
  });

  it("draws the line for outdoor events between 4,999 and 5,000 expected attendees", () => {
    const outdoor = (expectedAttendance: number) =>
      event({ eventType: "public", setting: "outdoor", expectedAttendance });
    expect(minimumNoticeDays(outdoor(4_999))).toBe(30);
    expect(minimumNoticeDays(outdoor(5_000))).toBe(60);
    // Day 30 is enough under 5,000; at 5,000 it is not.
    expect(isEarlyEnough(outdoor(4_999), inDays(30), today)).toBe(true);
    expect(isEarlyEnough(outdoor(5_000), inDays(30), today)).toBe(false);
  });

  it("keeps an indoor event's deadline whatever its attendance: the 60 days are for outdoor notices", () => {
    expect(minimumNoticeDays(event({ eventType: "private", setting: "indoor", expectedAttendance: 20_000 }))).toBe(10);
    expect(minimumNoticeDays(event({ eventType: "public", setting: "indoor", expectedAttendance: 20_000 }))).toBe(30);
  });

  it("judges a tailgate event as outdoors even when the answers say indoors", () => {
    expect(effectiveSetting("tailgate", "indoor")).toBe("outdoor");
    expect(minimumNoticeDays(event({ eventType: "tailgate", setting: "indoor", expectedAttendance: 5_000 }))).toBe(60);
  });

  it("names the last day to apply", () => {
    expect(lastDayToApply(event({}), "2027-06-12")).toBe("2027-06-02");
    expect(lastDayToApply(event({ eventType: "public" }), "2027-06-12")).toBe("2027-05-13");
  });

  const anyEvent = fc.record({
    eventType: fc.constantFrom(...eventTypes),
    setting: fc.constantFrom(...settings),
    expectedAttendance: fc.integer({ min: 1, max: 1_000_000 }),
  });

  it("is early enough exactly from the minimum notice on, for every event (property)", () => {
    fc.assert(
      fc.property(anyEvent, fc.integer({ min: -400, max: 800 }), (facts, offset) => {
        const notice = minimumNoticeDays(facts);
        expect([INDOOR_PRIVATE_NOTICE_DAYS, NOTICE_DAYS, LARGE_OUTDOOR_NOTICE_DAYS]).toContain(notice);
        expect(isEarlyEnough(facts, inDays(offset), today)).toBe(offset >= notice);
        const firstDay = inDays(offset);
        expect(isEarlyEnough(facts, firstDay, lastDayToApply(facts, firstDay))).toBe(true);
        expect(isEarlyEnough(facts, firstDay, addDays(lastDayToApply(facts, firstDay), 1))).toBe(false);
      }),
    );
  });
});

describe("the deadlines the start page states", () => {
  it.each(["en", "fr"])("are the rules' numbers (%s)", (locale) => {
    const messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"));
    // Spaces of any width: French writes « 5 000 » with a narrow no-break space.
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
    const points = Object.fromEntries(
      Object.entries(messages.SpecialOccasionApplication.start.points as Record<string, string>).map(([key, text]) => [
        key,
        plain(text),
      ]),
    );
    const attendance = plain(new Intl.NumberFormat(`${locale}-CA`).format(LARGE_OUTDOOR_ATTENDANCE));
    expect(points.indoorPrivate).toContain(`${INDOOR_PRIVATE_NOTICE_DAYS} `);
    expect(points.other).toContain(`${NOTICE_DAYS} `);
    expect(points.outdoorNotices).toContain(`${NOTICE_DAYS} `);
    expect(points.largeOutdoor).toContain(`${LARGE_OUTDOOR_NOTICE_DAYS} `);
    expect(points.largeOutdoor).toContain(attendance);
  });
});

describe("permitFee (per event day, from the fee schedule)", () => {
  it("prices a Sale event per day on the Sale row", () => {
    expect(permitFee("public", "sale", 1)).toEqual({
      scheduleKind: "special_occasion_sale",
      action: "new",
      termYears: null,
      quantity: 1,
    });
    expect(permitFee("private", "sale", 3)?.quantity).toBe(3);
  });

  it("prices a No Sale event per day on the No Sale row, industry events included", () => {
    expect(permitFee("private", "no_sale", 2)).toMatchObject({ scheduleKind: "special_occasion_no_sale", quantity: 2 });
    expect(permitFee("industry", "no_sale", 4)).toMatchObject({
      scheduleKind: "special_occasion_no_sale",
      quantity: 4,
    });
  });

  it("prices a tailgate event on its own row, with no class", () => {
    expect(permitFee("tailgate", null, 2)).toMatchObject({ scheduleKind: "special_occasion_tailgate", quantity: 2 });
    expect(permitFee("tailgate", "no_sale", 1)).toMatchObject({ scheduleKind: "special_occasion_tailgate" });
  });

  it("has no price until the class of another event is chosen, or while no day is listed", () => {
    expect(permitFee("public", null, 2)).toBeNull();
    expect(permitFee("private", "sale", 0)).toBeNull();
    expect(permitFee("tailgate", null, 0)).toBeNull();
  });

  it("charges one unit per event day, on the row of its class (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...eventTypes),
        fc.option(fc.constantFrom(...eventClasses), { nil: null }),
        fc.integer({ min: 0, max: 30 }),
        (type, eventClass, days) => {
          const fee = permitFee(type, eventClass, days);
          const priced = days > 0 && (type === "tailgate" || eventClass !== null);
          expect(fee === null).toBe(!priced);
          if (fee === null) return;
          expect(fee.quantity).toBe(days);
          expect(fee.scheduleKind).toBe(
            type === "tailgate" ? "special_occasion_tailgate" : `special_occasion_${String(eventClass)}`,
          );
        },
      ),
    );
  });
});

describe("isIssuedOnPayment", () => {
  it("issues a private event that meets every rule as soon as it is paid", () => {
    expect(isIssuedOnPayment("private", [], true)).toBe(true);
  });

  it("sends every other type to an officer", () => {
    for (const type of ["public", "tailgate", "industry"] as const)
      expect(isIssuedOnPayment(type, [], true)).toBe(false);
  });

  it("sends a private event with a missing answer to an officer", () => {
    expect(isIssuedOnPayment("private", [], false)).toBe(false);
  });

  it("never issues on payment while a rule is broken (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...eventTypes),
        fc.array(fc.record({ rule: fc.string({ minLength: 1 }) }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (type, breaches, complete) => {
          expect(isIssuedOnPayment(type, breaches, complete)).toBe(false);
        },
      ),
    );
  });
});

describe("hoursMakeSense", () => {
  it("accepts hours that end after they start", () => {
    expect(hoursMakeSense("18:00", "23:30")).toBe(true);
    expect(hoursMakeSense("9:30", "17:00")).toBe(true);
  });

  it("reads an end at 02:00 or earlier, after an evening start, as the next morning", () => {
    expect(hoursMakeSense("19:00", "01:00")).toBe(true);
    expect(hoursMakeSense("19:00", "02:00")).toBe(true);
    expect(hoursMakeSense("19:00", "02:30")).toBe(false);
  });

  it("refuses an end before the start, an empty day and hours that are not times", () => {
    expect(hoursMakeSense("23:00", "18:00")).toBe(false);
    expect(hoursMakeSense("18:00", "18:00")).toBe(false);
    expect(hoursMakeSense("01:00", "00:30")).toBe(false);
    expect(hoursMakeSense("6pm", "23:00")).toBe(false);
    expect(hoursMakeSense("18:00", "24:00")).toBe(false);
  });

  it("writes hours on two digits for the certificate", () => {
    expect(normalizedTime("9:05")).toBe("09:05");
    expect(normalizedTime("23:30")).toBe("23:30");
  });
});
