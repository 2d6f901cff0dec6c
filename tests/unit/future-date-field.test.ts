import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import {
  answerText,
  dateAnswer,
  dateBoxes,
  fieldErrors,
  FUTURE_DATE_YEARS,
  readFields,
  schemaOf,
  type FieldDefinition,
} from "@/lib/applications/fields";
import { utcToIsoDate, type IsoDate } from "@/lib/time/commission-date";

const fields: FieldDefinition[] = [{ name: "eventDay", control: "date", range: "future" }];
const isValid = (date: IsoDate) => schemaOf(fields).safeParse({ eventDay: dateBoxes(date) }).success;

describe("a date field with a future range (an event day)", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // 03:00 UTC on 10 March is still 9 March in Toronto: the Commission's today is the 9th.
    vi.setSystemTime(new Date("2027-03-10T03:00:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("accepts the Commission's today and refuses the day before", () => {
    expect(isValid("2027-03-09")).toBe(true);
    expect(isValid("2027-03-08")).toBe(false);
  });

  it(`accepts a day up to ${FUTURE_DATE_YEARS} years ahead, not the day after`, () => {
    expect(isValid("2029-03-09")).toBe(true);
    expect(isValid("2029-03-10")).toBe(false);
  });

  it("refuses a day that does not exist and boxes left empty, each box reported", () => {
    expect(isValid("2027-02-29" as IsoDate)).toBe(false);
    const result = schemaOf(fields).safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "eventDay.day",
      "eventDay.month",
      "eventDay.year",
    ]);
  });

  it("keeps dates in the past for a date field without a range (a birth date)", () => {
    const birth: FieldDefinition[] = [{ name: "dateOfBirth", control: "date" }];
    expect(schemaOf(birth).safeParse({ dateOfBirth: dateBoxes("1990-05-04") }).success).toBe(true);
    expect(schemaOf(birth).safeParse({ dateOfBirth: dateBoxes("2027-06-01") }).success).toBe(false);
  });

  it("reads the boxes of a submitted form as a group and reports one error under the field's name", () => {
    const form = new FormData();
    form.set("eventDay.day", " 12 ");
    form.set("eventDay.month", "6");
    form.set("eventDay.year", "2027");
    const values = readFields(fields, form);
    expect(values).toEqual({ eventDay: { day: "12", month: "6", year: "2027" } });
    expect(fieldErrors(fields, values, "Kind")).toEqual({});
    expect(fieldErrors(fields, { eventDay: { day: "12", month: "6", year: "2030" } }, "Kind")).toEqual({
      eventDay: "Kind.errors.eventDay",
    });
  });
});

describe("dateAnswer", () => {
  it("reads a saved date answer as its calendar date", () => {
    expect(dateAnswer({ day: "5", month: "6", year: "2027" })).toBe("2027-06-05");
    expect(dateAnswer({ day: "05", month: "06", year: "2027" })).toBe("2027-06-05");
  });

  it("is null for a date that does not exist, a part missing or anything that is not a date answer", () => {
    expect(dateAnswer({ day: "31", month: "4", year: "2027" })).toBeNull();
    expect(dateAnswer({ day: "5", month: "6" })).toBeNull();
    expect(dateAnswer({ day: "5", month: "6", year: "27" })).toBeNull();
    expect(dateAnswer("2027-06-05")).toBeNull();
    expect(dateAnswer(undefined)).toBeNull();
  });

  it("reads back every calendar date the boxes are filled with (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2999-12-31"), noInvalidDate: true }),
        (date) => {
          const day = utcToIsoDate(date);
          expect(dateAnswer(dateBoxes(day))).toBe(day);
        },
      ),
    );
  });

  it("names a list item by a date answer as by text", () => {
    expect(answerText("Marie")).toBe("Marie");
    expect(answerText({ day: "5", month: "6", year: "2027" })).toBe("2027-06-05");
    expect(answerText(42)).toBe("");
  });
});
