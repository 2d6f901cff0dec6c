import "server-only";
import { getDb } from "@/lib/db/client";
import { readPage } from "@/lib/db/pagination";
import { containsText } from "@/lib/db/search";
import type { Prisma } from "@/lib/db/generated/client";
import type { Result } from "@/lib/result";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/http/ids";
import type { Sector } from "./engine";
import { applicationKinds } from "./registry";
import { getApplication } from "./queries";
import { applicationStatuses, QUEUE_STATUSES, type ApplicationStatus } from "./status";
import { changeStatus } from "./status-change";
import { ruleContext } from "./rule-context";
import type { ApprovalFailure } from "./outcomes";

/**
 * The Commission's side of an application (SPEC §9): the licensing officers' queue, the whole file,
 * internal notes, and the decisions. Every function takes the acting staff member and checks the
 * permission itself; an applicant gets nothing, whatever they call.
 */

/** The review queue shows this many files a page. */
const QUEUE_PAGE_SIZE = 25;

export type QueueFilters = {
  sector?: Sector;
  kind?: string;
  status?: string;
  olderThanDays?: number;
  search?: string;
  /** Only the files assigned to the acting staff member. */
  mine?: boolean;
  /** Only the files assigned to this reviewer, or to nobody ("unassigned"); anything else is ignored. */
  assignedTo?: string;
  page?: number;
};

/** Whom the files listed are assigned to: a reviewer's id, nobody (null), or anyone (undefined). */
function assigneeOf(staff: SessionUser, filters: QueueFilters): string | null | undefined {
  if (filters.mine) return staff.id;
  if (filters.assignedTo === "unassigned") return null;
  return filters.assignedTo && isUuid(filters.assignedTo) ? filters.assignedTo : undefined;
}

/**
 * Above this many businesses or people matching a search, listing their ids costs more than the
 * join it saves, and the queue filters through the joins instead.
 */
const SEARCH_ID_LIMIT = 1000;

/**
 * Files whose number, business or applicant matches the search. The businesses and people are
 * found first, each by its own trigram index: one OR across the joins would read every file waiting.
 */
async function searchFilter(search: string): Promise<Prisma.ApplicationWhereInput> {
  const text = containsText(search);
  const [entities, users] = await Promise.all([
    getDb().entity.findMany({ where: { legalName: text }, select: { id: true }, take: SEARCH_ID_LIMIT + 1 }),
    getDb().user.findMany({
      where: { OR: [{ lastName: text }, { firstName: text }] },
      select: { id: true },
      take: SEARCH_ID_LIMIT + 1,
    }),
  ]);
  if (entities.length > SEARCH_ID_LIMIT || users.length > SEARCH_ID_LIMIT) {
    return {
      OR: [
        { fileNumber: text },
        { entity: { legalName: text } },
        { user: { lastName: text } },
        { user: { firstName: text } },
      ],
    };
  }
  return {
    OR: [
      { fileNumber: text },
      { entityId: { in: entities.map(({ id }) => id) } },
      { userId: { in: users.map(({ id }) => id) } },
    ],
  };
}

export async function listReviewQueue(staff: SessionUser, filters: QueueFilters, now = new Date()) {
  if (!can(staff.role, "reviewApplications")) return null;
  const status = applicationStatuses.find((candidate) => candidate === filters.status && candidate !== "draft");
  const search = filters.search?.trim().slice(0, 100);
  const assignee = assigneeOf(staff, filters);
  const where: Prisma.ApplicationWhereInput = {
    // `waiting` is `status` in QUEUE_STATUSES, computed by the database (see the schema).
    ...(status ? { status } : { waiting: true }),
    ...(filters.kind && applicationKinds.get(filters.kind) ? { kind: filters.kind } : {}),
    ...(filters.sector ? { AND: [{ kind: { in: applicationKinds.idsOfSector(filters.sector) } }] } : {}),
    ...(filters.olderThanDays
      ? { submittedAt: { lte: new Date(now.getTime() - filters.olderThanDays * 86_400_000) } }
      : {}),
    ...(assignee !== undefined ? { assignedToId: assignee } : {}),
    ...(search ? await searchFilter(search) : {}),
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
      disclosures: {
        orderBy: { sentAt: "asc" },
        select: { personId: true, fullName: true, form: true, status: true, answers: true, completedAt: true },
      },
      order: { select: { reference: true, totalCents: true, status: true, paidAt: true } },
    },
  });
  const { disclosures: declared, ...details } = extra;
  // What would stop an approval today (a quoted eligibility still pending), judged as approval judges it.
  // Only a file that quotes another is judged again at approval (see status-change.ts).
  const kind = application.kindDefinition;
  const approvalBreaches = kind.quotes
    ? (kind.outcome.blockers?.(
        application.answers,
        await ruleContext(getDb(), kind, application, new Date(), "approval"),
      ) ?? [])
    : [];
  return { ...application, ...details, declaredDisclosures: declared, approvalBreaches };
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
  | { ok: false; reason: "notFound" | "notAllowedFromStatus" | "messageRequired" | "rulesBroken" | ApprovalFailure };

/**
 * A staff decision through the one status writer: the transition, the timeline (its note is what
 * the applicant reads: the request or the reasons), what the kind's approval does, the audit log,
 * and the e-mail in the applicant's language — one transaction.
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
  const result = await changeStatus({ applicationId: id, event: decision, actor: staff, as: "staff", note, now });
  if (!result.ok) return { ok: false, reason: result.reason === "notAllowedForActor" ? "notFound" : result.reason };
  return { ok: true, status: result.status, ...(result.licenceId ? { licenceId: result.licenceId } : {}) };
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
  const result = await changeStatus({
    applicationId: id,
    event: "answerInformationRequest",
    actor,
    as: "applicant",
    ownerId: actor.id,
    note: text,
    now,
  });
  if (result.ok) return { ok: true };
  return { ok: false, reason: result.reason === "notFound" ? "notFound" : "notAllowedFromStatus" };
}
