import { randomInt } from "node:crypto";

/**
 * Human-readable, unique file numbers ("LSL-N-2026-4K7M2Q"): the kind's prefix, N for new, R for
 * renewal, C for change, T for transfer or D for a report (a declaration filed on a licence), the year, and six characters a person can read over the phone (no I, L, O, U). Random
 * rather than sequential, so a number reveals nothing about volume; uniqueness is the database's
 * unique index, and the caller draws again on a clash.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function generateFileNumber(
  prefix: string,
  type: "new" | "renewal" | "change" | "transfer" | "report",
  year: number,
): string {
  let suffix = "";
  for (let index = 0; index < 6; index += 1) suffix += ALPHABET[randomInt(ALPHABET.length)];
  const letter = { new: "N", renewal: "R", change: "C", transfer: "T", report: "D" }[type];
  return `${prefix}-${letter}-${year}-${suffix}`;
}

export function isFileNumber(value: string): boolean {
  return /^[A-Z]{2,4}-[NRCTD]-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/.test(value);
}
