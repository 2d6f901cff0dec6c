import "server-only";
import { headers } from "next/headers";
import type { Prisma } from "@/lib/db/generated/client";
import { getDb } from "@/lib/db/client";
import { clientIp } from "@/lib/http/client-ip";
import { securityLog } from "@/lib/security/log";

/**
 * The audit log: who did what, on what, when and from where. Written in the same transaction as
 * the change it records, so neither exists without the other.
 */
export type AuditEntry = {
  actor: { id: string; role: string } | null;
  action: AuditAction;
  subject: { type: string; id: string };
  entityId?: string | null;
  details?: Prisma.InputJsonValue;
};

export type AuditAction =
  | "access_code.issued"
  | "access_code.revoked"
  | "access_code.redeemed"
  | "access_code.redeem_failed"
  | "account_link.created"
  | "account_link.agent_linked"
  | "entity.created_from_application"
  | "entity.people_updated"
  | "entity.person_added"
  | "entity.person_ended"
  | "account_link.kept_as_person_on_file"
  | "application.business_on_file_not_linked"
  | "payment.recorded"
  | "application.startReview"
  | "application.requestInformation"
  | "application.approve"
  | "application.refuse"
  | "application.issueOnPayment"
  | "licence.transferred"
  | "payment.flagged"
  | "payment.flag_resolved"
  | "account_link.revoked"
  | "account_link.reports_granted"
  | "account_link.reports_withdrawn"
  | "account.disabled"
  | "account.enabled"
  | "account.role_changed"
  | "report.published"
  | "inquiry.replied"
  | "inquiry.closed"
  | "document.downloaded_by_staff"
  | "receipt.downloaded_by_staff"
  | "maintenance_window.added"
  | "maintenance_window.cancelled"
  | "maintenance_window.weekly_cancelled"
  | "maintenance_window.weekly_restored"
  | "news.drafted"
  | "news.published"
  | "news.withdrawn"
  | "licence.suspended"
  | "licence.cancelled"
  | "licence.reinstated"
  | "licence.surrendered"
  | "change_request.approved"
  | "change_request.refused"
  | "change_request.answered"
  | "licence.compliance_document_issued";

type AuditWriter = Pick<Prisma.TransactionClient, "auditLog">;

/** The caller's IP, when there is a request (actions, routes); null in jobs and tests. */
async function requestIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null;
  }
}

export async function audit(entry: AuditEntry, db: AuditWriter = getDb()): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      subjectType: entry.subject.type,
      subjectId: entry.subject.id,
      entityId: entry.entityId ?? null,
      details: entry.details,
      ip: await requestIp(),
    },
  });
}

/**
 * Staff opened someone's personal file (a document, a receipt): on the audit trail, and a security
 * log line for the host's alerts.
 */
export async function auditStaffDownload(
  actor: { id: string; role: string },
  action: "document.downloaded_by_staff" | "receipt.downloaded_by_staff",
  subject: { type: string; id: string },
): Promise<void> {
  await audit({ actor, action, subject });
  securityLog({
    event: "staff.download",
    account: actor.id,
    ip: await requestIp(),
    outcome: "allowed",
    detail: action,
  });
}
