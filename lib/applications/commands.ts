import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { Prisma, type EntityType } from "@/lib/db/generated/client";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/session";
import { activeLinkWhere } from "@/lib/access-codes/account-links";
import { isUuid } from "@/lib/http/ids";
import { applicationKinds } from "./registry";
import {
  fieldsSchema,
  listItems,
  quotedBusinessNumber,
  type Answers,
  type ListItem,
  type SavedAnswers,
  type SectionDefinition,
} from "./engine";
import type { FieldDefinition } from "./fields";
import { generateFileNumber } from "./file-number";
import { expireOpenCheckouts } from "@/lib/stripe/expire-checkouts";
import { isEditable, transition, type Actor, type ApplicationEvent, type ApplicationStatus } from "./status";
import { entityOnFile, getApplication } from "./queries";

/**
 * Changes to applications: drafts started and saved, events through the state machine, and what
 * submission and decisions do to the entity and its links. Each takes the acting user; an
 * application that isn't theirs is "not found".
 */

export type StartResult =
  | { ok: true; id: string; fileNumber: string }
  | { ok: false; reason: "unknownKind" | "entityNotLinked" | "tooManyDrafts" };

/**
 * Drafts an account may hold open at once: more than an agent filing for many businesses needs
 * side by side, few enough that a script cannot fill the database with empty files. Submitting or
 * withdrawing one makes room.
 */
export const MAX_OPEN_DRAFTS = 30;

/**
 * Starts a draft with its file number. The entity, when chosen, must be one the account is linked
 * to; a new business is described in the applicant sections instead. An account already holding
 * MAX_OPEN_DRAFTS drafts is refused.
 */
