import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { audit, type AuditAction } from "@/lib/audit";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverSoon } from "@/lib/mail/deliver";
import { portalUrl } from "@/lib/http/portal-url";
import { applicationKinds } from "./registry";
import type { SavedAnswers } from "./engine";
import { attachApplicant, carryOutApproval, endAgentLinks, type ApprovalFailure } from "./outcomes";
import { ruleContext } from "./rule-context";
import { transition, type Actor, type ApplicationEvent, type ApplicationStatus } from "./status";

/**
 * The one writer of an application's status. Every path — the applicant submitting, answering or
 * withdrawing, an officer deciding, a payment confirmed, a rule issuing a permit once paid — comes
 * here: the row is locked, the event checked against the state machine, the kind's outcome carried
 * out, the status and its timeline entry written, and the applicant e-mailed, in one transaction.
 */

export type StatusChange = {
  applicationId: string;
  event: ApplicationEvent;
  /** The person acting; null for the payment provider's webhook. */
  actor: Pick<SessionUser, "id" | "role"> | null;
  as: Actor;
  /** Set for the applicant's own paths: another user's application is "not found". */
  ownerId?: string;
  /** What the applicant reads on the timeline: an officer's request or reasons, or their answer. */
  note?: string | null;
  now: Date;
};

export type StatusChangeFailure =
  | "notFound"
  | "notAllowedFromStatus"
  | "notAllowedForActor"
  /** The answers break one of the kind's rules at approval (what they quote is not approved yet). */
  | "rulesBroken"
  | ApprovalFailure;
export type StatusChangeResult =
  | { ok: true; status: ApplicationStatus; licenceId?: string; emailed: boolean }
  | { ok: false; reason: StatusChangeFailure };

/** The e-mail each event sends the applicant, in their language. */
const emails: Partial<Record<ApplicationEvent, "informationRequested" | "applicationApproved" | "applicationRefused">> =
  {
    requestInformation: "informationRequested",
    approve: "applicationApproved",
    issueOnPayment: "applicationApproved",
    refuse: "applicationRefused",
  };

/** Events recorded in the audit log (decisions; the applicant's own steps are on the timeline). */
const audited: Partial<Record<ApplicationEvent, AuditAction>> = {
  startReview: "application.startReview",
  requestInformation: "application.requestInformation",
  approve: "application.approve",
  refuse: "application.refuse",
  issueOnPayment: "application.issueOnPayment",
};

/** Inside a transaction the caller already holds (payment fulfilment). */
export async function changeStatusWithin(
  tx: Prisma.TransactionClient,
  change: StatusChange,
): Promise<StatusChangeResult> {
  const { applicationId: id, event, actor, as, now } = change;
  const [row] = await tx.$queryRaw<Array<{ status: ApplicationStatus; userId: string }>>`
    SELECT "status", "userId" FROM "Application" WHERE "id" = ${id}::uuid FOR UPDATE`;
  if (!row || (change.ownerId !== undefined && row.userId !== change.ownerId)) return { ok: false, reason: "notFound" };
  const next = transition(row.status, event, as);
  if (!next.ok) return next;
  const application = await tx.application.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      kind: true,
      fileNumber: true,
      userId: true,
      answers: true,
      entityId: true,
      licenceId: true,
      user: { select: { email: true, firstName: true, locale: true } },
    },
  });
  const kind = applicationKinds.get(application.kind);
  if (!kind) return { ok: false, reason: "notFound" };
  const answers = (application.answers ?? {}) as SavedAnswers;

  let licenceId: string | undefined;
  if (next.to === "approved") {
    // A file that quotes another is judged again as the officer approves: what it quotes (an
    // eligibility) may still be in progress. Other kinds' rules were judged at submission; what can
    // change since (the licence) is carryOutApproval's to refuse, with its own reason.
    const context = await ruleContext(tx, kind, { ...application, answers }, now, "approval");
    if (kind.quotes && (kind.outcome.blockers?.(answers, context) ?? []).length > 0)
      return { ok: false, reason: "rulesBroken" };
    const approved = await carryOutApproval(tx, kind, { ...application, answers }, context, actor, now);
    if (!approved.ok) return approved;
    licenceId = approved.licenceId;
  }
  await tx.application.update({
    where: { id },
    data: {
      status: next.to,
      ...(next.to === "submitted" ? { submittedAt: now } : {}),
      ...(next.to === "approved" || next.to === "refused" ? { decidedAt: now } : {}),
      ...(licenceId ? { licenceId } : {}),
      ...(event === "startReview" && actor ? { assignedToId: actor.id } : {}),
    },
  });
  await tx.applicationStatusEvent.create({
    data: {
      applicationId: id,
      status: next.to,
      event,
      actorId: actor?.id ?? null,
      note: change.note || null,
      occurredAt: now,
    },
  });
  if (next.to === "submitted") await attachApplicant(tx, kind, id, actor);
  if (next.to === "approved" || next.to === "withdrawn" || next.to === "refused")
    await endAgentLinks(tx, id, actor, now, next.to);
  const action = audited[event];
  if (action) {
    const { entityId } = await tx.application.findUniqueOrThrow({ where: { id }, select: { entityId: true } });
    await audit(
      {
        actor,
        action,
        subject: { type: "application", id },
        entityId,
        details: licenceId ? { licenceId } : undefined,
      },
      tx,
    );
  }
  const template = emails[event];
  if (template) {
    await enqueueEmail(tx, {
      to: application.user.email,
      locale: application.user.locale,
      template,
      values: {
        name: application.user.firstName,
        url: portalUrl(application.user.locale, `/applications/${id}`),
        fileNumber: application.fileNumber,
      },
    });
  }
  // Paid, and the kind's rules say no officer needs to look: issued now.
  const { review } = kind.outcome;
  if (next.to === "submitted" && review !== "staff") {
    const context = await ruleContext(tx, kind, { ...application, answers }, now);
    if (review.issuedOnPaymentWhen(answers, context)) {
      const issued = await changeStatusWithin(tx, {
        applicationId: id,
        event: "issueOnPayment",
        actor: null,
        as: "system",
        now,
      });
      if (issued.ok) return issued;
    }
  }
  return { ok: true, status: next.to, ...(licenceId ? { licenceId } : {}), emailed: template !== undefined };
}

class Refused extends Error {
  constructor(readonly result: Extract<StatusChangeResult, { ok: false }>) {
    super(result.reason);
  }
}

/**
 * In a transaction of its own. A refusal (an event not allowed, a licence that cannot be issued)
 * rolls back everything the change began, and e-mails leave once it has committed.
 */
export async function changeStatus(change: StatusChange): Promise<StatusChangeResult> {
  try {
    const result = await getDb().$transaction(async (tx) => {
      const outcome = await changeStatusWithin(tx, change);
      if (!outcome.ok) throw new Refused(outcome);
      return outcome;
    });
    if (result.emailed) deliverSoon();
    return result;
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}
