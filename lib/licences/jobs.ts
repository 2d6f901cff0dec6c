import "server-only";
import { portalUrl } from "@/lib/http/portal-url";
import { getDb } from "@/lib/db/client";
import { Prisma, type LicenceKind, type ReminderKind } from "@/lib/db/generated/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { deliverSoon } from "@/lib/mail/deliver";
import { audit } from "@/lib/audit";
import { enqueueEmail, type OutgoingEmail } from "@/lib/mail/outbox";
import { addDays, commissionToday, isoDateToUtc } from "@/lib/time/commission-date";
import { formatCalendarDay } from "@/lib/i18n/format";
import { RENEWAL_WINDOW_DAYS, renewalState } from "./renewal-window";
import { ENDED_REASON, EXPIRY_REASON, SUSPENSION_ENDED_REASON } from "./history-reasons";
import { tellHolders, writeStatus } from "./status-changes";

/**
 * The licence jobs, run daily by cron (lib/jobs): a licence not renewed by its expiry date expires,
 * and the holders are reminded by e-mail 60 and 7 days before (SPEC 5.3). Both are idempotent, alone
 * or run twice at once (SECURITY.md, "Reliability"): the database decides which run does the work.
 */

// ---------------------------------------------------------------------------------------------------
// Expiry

export type ExpiryResult = { expired: number };

/**
 * Active licences whose expiry date is before the Commission's today: a licence is valid through the
 * end of its expiry date, so one expiring today is still active. A licence whose renewal was paid
 * (submitted) by its expiry date stays active while the renewal is reviewed (SPEC §5.3).
 */
function pastExpiryWhere(today: Date) {
  return {
    status: "active",
    expiresOn: { lt: today },
    applications: { none: { type: "renewal", status: { in: ["submitted", "under_review", "information_requested"] } } },
  } satisfies Prisma.LicenceWhereInput;
}

export async function expireLicences(now: Date = new Date()): Promise<ExpiryResult> {
  const today = isoDateToUtc(commissionToday(now));
  const due = await getDb().licence.findMany({ where: pastExpiryWhere(today), select: { id: true } });
  let expired = 0;
  for (const { id } of due) {
    if (await expireLicence(id, today, now)) expired += 1;
  }
  return { expired };
}

/**
 * The status condition is part of the update, so of two runs at once only the one whose update
 * changed the row writes the event; the other, waiting on the row lock, finds it expired already.
 */
async function expireLicence(id: string, today: Date, now: Date): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.licence.updateMany({
      where: { id, ...pastExpiryWhere(today) },
      data: { status: "expired" },
    });
    if (count !== 1) return false;
    const { termYears } = await tx.licence.findUniqueOrThrow({ where: { id }, select: { termYears: true } });
    await tx.licenceStatusEvent.create({
      data: {
        licenceId: id,
        status: "expired",
        reason: termYears === null ? ENDED_REASON : EXPIRY_REASON,
        occurredAt: now,
      },
    });
    return true;
  });
}

// ---------------------------------------------------------------------------------------------------
// Suspensions that end by themselves

export type SuspensionsResult = { reinstated: number };

/** Suspended licences whose suspension's last day (inclusive) is before the Commission's today. */
function suspensionOverWhere(today: Date) {
  return { status: "suspended", suspendedUntil: { lt: today } } satisfies Prisma.LicenceWhereInput;
}

/**
 * A suspension with a last day ends by itself the next day: the licence is in force again, with a
 * timeline entry and an e-mail to its holders, as when an officer reinstates it. Run before the
 * expiry job, so a licence whose term also ended meanwhile expires on the same run.
 */
export async function endSuspensions(now: Date = new Date()): Promise<SuspensionsResult> {
  const today = isoDateToUtc(commissionToday(now));
  const due = await getDb().licence.findMany({ where: suspensionOverWhere(today), select: { id: true } });
  let reinstated = 0;
  let emails = 0;
  for (const { id } of due) {
    const sent = await endSuspension(id, today, now);
    if (sent === null) continue;
    reinstated += 1;
    emails += sent;
  }
  if (emails > 0) deliverSoon();
  return { reinstated };
}

/**
 * As for expiry, the condition is part of the update: of two runs at once, the one whose update
 * changed the row writes the event and the e-mails; the other finds the licence already in force.
 * An officer who reinstates, cancels or extends the suspension meanwhile changes the row first.
 */
async function endSuspension(id: string, today: Date, now: Date): Promise<number | null> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.licence.updateMany({
      where: { id, ...suspensionOverWhere(today) },
      data: { status: "active", suspendedUntil: null },
    });
    if (count !== 1) return null;
    const licence = await writeStatus(tx, id, {
      status: "active",
      suspendedUntil: null,
      reason: SUSPENSION_ENDED_REASON,
      actorId: null,
      now,
    });
    await audit(
      {
        actor: null,
        action: "licence.reinstated",
        subject: { type: "licence", id },
        entityId: licence.entityId,
        details: { from: "suspended", to: "active", suspensionEnded: true },
      },
      tx,
    );
    return tellHolders(tx, licence, "active", null);
  });
}

// ---------------------------------------------------------------------------------------------------
// Renewal reminders

/** How many days before the expiry date each reminder goes out: the first when the renewal window opens. */
export const REMINDER_DAYS = { days_60: RENEWAL_WINDOW_DAYS, days_7: 7 } as const satisfies Partial<
  Record<ReminderKind, number>
>;

