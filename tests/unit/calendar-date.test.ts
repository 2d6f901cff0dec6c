import { describe, expect, it } from "vitest";
import { calendarDate } from "@/lib/time/commission-date";

describe("calendarDate", () => {
  it("reads typed boxes as midnight UTC of that day", () => {
    expect(calendarDate("2026", "11", "26")).toEqual(new Date("2026-11-26T00:00:00.000Z"));
    expect(calendarDate(2024, 2, 29)).toEqual(new Date("2024-02-29T00:00:00.000Z"));
  });

  it("refuses days that do not exist", () => {
    expect(calendarDate(2026, 2, 29)).toBeNull();
    expect(calendarDate(2026, 2, 31)).toBeNull();
    expect(calendarDate(2026, 13, 1)).toBeNull();
    expect(calendarDate(2026, 4, 31)).toBeNull();
  });

  it("refuses blanks, zeros, fractions and words", () => {
    expect(calendarDate("", "", "")).toBeNull();
    expect(calendarDate(2026, 0, 1)).toBeNull();
    expect(calendarDate(2026, 1, 0)).toBeNull();
    expect(calendarDate("2026", "1.5", "1")).toBeNull();
    expect(calendarDate("2026", "jan", "1")).toBeNull();
  });

  it("refuses a two-digit year rather than reading it as 19xx", () => {
    expect(calendarDate("26", "11", "26")).toBeNull();
  });
});
