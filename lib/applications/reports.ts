import "server-only";
import { getDb } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { getLicence } from "@/lib/licences/queries";
import { isLinked } from "@/lib/access-codes/account-links";
import type { LicenceKind } from "@/lib/db/generated/client";
import { portalUrl } from "@/lib/http/portal-url";
import { formatCalendarDay } from "@/lib/i18n/format";
import { deliverSoon } from "@/lib/mail/deliver";
import { sendReminder } from "@/lib/licences/jobs";
import { addDays, commissionToday, isoDateToUtc, utcToIsoDate } from "@/lib/time/commission-date";
import { applicationKinds } from "./registry";
import { createDraft } from "./commands";
import { licenceFacts } from "./outcomes";
import { OPEN_STATUSES } from "./status";
import { reportDue, type ReportDue } from "./report-due";

/**
 * Reports filed on a licence (a lottery's post-event report, an incident report): started from the
 * licence by an account linked to its holder, whatever the licence's status (a lottery's report is
 * filed after its last day), owing nothing; and, for a report due after the licence's last day,
 * where it stands, for the main menu and the licence page.
 */

/** A report counts as filed once submitted, and stays filed unless it is withdrawn or refused. */
const FILED_STATUSES = ["submitted", "under_review", "information_requested", "approved"] as const;

export type ReportStart =
  { ok: true; id: string } | { ok: false; reason: "notFound" | "tooManyDrafts" | "alreadyFiled" };

export async function startReport(
  actor: SessionUser,
  licenceId: string,
  kindId: string,
  now = new Date(),
): Promise<ReportStart> {
  const licence = await getLicence(actor, licenceId);
  const kind = applicationKinds.get(kindId);
  if (!licence || !kind || kind.type !== "report" || !kind.onLicence?.licenceKinds.includes(licence.kind))
    return { ok: false, reason: "notFound" };
  // Staff can read every licence, but only an account linked to its holder files on it.
  if (!(await isLinked(actor.id, licence.entity.id))) return { ok: false, reason: "notFound" };
  // A report already being written by this account is continued, not started twice.
  const draft = await getDb().application.findFirst({
    where: { licenceId, kind: kind.id, userId: actor.id, status: "draft" },
    select: { id: true },
  });
  if (draft) return { ok: true, id: draft.id };
  // A report due once per licence (the post-event report) is not filed twice; incidents may be many.
  if (kind.report) {
    const filed = await getDb().application.count({
      where: { licenceId, kind: kind.id, status: { in: [...FILED_STATUSES] } },
    });
    if (filed > 0) return { ok: false, reason: "alreadyFiled" };
  }
  const facts = await licenceFacts(getDb(), licenceId);
  const answers =
    facts && kind.onLicence?.prefill
      ? kind.onLicence.prefill({ licence: facts, people: [], managers: [], previousAnswers: {} })
      : {};
  const created = await createDraft(actor, kind, { answers, entityId: licence.entity.id, licenceId }, now);
  return created ? { ok: true, id: created.id } : { ok: false, reason: "tooManyDrafts" };
}

export type DueReport = { licenceId: string; number: string; kindId: string; due: ReportDue };

/**
 * The reports due after these licences' last days, with where each stands today: one query for
 * the reports already filed, however many licences.
 */
export async function reportsDue(
  licences: readonly { id: string; number: string; kind: string; expiresOn: Date }[],
  now = new Date(),
): Promise<DueReport[]> {
  const owed = licences.flatMap((licence) =>
    applicationKinds
      .reportsOn(licence.kind)
      .flatMap((kind) => (kind.report ? [{ licence, kind, days: kind.report.dueDaysAfterLastDay }] : [])),
  );
  if (owed.length === 0) return [];
  const filed = await getDb().application.findMany({
    where: {
      licenceId: { in: owed.map(({ licence }) => licence.id) },
      type: "report",
      status: { in: [...FILED_STATUSES] },
    },
    select: { licenceId: true, kind: true },
  });
  const isFiled = new Set(filed.map((report) => `${report.licenceId}:${report.kind}`));
  const today = commissionToday(now);
  return owed.map(({ licence, kind, days }) => ({
    licenceId: licence.id,
    number: licence.number,
    kindId: kind.id,
    due: reportDue(utcToIsoDate(licence.expiresOn), days, isFiled.has(`${licence.id}:${kind.id}`), today),
  }));
}

/** The report drafts and files open on a licence, so its page can lead back to them. */
export function openReportsOn(licenceId: string, userId: string) {
  return getDb().application.findMany({
    where: { licenceId, type: "report", userId, status: { in: [...OPEN_STATUSES] } },
    select: { id: true, kind: true, fileNumber: true, status: true },
    orderBy: { createdAt: "desc" },
  });
}

/** A post-event report is reminded this many days before it is due, and once more when overdue. */
export const REPORT_REMINDER_DAYS = 7;
/** Overdue reports stop being looked for this long after they were due: staff follow them up. */
const OVERDUE_FOLLOW_UP_DAYS = 90;

export type ReportReminderResult = { reminders: number; emails: number; failed: number };

/**
 * The daily reminders of reports due after a licence's last day: a week before the report is due,
 * and once when it is overdue, e-mailed to every account linked to the holder in its language.
 * Idempotent: each reminder is a LicenceReminder row keyed by the licence, the reminder and the last day.
 */
export async function sendReportReminders(now = new Date()): Promise<ReportReminderResult> {
  const result: ReportReminderResult = { reminders: 0, emails: 0, failed: 0 };
  const today = commissionToday(now);
  const reporting = applicationKinds.all().filter((kind) => kind.type === "report" && kind.report);
  const licenceKinds = [...new Set(reporting.flatMap((kind) => kind.onLicence?.licenceKinds ?? []))];
  const longest = Math.max(0, ...reporting.map((kind) => kind.report?.dueDaysAfterLastDay ?? 0));
  if (licenceKinds.length === 0) return result;
  const licences = await getDb().licence.findMany({
    where: {
      kind: { in: licenceKinds as LicenceKind[] },
      status: { in: ["active", "expired"] },
      expiresOn: { lt: isoDateToUtc(today), gte: isoDateToUtc(addDays(today, -(longest + OVERDUE_FOLLOW_UP_DAYS))) },
    },
    select: { id: true, number: true, kind: true, entityId: true, expiresOn: true },
  });
  const byId = new Map(licences.map((licence) => [licence.id, licence]));
  for (const report of await reportsDue(licences, now)) {
    const kind =
      report.due.state === "overdue"
        ? "report_overdue"
        : report.due.state === "due" && report.due.daysLeft <= REPORT_REMINDER_DAYS
          ? "report_due"
          : null;
    const licence = byId.get(report.licenceId);
    if (!kind || !licence || !("dueOn" in report.due)) continue;
    const { dueOn } = report.due;
    const daysLate = report.due.state === "overdue" ? report.due.daysLate : 0;
    const outcome = await sendReminder(
      licence,
      kind,
      (recipient) => ({
        to: recipient.email,
        locale: recipient.locale,
        template: "reportReminder",
        values: {
          name: recipient.firstName,
          url: portalUrl(recipient.locale, `/licences/${licence.id}#reports-title`),
          number: licence.number,
          dueOn: formatCalendarDay(dueOn, recipient.locale),
          daysLate,
        },
      }),
      now,
    );
    if (outcome === "failed") result.failed += 1;
    else if (outcome !== "alreadySent") {
      result.reminders += 1;
      result.emails += outcome.emails;
    }
  }
  if (result.emails > 0) deliverSoon();
  return result;
}
