/**
 * Fees from the fee schedule: the row for a kind, action and term that is in effect on a date.
 * Pure over the rows, so the data layer reads the schedule once and every page computes the same.
 */
export type FeeRow = {
  kind: string;
  action: "new" | "renewal" | "change" | "transfer";
  termYears: number | null;
  amountCents: number;
  effectiveFrom: Date;
  effectiveTo: Date | null;
};

export function feeInEffect(
  rows: readonly FeeRow[],
  kind: string,
  action: FeeRow["action"],
  termYears: number | null,
  on: Date,
): number | null {
  const candidates = rows
    .filter((row) => row.kind === kind && row.action === action && row.termYears === termYears)
    .filter(
      (row) =>
        row.effectiveFrom.getTime() <= on.getTime() &&
        (row.effectiveTo === null || row.effectiveTo.getTime() > on.getTime()),
    )
    .sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime());
  return candidates[0]?.amountCents ?? null;
}

export type TermFee = { years: number; feeCents: number };

/** The fee of each term the kind offers, leaving out a term the schedule has no price for. */
export function termFees(
  rows: readonly FeeRow[],
  kind: string,
  action: FeeRow["action"],
  terms: readonly number[],
  on: Date,
): TermFee[] {
  return terms.flatMap((years) => {
    const feeCents = feeInEffect(rows, kind, action, years, on);
    return feeCents === null ? [] : [{ years, feeCents }];
  });
}
