import "server-only";
import { getDb } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { activeLinkWhere } from "@/lib/access-codes/account-links";

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
