import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/session";
import { activeLinkWhere } from "@/lib/access-codes/account-links";
import { isUuid } from "@/lib/http/ids";
import { applicationKinds } from "./registry";
import {
  fieldsSchema,
  listItems,
  type Answers,
  type ListItem,
  type SavedAnswers,
  type SectionDefinition,
} from "./engine";
import type { FieldDefinition } from "./fields";
import { generateFileNumber } from "./file-number";
import { expireOpenCheckouts } from "@/lib/stripe/expire-checkouts";
import { isEditable, type Actor, type ApplicationEvent, type ApplicationStatus } from "./status";
import { getApplication } from "./queries";
import { licenceFacts } from "./outcomes";
import type { LicenceFacts, RuleBreach } from "./outcome";
import type { PortalKind } from "./kinds/names";
import { commissionToday } from "@/lib/time/commission-date";
import { changeStatus, changeStatusWithin } from "./status-change";

/**
 * Changes to applications: drafts started and saved, events through the state machine, and what
 * submission and decisions do to the entity and its links. Each takes the acting user; an
 * application that isn't theirs is "not found".
 */

export type StartResult =
  | { ok: true; id: string; fileNumber: string }
  | { ok: false; reason: "unknownKind" | "entityNotLinked" | "tooManyDrafts" | "startAnswers" | "licenceNotFound" }
  | { ok: false; reason: "blocked"; breaches: RuleBreach[] };

/**
 * Drafts an account may hold open at once: more than an agent filing for many businesses needs
 * side by side, few enough that a script cannot fill the database with empty files. Submitting or
 * withdrawing one makes room.
 */
export const MAX_OPEN_DRAFTS = 30;

/**
 * Starts a draft of a kind offered on the start page, with its file number. The entity, when
 * chosen, must be one the account is linked to; a new business is described in the applicant
 * sections instead. A kind with a start section has those answers judged by its rules first: a
 * broken rule (an event too soon) starts nothing. An account already holding MAX_OPEN_DRAFTS
 * drafts is refused.
 */
export async function startApplication(
  actor: SessionUser,
  kindId: string,
  options: { entityId?: string; startAnswers?: Answers } = {},
  now = new Date(),
): Promise<StartResult> {
  const kind = applicationKinds.get(kindId);
  if (!kind?.catalogue) return { ok: false, reason: "unknownKind" };
  if (options.entityId) {
    if (kind.outcome.applicant === "individual") return { ok: false, reason: "entityNotLinked" };
    // A person's own record is not a business to apply for: they apply as themselves (no entity).
    const linked = await getDb().accountLink.count({
      where: { ...activeLinkWhere(actor.id), entityId: options.entityId, entity: { type: { not: "individual" } } },
    });
    if (linked === 0) return { ok: false, reason: "entityNotLinked" };
  }
  // A business the application neither describes nor quotes (by its eligibility) must be one the account is linked to.
  if (!options.entityId && kind.outcome.applicant === "business" && !kind.outcome.applicantRecord && !kind.quotes)
    return { ok: false, reason: "entityNotLinked" };
  let answers: SavedAnswers = {};
  let licenceId: string | null = null;
  const startSection = kind.sections.find((section) => section.id === kind.startSection);
  if (startSection?.page === "form") {
    const start = pickDeclared(startSection.fields, options.startAnswers ?? {});
    if (!fieldsSchema(startSection.fields).safeParse(start).success) return { ok: false, reason: "startAnswers" };
    answers = { ...(kind.draftFromStart?.(start) ?? {}), [startSection.id]: start };
    const licence = await quotedLicence(kind, answers);
    if (licence === "notFound") return { ok: false, reason: "licenceNotFound" };
    const breaches = kind.outcome.blockers?.(answers, { today: commissionToday(now), licence }) ?? [];
    if (breaches.length > 0) return { ok: false, reason: "blocked", breaches };
    licenceId = licence?.id ?? null;
  }
  const created = await createDraft(actor, kind, { answers, entityId: options.entityId ?? null, licenceId }, now);
  return created ? { ok: true, ...created } : { ok: false, reason: "tooManyDrafts" };
}

/**
 * The licence a kind applied for on someone else's licence (a transfer) quotes by its number;
 * null for kinds that quote none, "notFound" for a number of no licence of the kinds it applies to.
 */
