import "server-only";
import { getDb } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { activeLinkWhere, isLinked } from "@/lib/access-codes/account-links";
import { isUuid } from "@/lib/http/ids";

/** The entities linked to the acting account, with how each link was made and their licences. */
export async function listLinkedEntities(actor: SessionUser) {
  const links = await getDb().accountLink.findMany({
    where: activeLinkWhere(actor.id),
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      via: true,
      createdAt: true,
      reportsAccess: true,
      entity: {
        select: {
          id: true,
          legalName: true,
          operatingName: true,
          licences: {
            orderBy: { number: "asc" },
            select: { id: true, number: true, kind: true, status: true, expiresOn: true },
          },
        },
      },
    },
  });
  return links;
}

/**
 * The businesses and organisations the account may apply for: its links, less the person's own
 * record (an individual applies as themselves, never "for" their record as if it were a business).
 */
export async function listLinkedOrganisations(actor: SessionUser) {
  return getDb().entity.findMany({
    where: { type: { not: "individual" }, links: { some: activeLinkWhere(actor.id) } },
    orderBy: { legalName: "asc" },
    select: { id: true, legalName: true, operatingName: true },
  });
}

/** Regulatory reports the acting account may read: only for links where staff granted access. */
export async function listMyReports(actor: SessionUser) {
  return getDb().regulatoryReport.findMany({
    where: { entity: { links: { some: { ...activeLinkWhere(actor.id), reportsAccess: true } } } },
    orderBy: { publishedAt: "desc" },
    select: { id: true, title: true, body: true, publishedAt: true, entity: { select: { legalName: true } } },
  });
}

/**
 * The accounts that reach a business through the portal, as one of its own accounts sees them (names,
 * how each was linked, since when), so a holder knows who sees their licences and can ask for a link
 * to end. Null for an account not linked to the business.
 */
export async function listAccountsWithAccess(actor: SessionUser, entityId: string) {
  if (!isUuid(entityId) || !(await isLinked(actor.id, entityId))) return null;
  const links = await getDb().accountLink.findMany({
    where: { entityId, revokedAt: null, user: { status: "active" } },
    orderBy: { createdAt: "asc" },
    select: { id: true, via: true, createdAt: true, user: { select: { id: true, firstName: true, lastName: true } } },
  });
  return links.map(({ user, ...link }) => ({
    ...link,
    name: `${user.firstName} ${user.lastName}`.trim(),
    isActor: user.id === actor.id,
  }));
}

/**
 * The link a holder asks to end, for the inquiry it pre-fills: another account's active link to a
 * business the holder is linked to. Null for anything else (the holder's own link, a stranger's id).
 */
export async function accessToEnd(actor: SessionUser, linkId: string) {
  if (!isUuid(linkId)) return null;
  const link = await getDb().accountLink.findFirst({
    where: { id: linkId, revokedAt: null, userId: { not: actor.id } },
    select: {
      entityId: true,
      entity: { select: { legalName: true } },
      user: { select: { firstName: true, lastName: true } },
    },
  });
  if (!link || !(await isLinked(actor.id, link.entityId))) return null;
  return {
    entityId: link.entityId,
    business: link.entity.legalName,
    name: `${link.user.firstName} ${link.user.lastName}`.trim(),
  };
}
