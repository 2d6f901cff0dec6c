import "server-only";
import type { Tx } from "@/lib/db/transaction";
import { nextInquiryStatus, type InquiryEvent, type InquiryStatus } from "./rules";

/**
 * Helpers shared by the applicant's and the staff's side of inquiries. Every change to an inquiry
 * runs in a transaction that first takes the inquiry's lock, so a reply and a close arriving at
 * the same moment are applied one after the other, each against the status the other left.
 */
/** A transaction-scoped advisory lock: released by the commit or rollback, never leaked. */
async function lock(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}

export function lockInquiry(tx: Tx, inquiryId: string): Promise<void> {
  return lock(tx, `inquiry:${inquiryId}`);
}

/** One new inquiry at a time per applicant, so a double click is seen as a repeat, not made twice. */
export function lockNewInquiriesOf(tx: Tx, userId: string): Promise<void> {
  return lock(tx, `inquiry-author:${userId}`);
}

/** The status after an event the caller has already checked is allowed. */
export function statusAfter(current: InquiryStatus | null, event: InquiryEvent): InquiryStatus {
  const next = nextInquiryStatus(current, event);
  if (!next) throw new Error(`An inquiry cannot go from ${current ?? "new"} through ${event}`);
  return next;
}
