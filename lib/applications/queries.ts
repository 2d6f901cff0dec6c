import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/session";
import { isUuid } from "@/lib/http/ids";
import { readPage } from "@/lib/db/pagination";
import { applicationKinds } from "./registry";
import {
  missingItems,
  progress,
  requiredDocuments,
  sectionStates,
  type ApplicationFacts,
  type SavedAnswers,
} from "./engine";
import { feeInEffect, termFees } from "@/lib/fees/rules";
import { QUEUE_STATUSES, isEditable, type ApplicationStatus } from "./status";
import { entityOnFile } from "./outcomes";
import { personKey } from "./people";
import { ruleContext } from "./rule-context";
import type { PortalKind } from "./kinds/names";

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
  if (!application.entityId && (await businessOnFileNotLinked(getDb(), kind, application.userId, answers)))
    facts.businessOnFileNotLinked = true;
  if (kind.sections.some((section) => section.page === "list" && section.disclosures?.keyOnFile))
    facts.onFile = await peopleOnFileKeys(getDb(), application.entityId);
  const states = sectionStates(kind, answers, facts);
  const today = new Date();
  const priced = kind.outcome.fee(answers);
  const basis = priced === "none" ? null : priced;
  // A report owes nothing: the schedule has no row for it.
  const feeAction = kind.type === "report" ? null : kind.type;
  const feeRows = feeAction
    ? await getDb().feeSchedule.findMany({
        where: { kind: { in: [kind.id, ...(basis ? [basis.scheduleKind] : [])] }, action: feeAction },
      })
    : [];
  const unitCents = basis ? feeInEffect(feeRows, basis.scheduleKind, basis.action, basis.termYears, today) : null;
  const missing = missingItems(kind, answers, facts);
  // The kind's rules, judged again now: a date can have been changed since the draft started.
  const breaches =
    kind.outcome.blockers?.(
      answers,
      await ruleContext(
        getDb(),
        kind,
        { userId: application.userId, answers, licenceId: application.licenceId },
        today,
      ),
    ) ?? [];
  return {
    ...application,
    kindDefinition: kind,
    answers,
    facts,
    sections: states,
    progress: progress(states),
    missing,
    breaches,
    requiredDocuments: requiredDocuments(kind, answers),
    /** Each offered term's fee today, from the fee schedule (kinds priced by term). */
    termFees: feeAction ? termFees(feeRows, kind.id, feeAction, kind.terms, today) : [],
    /** What the answers cost today; null until they say enough (a term chosen, the days listed). */
    fee:
      basis && unitCents !== null
        ? { years: basis.termYears, quantity: basis.quantity, unitCents, feeCents: unitCents * basis.quantity, basis }
        : null,
    /** Nothing is owed: the applicant submits without paying. */
    free: priced === "none",
    /** Nothing missing and no rule broken: "Pay fees and submit" (or "Submit", when free) may go ahead. */
    canSubmit: missing.length === 0 && breaches.length === 0,
    isEditable: isEditable(application.status),
  };
}

export type ApplicationView = NonNullable<Awaited<ReturnType<typeof getApplication>>>;

/**
 * Who is on the holder's file now, as `personKey` names them: a list that asks nothing of someone
 * already on file (a renewal's kept premises manager) reads it. None for an application with no holder yet.
 */
export async function peopleOnFileKeys(db: Prisma.TransactionClient, entityId: string | null): Promise<string[]> {
  if (!entityId) return [];
  const people = await db.entityPerson.findMany({
    where: { entityId, removedAt: null },
    select: { firstName: true, lastName: true, role: true, organisationName: true },
  });
  return people.map(personKey);
}

/**
 * Quoting a business already on file does not make an application that business's: until the
 * account is linked to it (an access code, given to a verified person), the application cannot be
 * submitted and the review page says how to link it.
 */
async function businessOnFileNotLinked(
  db: Prisma.TransactionClient,
  kind: PortalKind,
  userId: string,
  answers: SavedAnswers,
): Promise<boolean> {
  const onFile = await entityOnFile(db, kind, userId, answers);
  return onFile !== null && !onFile.linked;
}

/** A row of the account's own applications, on the main menu and on "My applications". */
const myApplicationSelect = {
  id: true,
  fileNumber: true,
  kind: true,
  status: true,
  updatedAt: true,
  order: { select: { status: true } },
} satisfies Prisma.ApplicationSelect;

/** How many of the account's applications the main menu lists; "My applications" has them all. */
export const MAIN_MENU_APPLICATIONS = 10;

/** The account's most recently changed applications, for the main menu. */
export function listMyApplications(actor: SessionUser) {
  return getDb().application.findMany({
    where: { userId: actor.id },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: myApplicationSelect,
    take: MAIN_MENU_APPLICATIONS,
  });
}

/** The groups "My applications" filters by, in the order the page offers them (after "all"). */
export const myApplicationGroupNames = ["drafts", "in_progress", "decided"] as const;
export type MyApplicationGroup = (typeof myApplicationGroupNames)[number];

/**
 * What each group holds: what the applicant must still finish or pay, what is with the
 * Commission, and what is over (decided, or withdrawn by the applicant).
 */
export const myApplicationGroups: Record<MyApplicationGroup, readonly ApplicationStatus[]> = {
  drafts: ["draft", "awaiting_payment"],
  in_progress: QUEUE_STATUSES,
  decided: ["approved", "refused", "withdrawn"],
};

/** A group named in a query string, or undefined (every application) for anything else. */
export function myApplicationGroup(value: unknown): MyApplicationGroup | undefined {
  return myApplicationGroupNames.find((group) => group === value);
}

/**
 * One page of the account's own applications, every kind, the most recently changed first,
 * optionally one group of statuses (an unknown group is ignored: every application).
 */
export async function listMyApplicationsPage(
  actor: SessionUser,
  { status, page }: { status?: unknown; page?: number },
) {
  const group = myApplicationGroup(status);
  const where: Prisma.ApplicationWhereInput = {
    userId: actor.id,
    ...(group ? { status: { in: [...myApplicationGroups[group]] } } : {}),
  };
  const applications = await readPage(page ?? 1, {
    rows: (window) =>
      getDb().application.findMany({
        where,
        // The id breaks ties, so a row never shows on two pages.
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        select: myApplicationSelect,
        ...window,
      }),
    count: () => getDb().application.count({ where }),
  });
  return { ...applications, group };
}
