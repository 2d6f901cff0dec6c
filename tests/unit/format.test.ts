import { describe, expect, it } from "vitest";
import { formatCalendarDay, formatCommissionDay, formatMoment, formatMoney } from "@/lib/i18n/format";

/** Intl separates French groups and « $ » with no-break spaces; compared here as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatCalendarDay", () => {
  it("writes a stored date (midnight UTC) as that very day, not the day before in Toronto", () => {
    const stored = new Date("2026-11-26T00:00:00.000Z");
    expect(formatCalendarDay(stored, "fr")).toBe("26 novembre 2026");
    expect(formatCalendarDay(stored, "en")).toBe("November 26, 2026");
  });

  it("takes an ISO date as well", () => {
    expect(formatCalendarDay("2027-01-01", "fr")).toBe("1 janvier 2027");
    expect(formatCalendarDay("2027-01-01", "en")).toBe("January 1, 2027");
  });
});

describe("formatCommissionDay", () => {
  it("writes the day a moment falls on in Toronto: 02:00 UTC on the 27th is still the 26th there", () => {
    const moment = new Date("2026-11-27T02:00:00.000Z");
    expect(formatCommissionDay(moment, "fr")).toBe("26 novembre 2026");
    expect(formatCommissionDay(moment, "en")).toBe("November 26, 2026");
  });
});

describe("formatMoment", () => {
  it("writes a moment's day and time on the Commission's clock", () => {
    const moment = new Date("2026-11-26T15:00:00.000Z");
    expect(plain(formatMoment(moment, "fr"))).toBe("26 novembre 2026 à 10 h 00");
    expect(plain(formatMoment(moment, "en"))).toBe("November 26, 2026 at 10:00 a.m.");
  });
});

describe("formatMoney", () => {
  it("writes cents as dollars the way each language does: « 1 055,00 $ » and $1,055.00", () => {
    expect(plain(formatMoney(105_500, "fr"))).toBe("1 055,00 $");
    expect(formatMoney(105_500, "en")).toBe("$1,055.00");
  });

  it("never writes CA$ or « $ CA »", () => {
    expect(formatMoney(3_000_000, "en")).toBe("$30,000.00");
    expect(plain(formatMoney(3_000_000, "fr"))).toBe("30 000,00 $");
  });

  it("keeps another currency's code, so it is never read as dollars", () => {
    expect(plain(formatMoney(1_200, "en", "USD"))).toBe("USD 12.00");
    expect(plain(formatMoney(1_200, "fr", "USD"))).toBe("12,00 USD");
  });
});
