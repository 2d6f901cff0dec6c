import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/session";
import { activeLinkWhere } from "@/lib/access-codes/account-links";
import { isUuid } from "@/lib/http/ids";
import { readPage } from "@/lib/db/pagination";
import { containsText } from "@/lib/db/search";
import { publicDetails } from "./printed-details";

/**
 * Licences as an applicant sees them: only those of entities linked to the account by an active
 * link. Anything else does not exist for them (null → 404).
 */

/** A renewal paid (submitted) and not yet decided: the licence stays active past its expiry date (SPEC §5.3). */
export const renewalUnderReview = {
  applications: {
    where: { type: "renewal", status: { in: ["submitted", "under_review", "information_requested"] } },
    select: { id: true },
    take: 1,
  },
} satisfies Prisma.LicenceSelect;

export function withRenewalFlag<T extends { applications: unknown[] }>(
  licence: T,
): Omit<T, "applications"> & { renewalUnderReview: boolean } {
  const { applications, ...rest } = licence;
  return { ...rest, renewalUnderReview: applications.length > 0 };
}

/** The licences of the businesses the account is linked to (an active link): its own, and an agent's. */
function heldBy(actor: SessionUser) {
  return { entity: { links: { some: activeLinkWhere(actor.id) } } } satisfies Prisma.LicenceWhereInput;
}

function visibleTo(actor: SessionUser) {
  return isStaff(actor) ? {} : heldBy(actor);
}

/**
 * Every licence of the account, in brief: what the main menu needs to decide which need attention.
 * No names: an agent may hold hundreds of licences, and only the few shown as cards need them
 * (`licenceNames`). Renewals under review are read in one query of their own.
 */
export async function listMyLicences(actor: SessionUser) {
  const held = heldBy(actor);
  const [licences, renewals] = await Promise.all([
    getDb().licence.findMany({
      where: held,
      orderBy: [{ expiresOn: "asc" }, { id: "asc" }],
      select: {
        id: true,
        number: true,
        kind: true,
        status: true,
        termYears: true,
        expiresOn: true,
        suspendedUntil: true,
      },
    }),
    getDb().application.findMany({
      where: { ...renewalUnderReview.applications.where, licence: held },
      select: { licenceId: true },
    }),
  ]);
  const underReview = new Set(renewals.map((renewal) => renewal.licenceId));
  return licences.map((licence) => ({ ...licence, renewalUnderReview: underReview.has(licence.id) }));
}

/** The holder's and premises' names of some of the account's licences (those the main menu shows). */
export async function licenceNames(actor: SessionUser, ids: readonly string[]) {
  const rows = await getDb().licence.findMany({
    where: { id: { in: [...ids] }, ...heldBy(actor) },
    select: {
      id: true,
      entity: { select: { legalName: true, operatingName: true } },
      premises: { select: { name: true } },
    },
  });
  return new Map(rows.map(({ id, ...names }) => [id, names]));
}

/** How many licences the main menu shows as cards; the rest are a page away ("My licences"). */
export const MAIN_MENU_LICENCES = 12;

/**
 * One page of the account's licences (an agent may hold hundreds), the soonest to expire first,
 * optionally those whose number, holder or premises contains the words searched.
 */
export async function listMyLicencesPage(actor: SessionUser, { search, page }: { search?: unknown; page?: number }) {
  const words = typeof search === "string" ? search.trim().slice(0, 100) : "";
  const contains = containsText(words);
  const where: Prisma.LicenceWhereInput = {
    ...heldBy(actor),
    ...(words
      ? {
          OR: [
            { number: contains },
            { entity: { legalName: contains } },
            { entity: { operatingName: contains } },
            { premises: { name: contains } },
          ],
        }
      : {}),
  };
  const licences = await readPage(page ?? 1, {
    rows: (window) =>
      getDb().licence.findMany({
        where,
        // The id breaks ties, so a licence never shows on two pages.
        orderBy: [{ expiresOn: "asc" }, { id: "asc" }],
        select: {
          id: true,
          number: true,
          kind: true,
          status: true,
          expiresOn: true,
          entity: { select: { legalName: true, operatingName: true } },
          premises: { select: { name: true } },
        },
        ...window,
      }),
    count: () => getDb().licence.count({ where }),
  });
  return { ...licences, search: words };
}

/** The licence's whole page: holder, premises and areas, term, history, compliance documents. */
export async function getLicence(actor: SessionUser, licenceId: string) {
  if (!isUuid(licenceId)) return null;
  const licence = await getDb().licence.findFirst({
    where: { id: licenceId, ...visibleTo(actor) },
    select: {
      id: true,
      number: true,
      kind: true,
      status: true,
      termYears: true,
      details: true,
      issuedOn: true,
      expiresOn: true,
      suspendedUntil: true,
      entity: { select: { id: true, legalName: true, operatingName: true } },
      premises: {
        select: {
          name: true,
          address: true,
          areas: {
            orderBy: { name: "asc" },
            select: { id: true, name: true, indoor: true, floor: true, capacity: true },
          },
        },
      },
      statusEvents: {
        orderBy: { occurredAt: "asc" },
        select: { id: true, status: true, reason: true, occurredAt: true },
      },
      documents: { orderBy: { issuedAt: "desc" }, select: { id: true, title: true, body: true, issuedAt: true } },
      ...renewalUnderReview,
    },
  });
  return licence ? withRenewalFlag(licence) : null;
}

export type LicenceDetails = NonNullable<Awaited<ReturnType<typeof getLicence>>>;

/** The public check (/verify): a licence number gives only its public facts, nothing else. */
export async function verifyLicenceNumber(number: string) {
  const normalized = number.trim().toUpperCase().slice(0, 40);
  if (!/^[A-Z]{2,4}-\d{4}-\d{6}$/.test(normalized)) return null;
  const licence = await getDb().licence.findUnique({
    where: { number: normalized },
    select: {
      number: true,
      kind: true,
      status: true,
      expiresOn: true,
      suspendedUntil: true,
      details: true,
      entity: { select: { legalName: true, operatingName: true } },
      ...renewalUnderReview,
    },
  });
  if (!licence) return null;
  return {
    number: licence.number,
    kind: licence.kind,
    status: licence.status,
    expiresOn: licence.expiresOn,
    /** A suspension's last day, public like the suspension itself: when the licence is back in force. */
    suspendedUntil: licence.status === "suspended" ? licence.suspendedUntil : null,
    renewalUnderReview: licence.applications.length > 0,
    holderName: licence.entity.operatingName ?? licence.entity.legalName,
    /** What the licence allows beyond its kind (its endorsements); no other printed detail. */
    publicDetails: publicDetails(licence.details),
  };
}

export type PublicLicence = NonNullable<Awaited<ReturnType<typeof verifyLicenceNumber>>>;
