import { describe, expect, it } from "vitest";
import {
  allowedMethods,
  CARD_LIMIT_CENTS,
  generatePaymentReference,
  isAcceptedCardBrand,
  isPaymentReference,
  mayPayByCard,
  parseAmountToCents,
} from "@/lib/payments/methods";
import { feeInEffect, termFees, type FeeRow } from "@/lib/fees/rules";

describe("the $30,000 card limit", () => {
  it("allows $29,999.99 by card and sends $30,000.00 and more to wire or EFT", () => {
    expect(allowedMethods(2_999_999)).toEqual(["card"]);
    expect(allowedMethods(3_000_000)).toEqual(["wire", "eft"]);
    expect(allowedMethods(10_000_000)).toEqual(["wire", "eft"]);
    expect(mayPayByCard(CARD_LIMIT_CENTS - 1)).toBe(true);
    expect(mayPayByCard(CARD_LIMIT_CENTS)).toBe(false);
  });

  it("holds on every cent around the boundary and across the whole range (property)", () => {
    for (let cents = CARD_LIMIT_CENTS - 500; cents <= CARD_LIMIT_CENTS + 500; cents += 1) {
      expect(mayPayByCard(cents), String(cents)).toBe(cents < CARD_LIMIT_CENTS);
      expect(allowedMethods(cents).includes("card"), String(cents)).toBe(cents < CARD_LIMIT_CENTS);
    }
    // A deterministic spread of amounts from 1 cent to $10 million.
    let seed = 42;
    for (let index = 0; index < 5_000; index += 1) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      const cents = 1 + (seed % 1_000_000_000);
      expect(allowedMethods(cents)).toEqual(cents < CARD_LIMIT_CENTS ? ["card"] : ["wire", "eft"]);
    }
  });

  it("is no card payment for what is not a whole positive number of cents", () => {
    for (const cents of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])
      expect(mayPayByCard(cents), String(cents)).toBe(false);
  });
});

describe("card brands and references", () => {
  it("accepts Visa and Mastercard only", () => {
    expect(isAcceptedCardBrand("visa")).toBe(true);
    expect(isAcceptedCardBrand("Mastercard")).toBe(true);
    for (const brand of ["amex", "american_express", "discover", "unionpay", "", null, undefined])
      expect(isAcceptedCardBrand(brand), String(brand)).toBe(false);
  });

  it("draws readable, unique payment references", () => {
    const references = new Set(Array.from({ length: 500 }, () => generatePaymentReference()));
    expect(references.size).toBe(500);
    for (const reference of references) expect(isPaymentReference(reference), reference).toBe(true);
    expect(isPaymentReference("PAY-ILOU0000")).toBe(false);
  });

  it("reads amounts typed by staff in either language's format", () => {
    expect(parseAmountToCents("100000")).toBe(10_000_000);
    expect(parseAmountToCents("100,000.00")).toBe(10_000_000);
    expect(parseAmountToCents("100 000,00 $")).toBe(10_000_000);
    expect(parseAmountToCents("1055.5")).toBe(105_550);
    for (const input of ["", "abc", "12.345", "-5", "1e5"]) expect(parseAmountToCents(input), input).toBeNull();
  });
});

describe("the fee schedule", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const rows: FeeRow[] = [
    {
      kind: "liquor_sales_new",
      action: "new",
      termYears: 2,
      amountCents: 100_000,
      effectiveFrom: day("2025-01-01"),
      effectiveTo: day("2026-01-01"),
    },
    {
      kind: "liquor_sales_new",
      action: "new",
      termYears: 2,
      amountCents: 105_500,
      effectiveFrom: day("2026-01-01"),
      effectiveTo: null,
    },
    {
      kind: "liquor_sales_new",
      action: "new",
      termYears: 4,
      amountCents: 135_500,
      effectiveFrom: day("2026-01-01"),
      effectiveTo: null,
    },
  ];

  it("charges the fee in effect on the day", () => {
    expect(feeInEffect(rows, "liquor_sales_new", "new", 2, day("2025-06-01"))).toBe(100_000);
    expect(feeInEffect(rows, "liquor_sales_new", "new", 2, day("2026-01-01"))).toBe(105_500);
    expect(feeInEffect(rows, "liquor_sales_new", "new", 4, day("2025-06-01"))).toBeNull();
    expect(feeInEffect(rows, "liquor_sales_new", "renewal", 2, day("2026-06-01"))).toBeNull();
  });

  it("lists each offered term with its fee, leaving out a term without a price", () => {
    expect(termFees(rows, "liquor_sales_new", "new", [2, 4, 6], day("2026-06-01"))).toEqual([
      { years: 2, feeCents: 105_500 },
      { years: 4, feeCents: 135_500 },
    ]);
  });
});