/**
 * The reminder for a licence `daysLeft` days from its expiry date: the 7-day one in the last week,
 * the 60-day one before that, none outside the renewal window. A licence that enters the last week
 * without its 60-day reminder (a job that did not run) gets only the 7-day one, not both at once.
 */
export function reminderKindFor(daysLeft: number): "days_60" | "days_7" | null {
  if (daysLeft < 0 || daysLeft > REMINDER_DAYS.days_60) return null;
  return daysLeft <= REMINDER_DAYS.days_7 ? "days_7" : "days_60";
}

export type ReminderResult = {
  /** Reminders recorded by this run (each e-mailed to every active account linked to the licence). */
  reminders: number;
  emails: number;
  /** Reminders that could not be recorded; they are tried again on the next run. */
  failed: number;
};

export type RemindedLicence = { id: string; number: string; entityId: string; expiresOn: Date };
type DueReminder = { licence: RemindedLicence; kind: "days_60" | "days_7"; daysLeft: number };

/**
 * Reminders go only for licences of the kinds that renew (`renewableKinds`, from the application
 * kinds' declarations): a permit ends with its event and is never reminded.
 */
export async function sendRenewalReminders(
  renewableKinds: readonly string[],
  now: Date = new Date(),
): Promise<ReminderResult> {
  const result: ReminderResult = { reminders: 0, emails: 0, failed: 0 };
  for (const due of await findDueReminders(renewableKinds, now)) {
    const outcome = await sendReminder(due.licence, due.kind, (recipient) => reminderEmail(recipient, due), now);
    if (outcome === "failed") result.failed += 1;
    else if (outcome !== "alreadySent") {
      result.reminders += 1;
      result.emails += outcome.emails;
    }
  }
  // Once, after every transaction has committed: the queued e-mails go out after the cron response.
  if (result.emails > 0) deliverSoon();
  return result;
}

async function findDueReminders(renewableKinds: readonly string[], now: Date): Promise<DueReminder[]> {
  const today = commissionToday(now);
  const licences = await getDb().licence.findMany({
    where: {
      status: "active",
      kind: { in: renewableKinds as LicenceKind[] },
      expiresOn: { gte: isoDateToUtc(today), lte: isoDateToUtc(addDays(today, REMINDER_DAYS.days_60)) },
    },
    orderBy: [{ expiresOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      number: true,
      status: true,
      entityId: true,
      expiresOn: true,
      reminders: { select: { kind: true, expiresOn: true } },
    },
  });
  return licences.flatMap((licence) => {
    const due = dueReminder(licence, now);
    return due ? [due] : [];
  });
}

type Candidate = RemindedLicence & { status: string; reminders: Array<{ kind: ReminderKind; expiresOn: Date }> };

/**
 * Reminders are kept per expiry date, so a renewed licence (a later expiry date) is reminded again
 * in its next window, while a reminder already sent for this date is not sent twice.
 */
function dueReminder(candidate: Candidate, now: Date): DueReminder | null {
  const window = renewalState(candidate, now);
  if (window.state !== "open") return null;
  const kind = reminderKindFor(window.daysLeft);
  if (!kind) return null;
  const alreadySent = candidate.reminders.some(
    (reminder) => reminder.kind === kind && reminder.expiresOn.getTime() === candidate.expiresOn.getTime(),
  );
  if (alreadySent) return null;
  const { id, number, entityId, expiresOn } = candidate;
  return { licence: { id, number, entityId, expiresOn }, kind, daysLeft: window.daysLeft };
}

export type SendOutcome = { emails: number } | "alreadySent" | "failed";

/**
 * Records a reminder about a licence and queues its e-mails in one transaction, for the renewal
 * reminders here and the report reminders (lib/applications/reports). The reminder row goes first:
 * its unique key (licence, kind, expiry date) makes a second or concurrent run fail there, before it
 * queues anything, and roll back. A licence whose reminder cannot be sent (a broken recipient
 * address, say) is logged and left for the next run instead of stopping everyone else's reminders.
 */
export async function sendReminder(
  licence: RemindedLicence,
  kind: ReminderKind,
  email: (recipient: Recipient) => OutgoingEmail,
  now: Date,
): Promise<SendOutcome> {
  try {
    return await getDb().$transaction(async (tx) => {
      await tx.licenceReminder.create({
        data: { licenceId: licence.id, kind, expiresOn: licence.expiresOn, sentAt: now },
      });
      // An entity with no linked account still gets its reminder row, with no e-mail: there is
      // nobody in the portal to tell, and without the row it would be looked at again on every run.
      // An account linked later sees the Renew button on its licences, and gets the 7-day reminder.
      const recipients = await tx.user.findMany({
        where: { status: "active", links: { some: { entityId: licence.entityId, revokedAt: null } } },
        orderBy: { email: "asc" },
        select: { email: true, firstName: true, locale: true },
      });
      for (const recipient of recipients) await enqueueEmail(tx, email(recipient));
      return { emails: recipients.length };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "alreadySent";
    console.error(`Reminder ${kind} for licence ${licence.id} failed:`, error instanceof Error ? error.message : error);
    return "failed";
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export type Recipient = { email: string; firstName: string; locale: AppLocale };

function reminderEmail(recipient: Recipient, { licence, daysLeft }: DueReminder): OutgoingEmail {
  return {
    to: recipient.email,
    locale: recipient.locale,
    template: "renewalReminder",
    values: {
      name: recipient.firstName,
      url: portalUrl(recipient.locale, `/licences/${licence.id}/renew`),
      number: licence.number,
      expiresOn: formatCalendarDay(licence.expiresOn, recipient.locale),
      daysLeft,
    },
  };
}
