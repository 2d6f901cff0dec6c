import "server-only";
import { randomInt } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { readPage } from "@/lib/db/pagination";
import { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { audit } from "@/lib/audit";
import { isUuid } from "@/lib/http/ids";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverSoon } from "@/lib/mail/deliver";
import { portalUrl } from "@/lib/http/portal-url";
import { addYears, commissionToday, isoDateToUtc, utcToIsoDate } from "@/lib/time/commission-date";
import { applicationKinds } from "./registry";
import { chosenTerm, listItems, type SavedAnswers } from "./engine";
import { attachApplicantEntity, endAgentLinks } from "./commands";
import { getApplication } from "./queries";
import type { Result } from "@/lib/result";
import { applicationStatuses, transition, type ApplicationEvent, type ApplicationStatus } from "./status";

/**
 * The Commission's side of an application (SPEC §9): the licensing officers' queue, the whole file,
 * internal notes, and the decisions. Every function takes the acting staff member and checks the
 * permission itself; an applicant gets nothing, whatever they call.
 */

/** The review queue shows this many files a page. */
const QUEUE_PAGE_SIZE = 25;
const QUEUE_STATUSES: readonly ApplicationStatus[] = ["submitted", "under_review", "information_requested"];

export type QueueFilters = {
  kind?: string;
  status?: string;
  olderThanDays?: number;
  search?: string;
  mine?: boolean;
  page?: number;
};

