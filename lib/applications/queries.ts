import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/session";
import { activeLinkWhere } from "@/lib/access-codes/account-links";
import { isUuid } from "@/lib/http/ids";
import { applicationKinds } from "./registry";
import {
  chosenTerm,
  missingItems,
  progress,
  quotedBusinessNumber,
  requiredDocuments,
  sectionStates,
  type ApplicationFacts,
  type SavedAnswers,
} from "./engine";
import { feeInEffect, termFees } from "@/lib/fees/rules";
import { isEditable } from "./status";

/**
 * Applications as their owner (or staff) sees them. Every function takes the acting user; an
 * application that isn't theirs does not exist for them (null / notFound → 404).
 */

function visibleTo(actor: SessionUser) {
  return isStaff(actor) ? {} : { userId: actor.id };
}

/** How many drafts the account holds open, for the start page to say so before the form. */
export function countOpenDrafts(actor: SessionUser): Promise<number> {
  return getDb().application.count({ where: { userId: actor.id, status: "draft" } });
}

const applicationSelect = {
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
  licenceId: true,
  userId: true,
  events: {
    orderBy: { occurredAt: "asc" },
    select: { id: true, status: true, event: true, note: true, occurredAt: true },
  },
  documents: {
    where: { deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, requirement: true, originalName: true, sizeBytes: true, createdAt: true },
  },
  disclosures: {
    select: { personId: true, status: true, email: true, fullName: true, sentAt: true, completedAt: true },
  },
} satisfies Prisma.ApplicationSelect;

export async function getApplication(actor: SessionUser, id: string) {
  if (!isUuid(id)) return null;
  const application = await getDb().application.findFirst({
    where: { id, ...visibleTo(actor) },
    select: applicationSelect,
  });
  const kind = application ? applicationKinds.get(application.kind) : null;
  if (!application || !kind) return null;
  const answers = (application.answers ?? {}) as SavedAnswers;
  const facts: ApplicationFacts = { documents: {}, disclosures: {} };
  for (const document of application.documents) {
    if (document.requirement) facts.documents[document.requirement] = (facts.documents[document.requirement] ?? 0) + 1;
  }
  for (const disclosure of application.disclosures)
    facts.disclosures[disclosure.personId] = { status: disclosure.status, email: disclosure.email };
  if (!application.entityId && (await businessOnFileNotLinked(getDb(), application.userId, answers)))
    facts.businessOnFileNotLinked = true;
  const states = sectionStates(kind, answers, facts);
  const feeRows = await getDb().feeSchedule.findMany({ where: { kind: kind.id, action: kind.type } });
  const today = new Date();
  const fees = termFees(feeRows, kind.id, kind.type, kind.terms, today);
  const term = chosenTerm(kind, answers);
  // A kind without terms has one fee; one with terms costs what the chosen term costs.
  const flatFee = kind.terms.length === 0 ? feeInEffect(feeRows, kind.id, kind.type, null, today) : null;
  return {
    ...application,
    kindDefinition: kind,
    answers,
    facts,
    sections: states,
    progress: progress(states),
    missing: missingItems(kind, answers, facts),
    requiredDocuments: requiredDocuments(kind, answers),
    /** Each offered term's fee today, from the fee schedule. */
    termFees: fees,
    /** The chosen term and its fee; null until a term is chosen (or if the schedule has no price). */
    fee:
      flatFee !== null
        ? { years: null, feeCents: flatFee }
        : (fees.find((candidate) => candidate.years === term) ?? null),
    isEditable: isEditable(application.status),
  };
}

export type ApplicationView = NonNullable<Awaited<ReturnType<typeof getApplication>>>;

/**
 * The entity on file with the business number the answers quote, and whether the account holds an
 * active link to it (by an access code, or as the submitter of the application that created it).
 */
export async function entityOnFile(
  db: Prisma.TransactionClient,
  userId: string,
  answers: SavedAnswers,
): Promise<{ id: string; linked: boolean } | null> {
  const businessNumber = quotedBusinessNumber(answers);
  if (!businessNumber) return null;
  const entity = await db.entity.findUnique({ where: { businessNumber }, select: { id: true } });
  if (!entity) return null;
  const links = await db.accountLink.count({ where: { ...activeLinkWhere(userId), entityId: entity.id } });
  return { id: entity.id, linked: links > 0 };
}

/**
 * Quoting a business already on file does not make an application that business's: until the
 * account is linked to it (an access code, given to a verified person), the application cannot be
 * submitted and the review page says how to link it.
 */
async function businessOnFileNotLinked(
  db: Prisma.TransactionClient,
  userId: string,
  answers: SavedAnswers,
): Promise<boolean> {
  const onFile = await entityOnFile(db, userId, answers);
  return onFile !== null && !onFile.linked;
}

export function listMyApplications(actor: SessionUser) {
  return getDb().application.findMany({
    where: { userId: actor.id },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      fileNumber: true,
      kind: true,
      status: true,
      updatedAt: true,
      order: { select: { status: true } },
    },
  });
}