export async function startApplication(
  actor: SessionUser,
  kindId: string,
  options: { entityId?: string } = {},
  now = new Date(),
): Promise<StartResult> {
  const kind = applicationKinds.get(kindId);
  if (!kind) return { ok: false, reason: "unknownKind" };
  if (options.entityId) {
    const linked = await getDb().accountLink.count({
      where: { ...activeLinkWhere(actor.id), entityId: options.entityId },
    });
    if (linked === 0) return { ok: false, reason: "entityNotLinked" };
  }
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      const created = await getDb().$transaction(async (tx) => {
        // The account's row is locked while its drafts are counted, so two tabs starting at once
        // cannot both slip under the cap.
        await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.id}::uuid FOR UPDATE`;
        const drafts = await tx.application.count({ where: { userId: actor.id, status: "draft" } });
        if (drafts >= MAX_OPEN_DRAFTS) return null;
        return tx.application.create({
          data: {
            fileNumber: generateFileNumber(kind.prefix, kind.type, now.getUTCFullYear()),
            kind: kind.id,
            type: kind.type,
            userId: actor.id,
            entityId: options.entityId ?? null,
            events: { create: { status: "draft", event: "start", actorId: actor.id, occurredAt: now } },
          },
          select: { id: true, fileNumber: true },
        });
      });
      if (!created) return { ok: false, reason: "tooManyDrafts" };
      return { ok: true, ...created };
    } catch (error) {
      // A file number already taken: draw another.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new Error("Could not find a free file number");
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
  | { ok: false; reason: "notFound" | "notAllowedFromStatus" | "notAllowedForActor" | "incomplete" };

/**
 * Moves an application through the state machine and records it on the timeline. "Pay fees and
 * submit" needs nothing missing — every section, document and disclosure — so nothing skips ahead.
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
  const next = transition(application.status, event, as);
  if (!next.ok) return next;
  if (event === "payFeesAndSubmit" && application.missing.length > 0) return { ok: false, reason: "incomplete" };
  const result = await getDb().$transaction(async (tx) => {
    // The status in the WHERE makes two simultaneous requests apply the event once.
    const { count } = await tx.application.updateMany({
      where: { id, status: application.status },
      data: { status: next.to, ...(next.to === "submitted" ? { submittedAt: now } : {}) },
    });
    if (count === 0) return { ok: false as const, reason: "notAllowedFromStatus" as const };
    await tx.applicationStatusEvent.create({
      data: { applicationId: id, status: next.to, event, actorId: actor.id, note, occurredAt: now },
    });
    if (next.to === "submitted") await attachApplicantEntity(tx, id, actor);
    if (next.to === "withdrawn" || next.to === "refused") await endAgentLinks(tx, id, actor, now);
    return { ok: true as const, status: next.to };
  });
  // A withdrawn application can no longer be paid (after the commit: it calls Stripe).
  if (result.ok && result.status === "withdrawn") await expireOpenCheckouts(id);
  return result;
}

const entityTypes: Record<string, EntityType> = {
  association: "association",
  corporation: "corporation",
  first_nation: "first_nation",
  partnership: "partnership",
  limited_partnership: "limited_partnership",
  sole_proprietorship: "sole_proprietorship",
  non_profit: "non_profit",
  other: "other",
};

/**
 * A submitted application for a new business creates its entity from the applicant's answers, and
 * the account that submitted it — owner, agent or representative — is linked to it while the
 * application is processed (SPEC §4). A business number already on file is attached only when the
 * account already holds an active link to that entity. Otherwise the application stays without an
 * entity — submission refuses it, so this happens only if the link ended after submission — and
 * the file waits for staff: approval refuses to issue a licence to an entity the applicant is not
 * linked to.
 */
export async function attachApplicantEntity(
  tx: Prisma.TransactionClient,
  applicationId: string,
  actor: Pick<SessionUser, "id" | "role"> | null,
): Promise<void> {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { id: true, entityId: true, userId: true, answers: true },
  });
  if (application.entityId) return;
  const answers = (application.answers ?? {}) as SavedAnswers;
  const details = answers.applicantDetails ?? {};
  const businessNumber = quotedBusinessNumber(answers);
  const existing = await entityOnFile(tx, application.userId, answers);
  if (existing?.linked) {
    await tx.application.update({ where: { id: application.id }, data: { entityId: existing.id } });
    return;
  }
  if (existing) {
    const by = actor ? { id: actor.id, role: actor.role } : null;
    await audit(
      {
        actor: by,
        action: "application.business_on_file_not_linked",
        subject: { type: "application", id: application.id },
        entityId: existing.id,
        details: { userId: application.userId },
      },
      tx,
    );
    return;
  }
  const contact = answers.contactDetails ?? {};
  const addresses = answers.addresses ?? {};
  const entity = await tx.entity.create({
    data: {
      legalName: String(details.legalName),
      operatingName: typeof details.operatingName === "string" ? details.operatingName : null,
      type: entityTypes[String(answers.applicantType?.applicantType)] ?? "other",
      businessNumber,
      email: typeof contact.email === "string" ? contact.email : null,
      phone: typeof contact.phone === "string" ? contact.phone : null,
      mailingAddress: (addresses.mailing ?? undefined) as Prisma.InputJsonValue | undefined,
      physicalAddress: ((addresses.physicalSameAsMailing === "no" ? addresses.physical : addresses.mailing) ??
        undefined) as Prisma.InputJsonValue | undefined,
    },
    select: { id: true },
  });
  await tx.application.update({ where: { id: application.id }, data: { entityId: entity.id } });
  await tx.accountLink.create({
    data: { userId: application.userId, entityId: entity.id, via: "agent_application", applicationId: application.id },
  });
  const subject = { type: "application", id: application.id };
  const by = actor ? { id: actor.id, role: actor.role } : null;
  await audit({ actor: by, action: "entity.created_from_application", subject, entityId: entity.id }, tx);
  await audit(
    {
      actor: by,
      action: "account_link.agent_linked",
      subject,
      entityId: entity.id,
      details: { userId: application.userId },
    },
    tx,
  );
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
  const { count } = await tx.application.updateMany({
    where: { id: applicationId, status: "awaiting_payment" },
    data: { status: "submitted", submittedAt: now },
  });
  if (count === 0) return false;
  await tx.applicationStatusEvent.create({
    data: { applicationId, status: "submitted", event: "confirmPayment", actorId: actor?.id ?? null, occurredAt: now },
  });
  await attachApplicantEntity(tx, applicationId, actor);
  return true;
}

/**
 * A refused or withdrawn application ends the link it gave its submitter. An approved one keeps
 * it: the submitter holds the licence they applied for (the staff review issues it).
 */
export async function endAgentLinks(
  tx: Prisma.TransactionClient,
  applicationId: string,
  actor: Pick<SessionUser, "id" | "role">,
  now: Date,
): Promise<void> {
  const links = await tx.accountLink.findMany({
    where: { applicationId, via: "agent_application", revokedAt: null },
    select: { id: true, entityId: true },
  });
  for (const link of links) {
    await tx.accountLink.update({ where: { id: link.id }, data: { revokedAt: now, revokedById: actor.id } });
    await audit(
      {
        actor: { id: actor.id, role: actor.role },
        action: "account_link.revoked",
        subject: { type: "account_link", id: link.id },
        entityId: link.entityId,
        details: { reason: "application_decided" },
      },
      tx,
    );
  }
}
