import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, addYears, commissionToday } from "@/lib/time/commission-date";

describe("commissionToday", () => {
  it("is Toronto's date, not UTC's, late in the evening", () => {
    // 23:30 in Toronto on 26 November is already 27 November in UTC.
    expect(commissionToday(new Date("2026-11-27T04:30:00Z"))).toBe("2026-11-26");
    expect(commissionToday(new Date("2026-11-27T05:00:00Z"))).toBe("2026-11-27");
  });

  it("gives each moment its own day, asked in any order and again", () => {
    const toronto = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", dateStyle: "short" });
    fc.assert(
      fc.property(
        fc.array(fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }), {
          minLength: 1,
        }),
        (moments) => {
          for (const moment of [...moments, ...[...moments].reverse()]) {
            expect(commissionToday(new Date(moment.getTime()))).toBe(toronto.format(moment));
          }
        },
      ),
    );
  });
});

describe("date arithmetic", () => {
  it("adds days across months and leap years", () => {
    expect(addDays("2026-11-26", 60)).toBe("2027-01-25");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("adds whole years", () => {
    expect(addYears("2026-11-26", 2)).toBe("2028-11-26");
    expect(addYears("2026-11-26", -4)).toBe("2022-11-26");
  });
});
