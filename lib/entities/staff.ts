import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { readPage } from "@/lib/db/pagination";
import { containsText, searchTerm } from "@/lib/db/search";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/http/ids";
import { renewalUnderReview, withRenewalFlag } from "@/lib/licences/queries";

/**
 * Staff reads of entities. Each function takes the acting staff member and checks the permission
 * itself: an applicant calling one gets nothing, whatever page or action called it.
 */

export async function searchEntities(staff: SessionUser, query: string, page = 1) {
  const term = searchTerm(query);
  if (!can(staff.role, "searchRecords") || term === null) return null;
  const digits = term.replace(/\D/g, "");
  const where: Prisma.EntityWhereInput = {
    OR: [
      { legalName: containsText(term) },
      { operatingName: containsText(term) },
      ...(digits.length >= 3 ? [{ businessNumber: { contains: digits } }] : []),
      { licences: { some: { number: containsText(term) } } },
    ],
  };
  return readPage(page, {
    rows: (window) =>
      getDb().entity.findMany({
        where,
        orderBy: { legalName: "asc" },
        ...window,
        select: {
          id: true,
          legalName: true,
          operatingName: true,
          businessNumber: true,
          type: true,
          licences: { select: { number: true }, orderBy: { number: "asc" } },
        },
      }),
    count: () => getDb().entity.count({ where }),
  });
}

/** The whole entity file for staff: people, licences, access codes (never their hashes), links, reports. */
export async function getEntityForStaff(staff: SessionUser, entityId: string) {
  if (!can(staff.role, "viewEntities") || !isUuid(entityId)) return null;
  const entity = await getDb().entity.findUnique({
    where: { id: entityId },
    select: {
      id: true,
      legalName: true,
      operatingName: true,
      type: true,
      businessNumber: true,
      email: true,
      phone: true,
      people: {
        where: { removedAt: null },
        orderBy: [{ lastName: "asc" }, { role: "asc" }],
        select: { id: true, firstName: true, lastName: true, role: true, title: true, shareBasisPoints: true },
      },
      licences: {
        orderBy: { number: "asc" },
        select: { id: true, number: true, kind: true, status: true, expiresOn: true, ...renewalUnderReview },
      },
      accessCodes: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          hint: true,
          callerName: true,
          verificationMethod: true,
          verificationNote: true,
          createdAt: true,
          expiresAt: true,
          revokedAt: true,
          issuedById: true,
        },
      },
      links: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          via: true,
          createdAt: true,
          revokedAt: true,
          reportsAccess: true,
          user: { select: { id: true, firstName: true, lastName: true, email: true } },
        },
      },
      reports: { orderBy: { publishedAt: "desc" }, select: { id: true, title: true, publishedAt: true } },
    },
  });
  return entity && { ...entity, licences: entity.licences.map(withRenewalFlag) };
}

export type StaffEntity = NonNullable<Awaited<ReturnType<typeof getEntityForStaff>>>;
