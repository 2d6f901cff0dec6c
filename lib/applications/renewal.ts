import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { getLicence } from "@/lib/licences/queries";
import { renewalState } from "@/lib/licences/renewal-window";
import { generateFileNumber } from "./file-number";
import { liquorSalesRenewal } from "./kinds/liquor-renewal";
import type { SavedAnswers } from "./engine";
import { renewalChanges, type RenewalChanges } from "./renewal-changes";

/**
 * Renewing a licence (SPEC §5.3): only inside its window, never after expiry, one renewal at a
 * time per licence. The renewal starts pre-filled from the licence, its entity's people and the
 * last application — nothing the Commission already knows is asked again.
 */
export type RenewalStart =
  { ok: true; id: string } | { ok: false; reason: "notFound" | "notInWindow" | "expired" | "inProgress" };

const OPEN_STATUSES = ["draft", "awaiting_payment", "submitted", "under_review", "information_requested"] as const;

const roles: Record<string, string> = {
  officer: "officer",
  director: "director",
  shareholder: "shareholder",
  partner: "partner",
  sole_proprietor: "sole_proprietor",
};

export async function startRenewal(actor: SessionUser, licenceId: string, now = new Date()): Promise<RenewalStart> {
  const licence = await getLicence(actor, licenceId);
  if (!licence || licence.kind !== "liquor_sales") return { ok: false, reason: "notFound" };
  const state = renewalState(licence, now);
  if (state.state === "expired") return { ok: false, reason: "expired" };
  const existing = await openRenewalOf(licenceId);
  if (existing)
    return existing.userId === actor.id ? { ok: true, id: existing.id } : { ok: false, reason: "inProgress" };
  if (state.state !== "open") return { ok: false, reason: "notInWindow" };

  const answers = await prefill(licenceId, licence.entity.id, licence.termYears);
  try {
    const created = await getDb().application.create({
      data: {
        fileNumber: generateFileNumber(liquorSalesRenewal.prefix, "renewal", now.getUTCFullYear()),
        kind: liquorSalesRenewal.id,
        type: "renewal",
        userId: actor.id,
        entityId: licence.entity.id,
        licenceId,
        answers: answers as Prisma.InputJsonValue,
        events: { create: { status: "draft", event: "start", actorId: actor.id, occurredAt: now } },
      },
      select: { id: true },
    });
    return { ok: true, id: created.id };
  } catch (error) {
    // Two people at once: the partial unique index lets one renewal through; the other finds it.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const winner = await openRenewalOf(licenceId);
    if (!winner) throw error;
    return winner.userId === actor.id ? { ok: true, id: winner.id } : { ok: false, reason: "inProgress" };
  }
}

/** The renewal under way for a licence, if any. */
export function openRenewalOf(licenceId: string) {
  return getDb().application.findFirst({
    where: { licenceId, type: "renewal", status: { in: [...OPEN_STATUSES] } },
    select: { id: true, userId: true, status: true, submittedAt: true, fileNumber: true },
  });
}

async function prefill(licenceId: string, entityId: string, termYears: number): Promise<SavedAnswers> {
  const [people, last] = await Promise.all([
    getDb().entityPerson.findMany({
      where: { entityId, removedAt: null, role: { not: "premises_manager" } },
      orderBy: [{ lastName: "asc" }],
      select: { firstName: true, lastName: true, email: true, role: true, shareBasisPoints: true },
    }),
    getDb().application.findFirst({
      where: { licenceId, status: "approved" },
      orderBy: { decidedAt: "desc" },
      select: { answers: true },
    }),
  ]);
  const previous = (last?.answers ?? {}) as SavedAnswers;
  // One item per person: an officer who is also a shareholder is listed once, with their share.
  const byName = new Map<string, Record<string, string>>();
  for (const person of people) {
    const key = `${person.firstName} ${person.lastName}`.toLowerCase();
    const item = byName.get(key) ?? {
      id: randomUUID(),
      firstName: person.firstName,
      lastName: person.lastName,
      role: roles[person.role] ?? "other_interest",
    };
    if (person.email && !item.email) item.email = person.email;
    if (person.shareBasisPoints !== null) item.sharePercent = String(person.shareBasisPoints / 100);
    byName.set(key, item);
  }
  const items = [...byName.values()];
  return {
    associatedPersons: { items },
    ...(previous.questions ? { questions: previous.questions } : {}),
    term: { termYears: String([2, 4].includes(termYears) ? termYears : 2) },
  };
}

/**
 * A renewal not received by the licence's expiry date lets the licence expire: from then on it
 * cannot be paid or submitted (the expired licence only leads to a new application).
 */
export async function isRenewalTooLate(licenceId: string | null, now = new Date()): Promise<boolean> {
  if (!licenceId) return false;
  const licence = await getDb().licence.findUnique({
    where: { id: licenceId },
    select: { status: true, expiresOn: true },
  });
  return !licence || renewalState(licence, now).state === "expired";
}

/**
 * What a renewal changes since its licence (its review page, the officer's file): the answers
 * against the licence's term and the people on file. Takes an application already read for the
 * acting user; null for anything but a renewal.
 */
export async function renewalChangesOf(application: {
  type: string;
  licenceId: string | null;
  answers: SavedAnswers;
}): Promise<RenewalChanges | null> {
  if (application.type !== "renewal" || !application.licenceId) return null;
  const licence = await getDb().licence.findUnique({
    where: { id: application.licenceId },
    select: {
      termYears: true,
      entity: {
        select: {
          people: {
            where: { removedAt: null, role: { not: "premises_manager" } },
            select: { firstName: true, lastName: true },
          },
        },
      },
    },
  });
  return licence ? renewalChanges(application.answers, licence.entity.people, licence.termYears) : null;
}