export async function quotedLicence(
  kind: PortalKind,
  answers: SavedAnswers,
): Promise<LicenceFacts | null | "notFound"> {
  const quote = kind.onLicence?.numberAnswer;
  if (!quote || !kind.onLicence) return null;
  const number = String(answers[quote.section]?.[quote.field] ?? "")
    .trim()
    .toUpperCase()
    .slice(0, 40);
  const licence = await getDb().licence.findUnique({ where: { number }, select: { id: true, kind: true } });
  if (!licence || !kind.onLicence.licenceKinds.includes(licence.kind)) return "notFound";
  return licenceFacts(getDb(), licence.id);
}

/**
 * Creates the draft with a fresh file number under the account's draft cap (null at the cap). The
 * account's row is locked while its drafts are counted, so two tabs starting at once cannot both
 * slip under it.
 */
export async function createDraft(
  actor: SessionUser,
  kind: PortalKind,
  draft: { answers: SavedAnswers; entityId: string | null; licenceId: string | null },
  now: Date,
): Promise<{ id: string; fileNumber: string } | null> {
  let lastClash: unknown;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      return await getDb().$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.id}::uuid FOR UPDATE`;
        const drafts = await tx.application.count({ where: { userId: actor.id, status: "draft" } });
        if (drafts >= MAX_OPEN_DRAFTS) return null;
        return tx.application.create({
          data: {
            fileNumber: generateFileNumber(kind.prefix, kind.type, now.getUTCFullYear()),
            kind: kind.id,
            type: kind.type,
            userId: actor.id,
            entityId: draft.entityId,
            licenceId: draft.licenceId,
            answers: draft.answers as Prisma.InputJsonValue,
            events: { create: { status: "draft", event: "start", actorId: actor.id, occurredAt: now } },
          },
          select: { id: true, fileNumber: true },
        });
      });
    } catch (error) {
      // A file number already taken: draw another. A clash that persists is another unique index
      // (one open renewal or change per licence): the caller finds the application that won.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      lastClash = error;
    }
  }
  throw lastClash;
}

type SaveFailure = { ok: false; reason: "notFound" | "notEditable" | "unknownSection" | "unknownItem" | "listFull" };

/** Only the fields a form declares are kept, whatever else a request carries. */
function pickDeclared(fields: readonly FieldDefinition[], values: Answers): Answers {
  return Object.fromEntries(
    fields.filter((field) => values[field.name] !== undefined).map((field) => [field.name, values[field.name]]),
  );
}

/**
 * Runs `change` on the owner's draft inside a transaction that locks the row, so two tabs saving
 * at once never lose each other's sections.
 */
async function changeDraft<T>(
  actor: SessionUser,
  id: string,
  sectionId: string,
  change: (section: SectionDefinition, answers: SavedAnswers) => { answers: SavedAnswers; result: T } | SaveFailure,
): Promise<T | SaveFailure> {
  if (!isUuid(id)) return { ok: false, reason: "notFound" };
  return getDb().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Array<{ kind: string; status: ApplicationStatus; answers: SavedAnswers }>>`
      SELECT "kind", "status", "answers" FROM "Application" WHERE "id" = ${id}::uuid AND "userId" = ${actor.id}::uuid FOR UPDATE`;
    if (!row) return { ok: false as const, reason: "notFound" as const };
    if (!isEditable(row.status)) return { ok: false as const, reason: "notEditable" as const };
    const section = applicationKinds.get(row.kind)?.sections.find((candidate) => candidate.id === sectionId);
    if (!section) return { ok: false as const, reason: "unknownSection" as const };
    const outcome = change(section, row.answers ?? {});
    if ("ok" in outcome && outcome.ok === false) return outcome;
    const { answers, result } = outcome as { answers: SavedAnswers; result: T };
    await tx.application.update({ where: { id }, data: { answers: answers as Prisma.InputJsonValue } });
    return result;
  });
}

export type SaveResult = { ok: true; complete: boolean } | SaveFailure;

/** Saves one page's answers as typed, valid or not — a draft survives every error. */
export async function saveSection(
  actor: SessionUser,
  id: string,
  sectionId: string,
  values: Answers,
): Promise<SaveResult> {
  return changeDraft<{ ok: true; complete: boolean }>(actor, id, sectionId, (section, answers) => {
    if (section.page !== "form") return { ok: false, reason: "unknownSection" };
    const kept = pickDeclared(section.fields, values);
    return {
      answers: { ...answers, [sectionId]: kept },
      result: { ok: true as const, complete: fieldsSchema(section.fields).safeParse(kept).success },
    };
  });
}

export type SaveItemResult = { ok: true; itemId: string; complete: boolean } | SaveFailure;

/** Adds (itemId null) or changes one item of a list section; kept even when incomplete. */
export async function saveListItem(
  actor: SessionUser,
  id: string,
  sectionId: string,
  itemId: string | null,
  values: Answers,
): Promise<SaveItemResult> {
  return changeDraft<{ ok: true; itemId: string; complete: boolean }>(actor, id, sectionId, (section, answers) => {
    if (section.page !== "list") return { ok: false, reason: "unknownSection" };
    const items = listItems(answers, sectionId);
    if (itemId !== null && !items.some((item) => item.id === itemId)) return { ok: false, reason: "unknownItem" };
    if (itemId === null && items.length >= section.max) return { ok: false, reason: "listFull" };
    const item: ListItem = { ...pickDeclared(section.fields, values), id: itemId ?? randomUUID() };
    const next =
      itemId === null ? [...items, item] : items.map((existing) => (existing.id === itemId ? item : existing));
    return {
      answers: { ...answers, [sectionId]: { ...answers[sectionId], items: next } },
      result: { ok: true as const, itemId: item.id, complete: fieldsSchema(section.fields).safeParse(item).success },
    };
  });
}

export async function removeListItem(
  actor: SessionUser,
  id: string,
  sectionId: string,
  itemId: string,
): Promise<{ ok: true } | SaveFailure> {
  return changeDraft<{ ok: true }>(actor, id, sectionId, (section, answers) => {
    if (section.page !== "list") return { ok: false, reason: "unknownSection" };
    const items = listItems(answers, sectionId);
    if (!items.some((item) => item.id === itemId)) return { ok: false, reason: "unknownItem" };
    return {
      answers: {
        ...answers,
        [sectionId]: { ...answers[sectionId], items: items.filter((item) => item.id !== itemId) },
      },
      result: { ok: true as const },
    };
  });
}

export type EventResult =
  | { ok: true; status: ApplicationStatus }
  | { ok: false; reason: "notFound" | "notAllowedFromStatus" | "notAllowedForActor" | "incomplete" | "feeRequired" };

/**
 * The applicant's or an officer's event on an application, through the one status writer.
 * "Pay fees and submit" (or "Submit", for what owes nothing) needs nothing missing — every section, document and disclosure, and every
 * rule of the kind — so nothing skips ahead.
 */
export async function applyEvent(
  actor: SessionUser,
  id: string,
  event: ApplicationEvent,
  as: Actor,
  note?: string,
  now = new Date(),
): Promise<EventResult> {
  const application = await getApplication(actor, id);
  if (!application) return { ok: false, reason: "notFound" };
  if (as === "staff" && !isStaff(actor)) return { ok: false, reason: "notAllowedForActor" };
  // Staff can see any file, but only its owner acts as the applicant.
  if (as === "applicant" && application.userId !== actor.id) return { ok: false, reason: "notFound" };
  const submitting = event === "payFeesAndSubmit" || event === "submit";
  if (submitting && application.status === "draft" && !application.canSubmit)
    return { ok: false, reason: "incomplete" };
  // Only what owes nothing skips the payment.
  if (event === "submit" && !application.free) return { ok: false, reason: "feeRequired" };
  const result = await changeStatus({
    applicationId: id,
    event,
    actor,
    as,
    ...(as === "applicant" ? { ownerId: actor.id } : {}),
    note,
    now,
  });
  if (!result.ok) {
    const { reason } = result;
    return {
      ok: false,
      reason: reason === "notFound" || reason === "notAllowedForActor" ? reason : "notAllowedFromStatus",
    };
  }
  // A withdrawn application can no longer be paid (after the commit: it calls Stripe).
  if (result.status === "withdrawn") await expireOpenCheckouts(id);
  return { ok: true, status: result.status };
}

/**
 * A confirmed payment completes the submission — from the webhook, the sandbox or staff
 * reconciliation, inside their transaction — whether or not the applicant ever comes back.
 * Applied once: only an application still awaiting payment moves.
 */
export async function completeSubmissionAfterPayment(
  tx: Prisma.TransactionClient,
  applicationId: string,
  actor: Pick<SessionUser, "id" | "role"> | null,
  now: Date,
): Promise<boolean> {
  const result = await changeStatusWithin(tx, {
    applicationId,
    event: "confirmPayment",
    actor,
    as: actor ? "staff" : "payment",
    now,
  });
  return result.ok;
}
