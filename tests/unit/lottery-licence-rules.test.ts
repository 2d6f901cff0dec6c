import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  datesBreaches,
  eligibilityBreaches,
  LETTER_OF_CREDIT_PRIZES,
  lotteryFee,
  lotteryTypes,
  needsLetterOfCredit,
} from "@/lib/applications/kinds/lottery-licence-rules";
import type { QuotedFile } from "@/lib/applications/outcome";

describe("a charitable lottery licence's rules", () => {
  it("prices each started $100 of prizes, never less than one, and nothing until the prizes are positive", () => {
    expect(lotteryFee(5_050)).toMatchObject({ scheduleKind: "lottery_licence", quantity: 51 });
    expect(lotteryFee(100)).toMatchObject({ quantity: 1 });
    expect(lotteryFee(0)).toBeNull();
    expect(lotteryFee(Number.NaN)).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (prizes) => {
        const quantity = lotteryFee(prizes)?.quantity ?? 0;
        expect(quantity * 100).toBeGreaterThanOrEqual(prizes);
        expect((quantity - 1) * 100).toBeLessThan(prizes);
      }),
    );
  });

  it("asks a letter of credit of a bingo from $10,000 of prizes, and of nothing else", () => {
    fc.assert(
      fc.property(fc.constantFrom(...lotteryTypes), fc.integer({ min: 0, max: 1_000_000 }), (type, prizes) => {
        expect(needsLetterOfCredit(type, prizes)).toBe(type === "bingo" && prizes >= LETTER_OF_CREDIT_PRIZES);
      }),
    );
  });

  it("lets an eligibility in progress through until approval, and stops what may not be quoted", () => {
    const pending: QuotedFile = { type: "application", status: "under_review", holderId: null };
    expect(eligibilityBreaches(pending, "draft")).toEqual([]);
    expect(eligibilityBreaches(pending, "approval")).toEqual([{ rule: "eligibilityPending", section: "eligibility" }]);
    expect(eligibilityBreaches({ type: "application", status: "approved", holderId: "e" }, "approval")).toEqual([]);
    expect(eligibilityBreaches({ type: "application", status: "withdrawn", holderId: null }, "draft")).toEqual([
      { rule: "eligibilityRefused", section: "eligibility" },
    ]);
    expect(eligibilityBreaches({ type: "licence", status: "suspended", holderId: "e" }, "draft")).toEqual([
      { rule: "eligibilityNotActive", section: "eligibility" },
    ]);
    expect(eligibilityBreaches({ type: "unknown" }, "draft")).toEqual([
      { rule: "eligibilityUnknown", section: "eligibility" },
    ]);
    expect(eligibilityBreaches(null, "approval")).toEqual([]);
  });

  it("refuses a first day already past and a last day before the first", () => {
    expect(datesBreaches("2026-12-01", "2026-12-05", "2026-12-02")).toEqual([
      { rule: "dayInPast", section: "dates", values: { date: "2026-12-01" } },
    ]);
    expect(datesBreaches("2026-12-10", "2026-12-05", "2026-12-02")).toEqual([
      { rule: "lastBeforeFirst", section: "dates" },
    ]);
    expect(datesBreaches("2026-12-10", "2026-12-10", "2026-12-02")).toEqual([]);
  });
});
