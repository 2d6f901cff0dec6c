import "server-only";
import { randomInt } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { Prisma, type LicenceStatus } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { activeLinkWhere } from "@/lib/access-codes/account-links";
import { isUuid } from "@/lib/http/ids";
import type { Result } from "@/lib/result";
import { commissionToday, isoDateToUtc, utcToIsoDate, type IsoDate } from "@/lib/time/commission-date";
import type { SurrenderRequestInput } from "./surrender-schema";

/**
 * A holder's request to surrender their licence voluntarily: a change request of kind `surrender`
 * proposing the day it should end. Staff record the surrender on the staff licence page
 * (lib/licences/status-changes), which approves the request. One open request per licence.
 */

/** The statuses a licence can be surrendered from: in force, or suspended. */
const surrenderableStatuses: readonly LicenceStatus[] = ["active", "suspended"];

export function isSurrenderable(status: LicenceStatus): boolean {
  return surrenderableStatuses.includes(status);
}

/** What the request proposes, as stored in `ChangeRequest.proposed`. */
type SurrenderProposal = { effectiveOn: IsoDate };

function readProposal(proposed: Prisma.JsonValue): SurrenderProposal | null {
  if (typeof proposed !== "object" || proposed === null || Array.isArray(proposed)) return null;
  const effectiveOn = proposed.effectiveOn;
  return typeof effectiveOn === "string" && /^\d{4}-\d{2}-\d{2}$/.test(effectiveOn)
    ? { effectiveOn: effectiveOn as IsoDate }
    : null;
}

/** The same references as lib/licences/change-requests, drawn here so that file stays its own. */
function reference(now: Date): string {
  return `CHG-${now.getUTCFullYear()}-${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

export type OpenSurrender = { id: string; reference: string; effectiveOn: IsoDate | null; createdAt: Date };

async function findOpenSurrender(db: Prisma.TransactionClient | ReturnType<typeof getDb>, licenceId: string) {
  const request = await db.changeRequest.findFirst({
    where: { licenceId, kind: "surrender", status: "open" },
    orderBy: { createdAt: "asc" },
    select: { id: true, reference: true, proposed: true, createdAt: true },
  });
  if (!request) return null;
  return {
    id: request.id,
    reference: request.reference,
    effectiveOn: readProposal(request.proposed)?.effectiveOn ?? null,
    createdAt: request.createdAt,
  } satisfies OpenSurrender;
}

/** The licence as its holder may surrender it: only one of the account's, by an active link. */
async function holderLicence(actor: SessionUser, licenceId: string) {
  if (!isUuid(licenceId)) return null;
  return getDb().licence.findFirst({
    where: { id: licenceId, entity: { links: { some: activeLinkWhere(actor.id) } } },
    select: { id: true, number: true, status: true, expiresOn: true },
  });
}

export type SurrenderOffer =
  | { state: "available"; licence: { id: string; number: string; expiresOn: Date } }
  | { state: "requested"; request: OpenSurrender }
  | { state: "notSurrenderable" };

/**
 * Whether the holder may ask to surrender the licence now; null when the account does not hold it
 * (a licence of someone else's is "not found").
 */
export async function surrenderOffer(actor: SessionUser, licenceId: string): Promise<SurrenderOffer | null> {
  const licence = await holderLicence(actor, licenceId);
  if (!licence) return null;
  const open = await findOpenSurrender(getDb(), licence.id);
  if (open) return { state: "requested", request: open };
  if (!isSurrenderable(licence.status)) return { state: "notSurrenderable" };
  return { state: "available", licence: { id: licence.id, number: licence.number, expiresOn: licence.expiresOn } };
}

export type SurrenderRequestFailure = "notFound" | "notSurrenderable" | "alreadyRequested" | "afterExpiry" | "datePast";

/**
 * Records the request. The licence row is locked first, so two requests at once (two tabs, two
 * people of the same business) make one: the second finds the first open.
 */
export async function requestSurrender(
  actor: SessionUser,
  licenceId: string,
  input: SurrenderRequestInput,
  now: Date = new Date(),
): Promise<Result<{ id: string; reference: string }, SurrenderRequestFailure>> {
  const licence = await holderLicence(actor, licenceId);
  if (!licence) return { ok: false, reason: "notFound" };
  if (input.effectiveOn < commissionToday(now)) return { ok: false, reason: "datePast" };
  // After the expiry date there is nothing left to surrender: the licence ends by itself.
  if (input.effectiveOn > utcToIsoDate(licence.expiresOn)) return { ok: false, reason: "afterExpiry" };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      return await getDb().$transaction(async (tx) => {
        const [row] = await tx.$queryRaw<Array<{ status: LicenceStatus }>>`
          SELECT "status" FROM "Licence" WHERE "id" = ${licence.id}::uuid FOR UPDATE`;
        if (!row || !isSurrenderable(row.status)) return { ok: false as const, reason: "notSurrenderable" as const };
        if (await findOpenSurrender(tx, licence.id)) return { ok: false as const, reason: "alreadyRequested" as const };
        const created = await tx.changeRequest.create({
          data: {
            reference: reference(now),
            licenceId: licence.id,
            userId: actor.id,
            kind: "surrender",
            description: input.reason.trim(),
            proposed: { effectiveOn: input.effectiveOn } satisfies SurrenderProposal,
            createdAt: now,
          },
          select: { id: true, reference: true },
        });
        return { ok: true as const, ...created };
      });
    } catch (error) {
      // A reference already taken: draw another.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new Error("Could not find a free change-request reference");
}

/** For the staff licence page: the holder's open request to surrender, if any. */
export async function openSurrenderForStaff(staff: SessionUser, licenceId: string): Promise<OpenSurrender | null> {
  if (!can(staff.role, "viewEntities") || !isUuid(licenceId)) return null;
  return findOpenSurrender(getDb(), licenceId);
}

/** The day a surrender was asked for, as a date the pages format. */
export function effectiveOnDate(request: OpenSurrender): Date | null {
  return request.effectiveOn ? isoDateToUtc(request.effectiveOn) : null;
}
