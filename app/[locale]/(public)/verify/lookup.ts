import "server-only";
import { consumeAttempt } from "@/lib/rate-limit";
import { displayedLicenceStatus } from "@/lib/licences/displayed-status";
import { verifyLicenceNumber, type PublicLicence } from "@/lib/licences/queries";

/**
 * What the public verification page shows for its `?number=` query. Every lookup counts against
 * the caller's IP address, found or not, so the register cannot be walked number by number.
 */
export type LicenceLookup =
  | { outcome: "idle" }
  | { outcome: "invalid"; number: string; error: "numberRequired" | "numberTooLong" }
  | { outcome: "limited"; number: string; retryAfterSeconds: number }
  | { outcome: "notFound"; number: string }
  | { outcome: "found"; number: string; licence: PublicLicence };

/** Longer than any licence number: refused before it costs a lookup. */
const MAX_NUMBER_LENGTH = 40;

/** A repeated `?number=` (a crafted URL) counts as its first value. */
function firstValue(query: string | string[] | undefined): string | undefined {
  return Array.isArray(query) ? query[0] : query;
}

export async function lookUpLicence(
  query: string | string[] | undefined,
  ip: string,
  now: Date = new Date(),
): Promise<LicenceLookup> {
  const raw = firstValue(query);
  if (raw === undefined) return { outcome: "idle" };
  const number = raw.trim();
  if (number === "") return { outcome: "invalid", number, error: "numberRequired" };
  if (number.length > MAX_NUMBER_LENGTH) return { outcome: "invalid", number: "", error: "numberTooLong" };

  const limit = await consumeAttempt("licenceVerificationByIp", ip);
  if (!limit.allowed) return { outcome: "limited", number, retryAfterSeconds: limit.retryAfterSeconds };

  const licence = await verifyLicenceNumber(number);
  if (!licence) return { outcome: "notFound", number };
  return {
    outcome: "found",
    number: licence.number,
    licence: { ...licence, status: displayedLicenceStatus(licence, now) },
  };
}
