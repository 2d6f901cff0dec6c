import "server-only";
import { getDb } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { getLicence } from "@/lib/licences/queries";
import { isLinked } from "@/lib/access-codes/account-links";
import { commissionToday, utcToIsoDate } from "@/lib/time/commission-date";
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

export type ReportStart = { ok: true; id: string } | { ok: false; reason: "notFound" | "tooManyDrafts" };

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
  const facts = await licenceFacts(getDb(), licenceId);
  const answers =
    facts && kind.onLicence?.prefill ? kind.onLicence.prefill({ licence: facts, people: [], previousAnswers: {} }) : {};
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
