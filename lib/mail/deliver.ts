import "server-only";
import { after } from "next/server";
import { getDb } from "@/lib/db/client";
import { getMailTransport, type MailTransport } from "./transport";

/**
 * Delivers the outbox. Each run claims due rows one at a time with `FOR UPDATE SKIP LOCKED`, so
 * concurrent runs (cron, a request's `deliverSoon`, a second instance) never take the same row, and a
 * row is held only for the one send its claim covers. A failed send is retried with growing delays;
 * a worker that dies mid-send leaves a claim that expires, and the row is tried again.
 */

/** Delays after the 1st, 2nd, … failed attempt: a mail server that is down for a day delays mail, never loses it. */
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 240, 720, 1440] as const;
/** After this many failed attempts the row is marked failed and left for a person to look at. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

/** Longer than a send can take with the SMTP timeouts of transport.ts, so a live claim never expires. */
const CLAIM_MINUTES = 5;
/** Limits a run, e.g. a cron request, to what fits well within a serverless function's time limit. */
const DEFAULT_LIMIT = 50;
const LAST_ERROR_MAX_LENGTH = 500;

const MINUTE = 60_000;

export type DeliveryOptions = {
  /** The current time; tests move it forward to reach retries. */
  now?: Date;
  /** At most this many e-mails per run. */
  limit?: number;
  /** Defaults to the configured transport (transport.ts). */
  transport?: MailTransport;
};

export type DeliveryResult = { sent: number; failed: number; retried: number };

type ClaimedEmail = {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  attempts: number;
};

type Claim = { email: ClaimedEmail; lockedUntil: Date };

/** When to try again after `attempts` failed attempts; null once the e-mail should be given up. */
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  const delay = RETRY_DELAYS_MINUTES[attempts - 1];
  return attempts < MAX_ATTEMPTS && delay !== undefined ? new Date(now.getTime() + delay * MINUTE) : null;
}

export async function deliverPendingEmails(options: DeliveryOptions = {}): Promise<DeliveryResult> {
  const transport = options.transport ?? getMailTransport();
  const limit = options.limit ?? DEFAULT_LIMIT;
  const clock = () => options.now ?? new Date();
  const result: DeliveryResult = { sent: 0, failed: 0, retried: 0 };

  for (let handled = 0; handled < limit; handled += 1) {
    const claim = await claimNextDueEmail(clock());
    if (!claim) break;
    const outcome = await sendClaimedEmail(claim, transport, clock());
    result[outcome] += 1;
    // When the server is down every send would wait for the same timeout; the next run tries again.
    if (outcome !== "sent") break;
  }
  return result;
}

/**
 * Takes the oldest due row: pending and due, or claimed by a worker whose claim has expired. The
 * attempt is counted here, so a row that crashes its worker each time still reaches MAX_ATTEMPTS.
 * Timestamps are passed as ISO text and read as UTC, like the `timestamp(3)` columns Prisma writes,
 * whatever the session's time zone.
 */
async function claimNextDueEmail(now: Date): Promise<Claim | null> {
  const lockedUntil = new Date(now.getTime() + CLAIM_MINUTES * MINUTE);
  const nowUtc = now.toISOString();
  const [email] = await getDb().$queryRaw<ClaimedEmail[]>`
    UPDATE "EmailOutbox"
    SET "status" = 'sending',
        "lockedUntil" = (${lockedUntil.toISOString()}::timestamptz AT TIME ZONE 'UTC'),
        "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "EmailOutbox"
      WHERE ("status" = 'pending' AND "nextAttemptAt" <= (${nowUtc}::timestamptz AT TIME ZONE 'UTC'))
         OR ("status" = 'sending' AND "lockedUntil" < (${nowUtc}::timestamptz AT TIME ZONE 'UTC'))
      ORDER BY "createdAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "toAddress", "subject", "textBody", "htmlBody", "attempts"`;
  return email ? { email, lockedUntil } : null;
}

async function sendClaimedEmail(
  { email, lockedUntil }: Claim,
  transport: MailTransport,
  now: Date,
): Promise<"sent" | "retried" | "failed"> {
  // Only while our claim still holds: a run that outlived it must not overwrite the next worker's result.
  const stillClaimed = { id: email.id, status: "sending", lockedUntil } as const;
  try {
    await transport.send({
      id: email.id,
      to: email.toAddress,
      subject: email.subject,
      text: email.textBody,
      html: email.htmlBody,
    });
  } catch (error) {
    const lastError = describeFailure(error);
    const retryAt = nextAttemptAfter(email.attempts, now);
    console.warn(`E-mail ${email.id} not delivered (attempt ${email.attempts}): ${lastError}`);
    await getDb().emailOutbox.updateMany({
      where: stillClaimed,
      data: retryAt
        ? { status: "pending", nextAttemptAt: retryAt, lockedUntil: null, lastError }
        : { status: "failed", lockedUntil: null, lastError },
    });
    return retryAt ? "retried" : "failed";
  }
  await getDb().emailOutbox.updateMany({
    where: stillClaimed,
    data: { status: "sent", sentAt: now, lockedUntil: null, lastError: null },
  });
  return "sent";
}

/**
 * What went wrong, for the row and the logs: the error's code and message, with any credentials of a
 * URL blanked out (SMTP_URL may carry a password), cut to a sane length.
 */
function describeFailure(error: unknown): string {
  const code = error instanceof Error && "code" in error && typeof error.code === "string" ? `${error.code}: ` : "";
  const message = error instanceof Error ? error.message : String(error);
  return `${code}${message}`.replace(/\/\/[^/\s@]*@/g, "//***@").slice(0, LAST_ERROR_MAX_LENGTH);
}

/**
 * After a request has queued mail, delivers it once the response is sent (Next.js `after`), so the
 * user waits for neither the mail server nor its failures. Never throws into the caller: whatever
 * happens, the e-mail stays in the outbox for the `deliver-outbox` job.
 */
export function deliverSoon(): void {
  try {
    after(deliverInBackground);
  } catch {
    // after() only works inside a request; in tests and scripts the outbox waits for the next job run.
  }
}

async function deliverInBackground(): Promise<void> {
  try {
    await deliverPendingEmails();
  } catch (error) {
    console.error("Background e-mail delivery failed:", error instanceof Error ? error.message : error);
  }
}