export async function listReviewQueue(staff: SessionUser, filters: QueueFilters, now = new Date()) {
  if (!can(staff.role, "reviewApplications")) return null;
  const status = applicationStatuses.find((candidate) => candidate === filters.status && candidate !== "draft");
  const search = filters.search?.trim().slice(0, 100);
  const where: Prisma.ApplicationWhereInput = {
    status: status ? status : { in: [...QUEUE_STATUSES] },
    ...(filters.kind && applicationKinds.get(filters.kind) ? { kind: filters.kind } : {}),
    ...(filters.olderThanDays
      ? { submittedAt: { lte: new Date(now.getTime() - filters.olderThanDays * 86_400_000) } }
      : {}),
    ...(filters.mine ? { assignedToId: staff.id } : {}),
    ...(search
      ? {
          OR: [
            { fileNumber: { contains: search, mode: "insensitive" } },
            { entity: { legalName: { contains: search, mode: "insensitive" } } },
            { user: { lastName: { contains: search, mode: "insensitive" } } },
            { user: { firstName: { contains: search, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  return readPage(
    filters.page ?? 1,
    {
      rows: (window) =>
        getDb().application.findMany({
          where,
          orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
          ...window,
          select: {
            id: true,
            fileNumber: true,
            kind: true,
            type: true,
            status: true,
            submittedAt: true,
            answers: true,
            user: { select: { firstName: true, lastName: true } },
            entity: { select: { legalName: true } },
            assignedTo: { select: { firstName: true, lastName: true } },
          },
        }),
      count: () => getDb().application.count({ where }),
    },
    QUEUE_PAGE_SIZE,
  );
}

/** The whole file for staff: answers, documents, disclosures with their answers, notes, timeline. */
export async function getFileForStaff(staff: SessionUser, id: string) {
  if (!can(staff.role, "reviewApplications") || !isUuid(id)) return null;
  const application = await getApplication(staff, id);
  if (!application) return null;
  const extra = await getDb().application.findUniqueOrThrow({
    where: { id },
    select: {
      user: { select: { firstName: true, lastName: true, email: true, phone: true, locale: true } },
      assignedTo: { select: { id: true, firstName: true, lastName: true } },
      licence: { select: { id: true, number: true, expiresOn: true, status: true } },
      notes: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { firstName: true, lastName: true } } },
      },
      disclosures: { select: { personId: true, fullName: true, status: true, answers: true, completedAt: true } },
      order: { select: { reference: true, totalCents: true, status: true, paidAt: true } },
    },
  });
  const { disclosures: declared, ...details } = extra;
  return { ...application, ...details, declaredDisclosures: declared };
}

export type StaffFile = NonNullable<Awaited<ReturnType<typeof getFileForStaff>>>;

/** The officers a file can be assigned to. */
export async function listReviewers(staff: SessionUser) {
  if (!can(staff.role, "reviewApplications")) return [];
  return getDb().user.findMany({
    where: { role: { in: ["licensing_officer", "admin"] }, status: "active" },
    orderBy: [{ lastName: "asc" }],
    select: { id: true, firstName: true, lastName: true },
  });
}

export async function assignApplication(staff: SessionUser, id: string, assigneeId: string | null): Promise<boolean> {
  if (!can(staff.role, "reviewApplications") || !isUuid(id)) return false;
  if (assigneeId && !(await listReviewers(staff)).some((reviewer) => reviewer.id === assigneeId)) return false;
  const { count } = await getDb().application.updateMany({
    where: { id, status: { in: [...QUEUE_STATUSES] } },
    data: { assignedToId: assigneeId },
  });
  return count === 1;
}

/** An internal note: for staff only — it never reaches an applicant's page or e-mail. */
export async function addInternalNote(
  staff: SessionUser,
  id: string,
  body: string,
): Promise<Result<object, "notFound" | "noteRequired">> {
  const text = body.trim().slice(0, 5000);
  if (!can(staff.role, "reviewApplications") || !isUuid(id)) return { ok: false, reason: "notFound" };
  if (text.length === 0) return { ok: false, reason: "noteRequired" };
  const exists = await getDb().application.count({ where: { id, status: { not: "draft" } } });
  if (exists === 0) return { ok: false, reason: "notFound" };
  await getDb().applicationNote.create({ data: { applicationId: id, authorId: staff.id, body: text } });
  return { ok: true };
}

export type Decision = "startReview" | "requestInformation" | "approve" | "refuse";

export type DecisionResult =
  | { ok: true; status: ApplicationStatus; licenceId?: string }
  | {
      ok: false;
      reason: "notFound" | "notAllowedFromStatus" | "messageRequired" | "renewalTooLate" | "businessNotLinked";
    };

const decisionEvents: Record<Decision, ApplicationEvent> = {
  startReview: "startReview",
  requestInformation: "requestInformation",
  approve: "approve",
  refuse: "refuse",
};

/**
 * A staff decision, as one transaction: the state machine's transition, the timeline (its note is
 * what the applicant reads: the request or the reasons), the licence issued or extended, the audit
 * log, and the e-mail in the applicant's language.
 */
export async function decide(
  staff: SessionUser,
  id: string,
  decision: Decision,
  message = "",
  now = new Date(),
): Promise<DecisionResult> {
  if (!can(staff.role, "reviewApplications") || !isUuid(id)) return { ok: false, reason: "notFound" };
  const note = message.trim().slice(0, 5000);
  if ((decision === "requestInformation" || decision === "refuse") && note.length < 5)
    return { ok: false, reason: "messageRequired" };
  let emailed = false;
  const result = await getDb().$transaction(async (tx): Promise<DecisionResult> => {
    const [row] = await tx.$queryRaw<
      Array<{ status: ApplicationStatus }>
    >`SELECT "status" FROM "Application" WHERE "id" = ${id}::uuid FOR UPDATE`;
    if (!row) return { ok: false, reason: "notFound" };
    const next = transition(row.status, decisionEvents[decision], "staff");
    if (!next.ok) return { ok: false, reason: "notAllowedFromStatus" };
    const application = await tx.application.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        kind: true,
        type: true,
        fileNumber: true,
        answers: true,
        entityId: true,
        licenceId: true,
        user: { select: { email: true, firstName: true, locale: true } },
      },
    });
    let licenceId: string | undefined;
    if (decision === "approve") {
      const issued =
        application.type === "renewal"
          ? await extendLicence(tx, application, now)
          : await issueLicence(tx, application, staff, now);
      if (!issued.ok) return issued;
      licenceId = issued.licenceId;
    }
    const decided = decision === "approve" || decision === "refuse";
    await tx.application.update({
      where: { id },
      data: {
        status: next.to,
        ...(decided ? { decidedAt: now } : {}),
        ...(licenceId ? { licenceId } : {}),
        ...(decision === "startReview" ? { assignedToId: staff.id } : {}),
      },
    });
    await tx.applicationStatusEvent.create({
      data: {
        applicationId: id,
        status: next.to,
        event: decisionEvents[decision],
        actorId: staff.id,
        note: note || null,
        occurredAt: now,
      },
    });
    if (decision === "refuse") await endAgentLinks(tx, id, staff, now);
    await audit(
      {
        actor: { id: staff.id, role: staff.role },
        action: `application.${decision}`,
        subject: { type: "application", id },
        entityId: application.entityId,
        details: licenceId ? { licenceId } : undefined,
      },
      tx,
    );
    if (decision !== "startReview") {
      const template =
        decision === "approve"
          ? "applicationApproved"
          : decision === "refuse"
            ? "applicationRefused"
            : "informationRequested";
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
      emailed = true;
    }
    return { ok: true, status: next.to, ...(licenceId ? { licenceId } : {}) };
  });
  if (emailed) deliverSoon();
  return result;
}

type DecidedApplication = {
  id: string;
  kind: string;
  fileNumber: string;
  answers: unknown;
  entityId: string | null;
  licenceId: string | null;
};
type Issued =
  { ok: true; licenceId: string } | { ok: false; reason: "renewalTooLate" | "notFound" | "businessNotLinked" };

/** "LSL-2026-048213": the kind's prefix, the year, six digits; drawn again if taken. */
async function freeLicenceNumber(tx: Prisma.TransactionClient, prefix: string, year: number): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const number = `${prefix}-${year}-${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
    if ((await tx.licence.count({ where: { number } })) === 0) return number;
  }
  throw new Error("Could not find a free licence number");
}

/**
 * Approving a new application issues its licence: premises and areas from the answers, the term
 * chosen. Only to an entity the applicant's account is linked to, or that this application
 * created: a business on file the applicant has no link to gets no licence through them.
 */
async function issueLicence(
  tx: Prisma.TransactionClient,
  application: DecidedApplication,
  staff: SessionUser,
  now: Date,
): Promise<Issued> {
  const kind = applicationKinds.get(application.kind);
  if (!kind) return { ok: false, reason: "notFound" };
  await attachApplicantEntity(tx, application.id, staff);
  const { entityId, userId } = await tx.application.findUniqueOrThrow({
    where: { id: application.id },
    select: { entityId: true, userId: true },
  });
  if (!entityId) return { ok: false, reason: "businessNotLinked" };
  const entitled = await tx.accountLink.count({
    where: {
      entityId,
      OR: [
        { userId, revokedAt: null },
        { applicationId: application.id, via: "agent_application" },
      ],
    },
  });
  if (entitled === 0) return { ok: false, reason: "businessNotLinked" };
  const answers = (application.answers ?? {}) as SavedAnswers;
  const term = chosenTerm(kind, answers) ?? 1;
  const premisesAnswers = answers.premisesDetails ?? {};
  const premises = await tx.premises.create({
    data: {
      entityId,
      name: String(premisesAnswers.premisesName ?? answers.applicantDetails?.legalName ?? application.fileNumber),
      address: (answers.premisesAddresses?.premisesPhysical ??
        answers.addresses?.mailing ??
        {}) as Prisma.InputJsonValue,
      areas: {
        create: listItems(answers, "licensedAreas").map((area) => ({
          name: String(area.areaName),
          indoor: area.setting !== "outdoor",
          floor: String(area.floor),
          capacity: Number(area.capacity),
        })),
      },
    },
    select: { id: true },
  });
  const today = commissionToday(now);
  const licence = await tx.licence.create({
    data: {
      number: await freeLicenceNumber(tx, kind.prefix, now.getUTCFullYear()),
      kind: "liquor_sales",
      entityId,
      premisesId: premises.id,
      termYears: term,
      issuedOn: isoDateToUtc(today),
      expiresOn: isoDateToUtc(addYears(today, term)),
      statusEvents: { create: { status: "active", reason: `issued:${application.fileNumber}`, occurredAt: now } },
    },
    select: { id: true },
  });
  return { ok: true, licenceId: licence.id };
}

/**
 * Approving a renewal extends the licence by the chosen term from its previous expiry date — the
 * renewal was paid on time, so the licence stayed active while it was reviewed.
 */
async function extendLicence(
  tx: Prisma.TransactionClient,
  application: DecidedApplication,
  now: Date,
): Promise<Issued> {
  const kind = applicationKinds.get(application.kind);
  if (!kind || !application.licenceId) return { ok: false, reason: "notFound" };
  const licence = await tx.licence.findUniqueOrThrow({
    where: { id: application.licenceId },
    select: { id: true, expiresOn: true, status: true },
  });
  if (licence.status !== "active") return { ok: false, reason: "renewalTooLate" };
  const term = chosenTerm(kind, (application.answers ?? {}) as SavedAnswers) ?? 1;
  await tx.licence.update({
    where: { id: licence.id },
    data: {
      expiresOn: isoDateToUtc(addYears(utcToIsoDate(licence.expiresOn), term)),
      termYears: term,
      statusEvents: { create: { status: "active", reason: `renewed:${application.fileNumber}`, occurredAt: now } },
    },
  });
  return { ok: true, licenceId: licence.id };
}

/**
 * The applicant answers a request for information: their text goes on the timeline (documents are
 * uploaded beside it) and the file returns to the officer's queue.
 */
export async function answerInformationRequest(
  actor: SessionUser,
  id: string,
  answer: string,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; reason: "notFound" | "notAllowedFromStatus" | "answerRequired" }> {
  const text = answer.trim().slice(0, 5000);
  if (!isUuid(id)) return { ok: false, reason: "notFound" };
  if (text.length < 2) return { ok: false, reason: "answerRequired" };
  return getDb().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      Array<{ status: ApplicationStatus }>
    >`SELECT "status" FROM "Application" WHERE "id" = ${id}::uuid AND "userId" = ${actor.id}::uuid FOR UPDATE`;
    if (!row) return { ok: false as const, reason: "notFound" as const };
    const next = transition(row.status, "answerInformationRequest", "applicant");
    if (!next.ok) return { ok: false as const, reason: "notAllowedFromStatus" as const };
    await tx.application.update({ where: { id }, data: { status: next.to } });
    await tx.applicationStatusEvent.create({
      data: {
        applicationId: id,
        status: next.to,
        event: "answerInformationRequest",
        actorId: actor.id,
        note: text,
        occurredAt: now,
      },
    });
    return { ok: true as const };
  });
}
