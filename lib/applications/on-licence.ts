import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { getLicence } from "@/lib/licences/queries";
import { isLinked } from "@/lib/access-codes/account-links";
import { renewalState } from "@/lib/licences/renewal-window";
import { applicationKinds } from "./registry";
import type { PrefillFacts, SavedAnswers } from "./engine";
import { createDraft } from "./commands";
import { licenceFacts } from "./outcomes";
import type { LicenceFacts } from "./outcome";
import { OPEN_STATUSES } from "./status";
import { renewalChanges, type RenewalChanges } from "./renewal-changes";

/**
 * Applications on a licence the account holds: its renewal (SPEC §5.3) — only inside its window,
 * never after expiry — or a change to it. One of each at a time per licence. The draft starts
 * pre-filled from the licence, its entity's people and the last application, as the kind declares:
 * nothing the Commission already knows is asked again.
 */
export type OnLicenceStart =
  | { ok: true; id: string }
  | { ok: false; reason: "notFound" | "notInWindow" | "expired" | "inProgress" | "tooManyDrafts" };

export async function startOnLicence(
  actor: SessionUser,
  licenceId: string,
  type: "renewal" | "change",
  now = new Date(),
): Promise<OnLicenceStart> {
  const licence = await getLicence(actor, licenceId);
  const kind = licence ? applicationKinds.onLicence(licence.kind, type) : null;
  if (!licence || !kind || kind.onLicence?.numberAnswer) return { ok: false, reason: "notFound" };
  // Staff can read every licence, but only an account linked to its holder applies on it.
  if (!(await isLinked(actor.id, licence.entity.id))) return { ok: false, reason: "notFound" };
  const state = renewalState(licence, now);
  if (state.state === "expired") return { ok: false, reason: "expired" };
  // Suspended, cancelled or surrendered: no renewal, not even one begun before (the page says why).
  if (type === "renewal" && state.state === "notRenewable") return { ok: false, reason: "notInWindow" };
  const existing = await openApplicationOn(licenceId, type);
  if (existing)
    return existing.userId === actor.id ? { ok: true, id: existing.id } : { ok: false, reason: "inProgress" };
  if (type === "renewal" && state.state !== "open") return { ok: false, reason: "notInWindow" };
  if (type === "change" && licence.status !== "active") return { ok: false, reason: "notFound" };

  const facts = await licenceFacts(getDb(), licenceId);
  if (!facts) return { ok: false, reason: "notFound" };
  const answers = kind.onLicence?.prefill?.(await prefillFacts(facts, licence.entity.id)) ?? {};
  try {
    const created = await createDraft(actor, kind, { answers, entityId: licence.entity.id, licenceId }, now);
    return created ? { ok: true, id: created.id } : { ok: false, reason: "tooManyDrafts" };
  } catch (error) {
    // Two people at once: the partial unique index lets one through; the other finds it.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const winner = await openApplicationOn(licenceId, type);
    if (!winner) throw error;
    return winner.userId === actor.id ? { ok: true, id: winner.id } : { ok: false, reason: "inProgress" };
  }
}

/** The renewal or change under way for a licence, if any. */
export function openApplicationOn(licenceId: string, type: "renewal" | "change") {
  return getDb().application.findFirst({
    where: { licenceId, type, status: { in: [...OPEN_STATUSES] } },
    select: { id: true, userId: true, status: true, submittedAt: true, fileNumber: true },
  });
}

async function prefillFacts(licence: LicenceFacts, entityId: string): Promise<PrefillFacts> {
  const [onFile, last] = await Promise.all([
    getDb().entityPerson.findMany({
      where: { entityId, removedAt: null },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { organisationName: "asc" }],
      select: {
        firstName: true,
        lastName: true,
        email: true,
        role: true,
        shareBasisPoints: true,
        organisationName: true,
        relationship: true,
      },
    }),
    getDb().application.findFirst({
      where: { licenceId: licence.id, status: "approved" },
      orderBy: { decidedAt: "desc" },
      select: { answers: true },
    }),
  ]);
  return {
    licence,
    people: onFile.filter((person) => person.role !== "premises_manager" && person.role !== "associated_entity"),
    entities: onFile.filter((person) => person.role === "associated_entity"),
    managers: onFile.filter((person) => person.role === "premises_manager"),
    previousAnswers: (last?.answers ?? {}) as SavedAnswers,
  };
}

/**
 * A renewal not received by the licence's expiry date lets the licence expire: from then on it
 * cannot be paid or submitted (the expired licence only leads to a new application). Nor can the
 * renewal of a licence suspended, cancelled or surrendered since it began: its approval would be
 * refused, so no fee is taken for it.
 */
export async function isRenewalTooLate(licenceId: string | null, now = new Date()): Promise<boolean> {
  if (!licenceId) return false;
  const licence = await getDb().licence.findUnique({
    where: { id: licenceId },
    select: { status: true, expiresOn: true },
  });
  if (!licence) return true;
  const { state } = renewalState(licence, now);
  return state === "expired" || state === "notRenewable";
}

/**
 * What a renewal changes since its licence (its review page, the officer's file): the answers
 * against the licence's term and the people on file. Takes an application already read for the
 * acting user; null for anything but a renewal.
 */
export async function renewalChangesOf(application: {
  type: string;
  kind: string;
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
            where: { removedAt: null },
            select: { firstName: true, lastName: true, role: true, organisationName: true },
          },
        },
      },
    },
  });
  const listsEntities = Boolean(
    applicationKinds.get(application.kind)?.sections.some((section) => section.id === "associatedEntities"),
  );
  return licence ? renewalChanges(application.answers, licence.entity.people, licence.termYears, listsEntities) : null;
}
