import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/session";
import { activeLinkWhere } from "@/lib/access-codes/links";
import { applicationKinds } from "./registry";
import { progress, requiredDocuments, sectionStates, type Answers } from "./engine";
import { generateFileNumber } from "./file-number";
import { transition, type Actor, type ApplicationEvent, type ApplicationStatus } from "./status";
import { isUuid } from "@/lib/http/ids";

/**
 * Applications as their owner (or staff) sees them. Every function takes the acting user; an
 * application that isn't theirs does not exist for them (null → 404).
 */

function visibleTo(actor: SessionUser) {
  return isStaff(actor) ? {} : { userId: actor.id };
}

export type StartResult = { ok: true; id: string; fileNumber: string } | { ok: false; reason: "unknownKind" | "entityNotLinked" };

/**
 * Starts a draft with its file number. The entity, when chosen, must be one the account is linked
 * to; a new business is described in the applicant sections instead.
 */
export async function startApplication(actor: SessionUser, kindId: string, options: { entityId?: string } = {}, now = new Date()): Promise<StartResult> {
  const kind = applicationKinds.get(kindId);
  if (!kind) return { ok: false, reason: "unknownKind" };
  if (options.entityId) {
    const linked = await getDb().accountLink.count({ where: { ...activeLinkWhere(actor.id), entityId: options.entityId } });
    if (linked === 0) return { ok: false, reason: "entityNotLinked" };
  }
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      const created = await getDb().application.create({
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
      return { ok: true, ...created };
    } catch (error) {
      // A file number already taken: draw another.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new Error("Could not find a free file number");
}

export async function getApplication(actor: SessionUser, id: string) {
  if (!isUuid(id)) return null;
  const application = await getDb().application.findFirst({
    where: { id, ...visibleTo(actor) },
    select: {
      id: true,
      fileNumber: true,
      kind: true,
      type: true,
      status: true,
      answers: true,
      createdAt: true,
      updatedAt: true,
      submittedAt: true,
      entityId: true,
      userId: true,
      events: { orderBy: { occurredAt: "asc" }, select: { id: true, status: true, event: true, note: true, occurredAt: true } },
      documents: { where: { deletedAt: null }, select: { id: true, requirement: true, originalName: true, sizeBytes: true, createdAt: true } },
    },
  });
  const kind = application ? applicationKinds.get(application.kind) : null;
  if (!application || !kind) return null;
  const answers = (application.answers ?? {}) as Record<string, Answers>;
  const states = sectionStates(kind, answers);
  const documentsNeeded = requiredDocuments(kind, answers).filter(
    (requirement) => !application.documents.some((document) => document.requirement === requirement.id),
  );
  return { ...application, kindDefinition: kind, answers, sections: states, progress: progress(states), missingDocuments: documentsNeeded };
}

export type SaveResult =
  | { ok: true; complete: boolean; issues: Array<{ path: string; message: string }> }
  | { ok: false; reason: "notFound" | "notEditable" | "unknownSection" };

/**
 * Saves one section's answers as typed, valid or not — a draft survives every error — and reports
 * what the section's schema still finds missing.
 */
export async function saveSection(actor: SessionUser, id: string, sectionId: string, raw: Answers): Promise<SaveResult> {
  if (!isUuid(id)) return { ok: false, reason: "notFound" };
  return getDb().$transaction(async (tx) => {
    const application = await tx.application.findFirst({ where: { id, userId: actor.id }, select: { kind: true, status: true, answers: true } });
    if (!application) return { ok: false as const, reason: "notFound" as const };
    if (application.status !== "draft") return { ok: false as const, reason: "notEditable" as const };
    const section = applicationKinds.get(application.kind)?.sections.find((candidate) => candidate.id === sectionId);
    if (!section) return { ok: false as const, reason: "unknownSection" as const };
    const answers = { ...((application.answers ?? {}) as Record<string, Answers>), [sectionId]: raw };
    await tx.application.update({ where: { id }, data: { answers: answers as Prisma.InputJsonValue } });
    const check = section.schema.safeParse(raw);
    return {
      ok: true as const,
      complete: check.success,
      issues: check.success ? [] : check.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    };
  });
}

export type EventResult = { ok: true; status: ApplicationStatus } | { ok: false; reason: "notFound" | "notAllowedFromStatus" | "notAllowedForActor" | "incomplete" };

/**
 * Moves an application through the state machine and records it on the timeline. "Pay fees and
 * submit" needs every section complete and every required document present: nothing skips ahead.
 */
export async function applyEvent(actor: SessionUser, id: string, event: ApplicationEvent, as: Actor, note?: string, now = new Date()): Promise<EventResult> {
  const application = await getApplication(actor, id);
  if (!application) return { ok: false, reason: "notFound" };
  if (as === "staff" && !isStaff(actor)) return { ok: false, reason: "notAllowedForActor" };
  // Staff can see any file, but only its owner acts as the applicant.
  if (as === "applicant" && application.userId !== actor.id) return { ok: false, reason: "notFound" };
  const next = transition(application.status, event, as);
  if (!next.ok) return next;
  if (event === "payFeesAndSubmit" && (application.progress.completed < application.progress.total || application.missingDocuments.length > 0)) {
    return { ok: false, reason: "incomplete" };
  }
  // The status in the WHERE makes two simultaneous requests apply the event once.
  const { count } = await getDb().application.updateMany({
    where: { id, status: application.status },
    data: { status: next.to, ...(next.to === "submitted" ? { submittedAt: now } : {}) },
  });
  if (count === 0) return { ok: false, reason: "notAllowedFromStatus" };
  await getDb().applicationStatusEvent.create({ data: { applicationId: id, status: next.to, event, actorId: actor.id, note, occurredAt: now } });
  return { ok: true, status: next.to };
}

export function listMyApplications(actor: SessionUser) {
  return getDb().application.findMany({
    where: { userId: actor.id },
    orderBy: { updatedAt: "desc" },
    select: { id: true, fileNumber: true, kind: true, status: true, updatedAt: true },
  });
}
