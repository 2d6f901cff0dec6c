import { describe, expect, it } from "vitest";
import { addDays, addYears, commissionToday } from "@/lib/time/commission-date";

describe("commissionToday", () => {
  it("is Toronto's date, not UTC's, late in the evening", () => {
    // 23:30 in Toronto on 26 November is already 27 November in UTC.
    expect(commissionToday(new Date("2026-11-27T04:30:00Z"))).toBe("2026-11-26");
    expect(commissionToday(new Date("2026-11-27T05:00:00Z"))).toBe("2026-11-27");
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
