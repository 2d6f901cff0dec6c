import { randomBytes } from "node:crypto";

/**
 * How an order may be paid (SPEC §7, the seed's payment rules): under $30,000.00 by card (Visa,
 * Mastercard and their debit cards); $30,000.00 or more only by wire transfer or electronic funds
 * transfer. Pure, so every cent boundary is tested; enforced again wherever a card payment starts.
 */
export const CARD_LIMIT_CENTS = 3_000_000;

export type PaymentRoute = "card" | "wire" | "eft";

export function allowedMethods(totalCents: number): PaymentRoute[] {
  return mayPayByCard(totalCents) ? ["card"] : ["wire", "eft"];
}

/** A whole, positive number of cents below the limit; anything else is not a card payment. */
export function mayPayByCard(totalCents: number): boolean {
  return Number.isSafeInteger(totalCents) && totalCents > 0 && totalCents < CARD_LIMIT_CENTS;
}

/** The networks the Commission accepts; debit cards carry the same brands (Stripe reports funding apart). */
export const ACCEPTED_CARD_BRANDS = ["visa", "mastercard"] as const;

export type AcceptedCardBrand = (typeof ACCEPTED_CARD_BRANDS)[number];

/** The accepted brand a provider reported ("Visa", "visa"), or null for any other. */
export function acceptedCardBrand(brand: string | null | undefined): AcceptedCardBrand | null {
  return ACCEPTED_CARD_BRANDS.find((accepted) => accepted === String(brand).toLowerCase()) ?? null;
}

export function isAcceptedCardBrand(brand: string | null | undefined): boolean {
  return acceptedCardBrand(brand) !== null;
}

/** Unambiguous characters (no I, L, O, U): a reference is read aloud and typed into bank forms. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A payment reference such as "PAY-7K3M9Q2X", quoted on a wire and on the receipt. */
export function generatePaymentReference(): string {
  const bytes = randomBytes(8);
  return `PAY-${[...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join("")}`;
}

export function isPaymentReference(value: string): boolean {
  return /^PAY-[0-9A-HJKMNP-TV-Z]{8}$/.test(value);
}

/** "12,345.67" or "12 345,67" typed by staff → cents; null for anything that is not an amount. */
export function parseAmountToCents(input: string): number | null {
  const compact = input.replace(/[\s\u00a0\u202f$]/g, "");
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(compact.replace(/,(?=\d{3}(?:[.,]|$))/g, ""));
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
  return Number.isSafeInteger(cents) ? cents : null;
}
