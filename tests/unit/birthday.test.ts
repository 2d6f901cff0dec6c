import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { birthdayIn, nextBirthday } from "@/lib/time/birthday";
import { daysBetween, type IsoDate } from "@/lib/time/commission-date";

describe("birthdays", () => {
  it("keeps 29 February in leap years and moves it to the 28th in the others", () => {
    expect(birthdayIn(2028, "1996-02-29")).toBe("2028-02-29");
    expect(birthdayIn(2027, "1996-02-29")).toBe("2027-02-28");
    expect(birthdayIn(2100, "1996-02-29")).toBe("2100-02-28");
    expect(birthdayIn(2000, "1996-02-29")).toBe("2000-02-29");
    expect(birthdayIn(2027, "1980-12-31")).toBe("2027-12-31");
  });

  it("is the next birthday after today, or the one after when it is too close", () => {
    expect(nextBirthday("2026-12-02", "1990-03-15")).toBe("2027-03-15");
    expect(nextBirthday("2026-03-15", "1990-03-15")).toBe("2027-03-15");
    expect(nextBirthday("2026-03-14", "1990-03-15")).toBe("2026-03-15");
    expect(nextBirthday("2026-03-01", "1990-03-15", 60)).toBe("2027-03-15");
    expect(nextBirthday("2026-12-02", "1996-02-29")).toBe("2027-02-28");
    expect(nextBirthday("2027-03-01", "1996-02-29")).toBe("2028-02-29");
  });

  it("always falls on the holder's birthday, more than the margin and at most a year and the margin away", () => {
    const day = fc
      .date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10) as IsoDate);
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 90 }), (today, dateOfBirth, margin) => {
        const result = nextBirthday(today, dateOfBirth, margin);
        expect(result).toBe(birthdayIn(Number(result.slice(0, 4)), dateOfBirth));
        expect(daysBetween(today, result)).toBeGreaterThan(margin);
        expect(daysBetween(today, result)).toBeLessThanOrEqual(366 + margin);
        // Nothing earlier qualifies: the birthday a year before is within the margin (or past).
        const yearBefore = birthdayIn(Number(result.slice(0, 4)) - 1, dateOfBirth);
        expect(daysBetween(today, yearBefore)).toBeLessThanOrEqual(margin);
      }),
    );
  });
});
