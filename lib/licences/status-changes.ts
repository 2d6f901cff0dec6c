import "server-only";
import { getDb } from "@/lib/db/client";
import type { LicenceStatus } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/transaction";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { audit, type AuditAction } from "@/lib/audit";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverSoon } from "@/lib/mail/deliver";
import { portalUrl } from "@/lib/http/portal-url";
import { formatCalendarDay } from "@/lib/i18n/format";
import { isUuid } from "@/lib/http/ids";
import type { Result } from "@/lib/result";
import { isoDateToUtc, type IsoDate } from "@/lib/time/commission-date";
import {
  isValidLastDay,
  isValidStatusReason,
  statusTransition,
  type LicenceStatusAction,
  type StatusActionInput,
} from "./status-actions";

/**
 * The one writer of a licence's status by hand (lib/licences/status-actions has the rules): the
 * row is locked, the action checked against its status, the status, the suspension's last day and
 * the timeline entry written, the change audited and every account linked to the holder e-mailed
 * in its own language, in one transaction. Of two officers acting at once, the second waits on the
 * lock and finds the status already changed.
 */

const audited = {
  suspend: "licence.suspended",
  cancel: "licence.cancelled",
  reinstate: "licence.reinstated",
  recordSurrender: "licence.surrendered",
} as const satisfies Record<LicenceStatusAction, AuditAction>;

export type LicenceStatusChange = StatusActionInput & { licenceId: string; action: LicenceStatusAction };

export type LicenceStatusChangeFailure = "notFound" | "notAllowedFromStatus" | "invalidInput";

export async function changeLicenceStatus(
  staff: SessionUser,
  change: LicenceStatusChange,
  now: Date = new Date(),
): Promise<Result<{ status: LicenceStatus; surrenderRequestApproved: boolean }, LicenceStatusChangeFailure>> {
  if (!can(staff.role, "manageLicenceStatus") || !isUuid(change.licenceId)) return { ok: false, reason: "notFound" };
  // The form's rules again: this function is the boundary, whoever calls it.
  const lastDay = change.action === "suspend" ? change.lastDay : null;
  if (!isValidStatusReason(change.reason) || (lastDay !== null && !isValidLastDay(lastDay, now)))
    return { ok: false, reason: "invalidInput" };

  const result = await getDb().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Array<{ status: LicenceStatus }>>`
      SELECT "status" FROM "Licence" WHERE "id" = ${change.licenceId}::uuid FOR UPDATE`;
    if (!row) return { ok: false as const, reason: "notFound" as const };
    const next = statusTransition(row.status, change.action);
    if (!next.ok) return next;
    const licence = await writeStatus(tx, change.licenceId, {
      status: next.to,
      suspendedUntil: lastDay,
      reason: change.reason.trim(),
      actorId: staff.id,
      now,
    });
    const surrenderRequestApproved =
      change.action === "recordSurrender" ? await approveOpenSurrender(tx, change.licenceId, staff.id, now) : false;
    await audit(
      {
        actor: staff,
        action: audited[change.action],
        subject: { type: "licence", id: change.licenceId },
        entityId: licence.entityId,
        details: { from: row.status, to: next.to, ...(lastDay ? { lastDay } : {}) },
      },
      tx,
    );
    const emails = await tellHolders(tx, licence, next.to, lastDay);
    return { ok: true as const, status: next.to, surrenderRequestApproved, emails };
  });
  if (!result.ok) return result;
  if (result.emails > 0) deliverSoon();
  return { ok: true, status: result.status, surrenderRequestApproved: result.surrenderRequestApproved };
}

type ChangedLicence = { id: string; number: string; entityId: string };

/** The status, its last day (kept only by a suspension) and the timeline entry. */
export async function writeStatus(
  tx: Tx,
  licenceId: string,
  change: {
    status: LicenceStatus;
    suspendedUntil: IsoDate | null;
    reason: string;
    actorId: string | null;
    now: Date;
  },
): Promise<ChangedLicence> {
  const licence = await tx.licence.update({
    where: { id: licenceId },
    data: {
      status: change.status,
      suspendedUntil:
        change.status === "suspended" && change.suspendedUntil ? isoDateToUtc(change.suspendedUntil) : null,
    },
    select: { id: true, number: true, entityId: true },
  });
  await tx.licenceStatusEvent.create({
    data: {
      licenceId,
      status: change.status,
      reason: change.reason,
      actorId: change.actorId,
      occurredAt: change.now,
    },
  });
  return licence;
}

/** The holder's open request to surrender, approved by the officer who records the surrender. */
async function approveOpenSurrender(tx: Tx, licenceId: string, staffId: string, now: Date): Promise<boolean> {
  const { count } = await tx.changeRequest.updateMany({
    where: { licenceId, kind: "surrender", status: "open" },
    data: { status: "approved", handledById: staffId, handledAt: now },
  });
  return count > 0;
}

/**
 * Every active account with an active link to the holder (a link is active as in activeLinkWhere), each in its own language. An entity with
 * nobody linked is told by the Commission's usual channels: there is nobody in the portal to e-mail.
 */
export async function tellHolders(
  tx: Tx,
  licence: ChangedLicence,
  status: LicenceStatus,
  lastDay: IsoDate | null,
): Promise<number> {
  const recipients = await tx.user.findMany({
    where: { status: "active", links: { some: { entityId: licence.entityId, revokedAt: null } } },
    orderBy: { email: "asc" },
    select: { email: true, firstName: true, locale: true },
  });
  for (const recipient of recipients) {
    await enqueueEmail(tx, {
      to: recipient.email,
      locale: recipient.locale,
      template: "licenceStatusChanged",
      values: {
        name: recipient.firstName,
        url: portalUrl(recipient.locale, `/licences/${licence.id}`),
        number: licence.number,
        status,
        ...(lastDay ? { lastDay: formatCalendarDay(lastDay, recipient.locale) } : {}),
      },
    });
  }
  return recipients.length;
}
