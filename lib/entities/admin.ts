import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/http/ids";

/**
 * Staff reads. Each function takes the acting staff member and checks the permission itself:
 * an applicant calling one gets nothing, whatever page or action called it.
 */
export const PAGE_SIZE = 20;

export type Paged<T> = { rows: T[]; page: number; pages: number; total: number };

function pageOf(page: number) {
  const current = Number.isInteger(page) && page > 0 ? Math.min(page, 10_000) : 1;
  return { current, skip: (current - 1) * PAGE_SIZE };
}

const contains = (value: string) => ({ contains: value, mode: "insensitive" as const });

export async function searchAccounts(staff: SessionUser, query: string, page = 1) {
  if (!can(staff.role, "searchRecords") || query.trim().length < 2) return null;
  const term = query.trim().slice(0, 100);
  const [first, ...rest] = term.split(/\s+/);
  const where: Prisma.UserWhereInput = {
    OR: [
      { email: contains(term) },
      { firstName: contains(term) },
      { lastName: contains(term) },
      ...(rest.length > 0 && first ? [{ AND: [{ firstName: contains(first) }, { lastName: contains(rest.join(" ")) }] }] : []),
    ],
  };
  const { current, skip } = pageOf(page);
  const [rows, total] = await Promise.all([
    getDb().user.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      skip,
      take: PAGE_SIZE,
      select: { id: true, email: true, firstName: true, lastName: true, role: true, status: true },
    }),
    getDb().user.count({ where }),
  ]);
  return { rows, page: current, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), total } satisfies Paged<(typeof rows)[number]>;
}

export async function searchEntities(staff: SessionUser, query: string, page = 1) {
  if (!can(staff.role, "searchRecords") || query.trim().length < 2) return null;
  const term = query.trim().slice(0, 100);
  const digits = term.replace(/\D/g, "");
  const where: Prisma.EntityWhereInput = {
    OR: [
      { legalName: contains(term) },
      { operatingName: contains(term) },
      ...(digits.length >= 3 ? [{ businessNumber: { contains: digits } }] : []),
      { licences: { some: { number: contains(term) } } },
    ],
  };
  const { current, skip } = pageOf(page);
  const [rows, total] = await Promise.all([
    getDb().entity.findMany({
      where,
      orderBy: { legalName: "asc" },
      skip,
      take: PAGE_SIZE,
      select: { id: true, legalName: true, operatingName: true, businessNumber: true, type: true, licences: { select: { number: true }, orderBy: { number: "asc" } } },
    }),
    getDb().entity.count({ where }),
  ]);
  return { rows, page: current, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), total } satisfies Paged<(typeof rows)[number]>;
}

/** The whole entity file for staff: people, licences, access codes (never their hashes), links, reports. */
export async function getEntityForStaff(staff: SessionUser, entityId: string) {
  if (!can(staff.role, "viewEntities") || !isUuid(entityId)) return null;
  return getDb().entity.findUnique({
    where: { id: entityId },
    select: {
      id: true,
      legalName: true,
      operatingName: true,
      type: true,
      businessNumber: true,
      email: true,
      phone: true,
      people: { where: { removedAt: null }, orderBy: [{ lastName: "asc" }, { role: "asc" }], select: { id: true, firstName: true, lastName: true, role: true, title: true, shareBasisPoints: true } },
      licences: { orderBy: { number: "asc" }, select: { id: true, number: true, kind: true, status: true, expiresOn: true } },
      accessCodes: {
        orderBy: { createdAt: "desc" },
        select: { id: true, hint: true, callerName: true, verificationMethod: true, verificationNote: true, createdAt: true, expiresAt: true, revokedAt: true, issuedById: true },
      },
      links: {
        orderBy: { createdAt: "asc" },
        select: { id: true, via: true, createdAt: true, revokedAt: true, reportsAccess: true, user: { select: { id: true, firstName: true, lastName: true, email: true } } },
      },
      reports: { orderBy: { publishedAt: "desc" }, select: { id: true, title: true, publishedAt: true } },
    },
  });
}

export async function getAccountForStaff(staff: SessionUser, userId: string) {
  if (!can(staff.role, "searchRecords") || !isUuid(userId)) return null;
  return getDb().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      phone: true,
      role: true,
      status: true,
      locale: true,
      createdAt: true,
      activatedAt: true,
      links: { orderBy: { createdAt: "asc" }, select: { id: true, via: true, createdAt: true, revokedAt: true, entity: { select: { id: true, legalName: true } } } },
    },
  });
}

export async function listAuditLog(staff: SessionUser, filters: { entityId?: string; action?: string }, page = 1) {
  if (!can(staff.role, "viewAuditLog")) return null;
  const where: Prisma.AuditLogWhereInput = {
    ...(isUuid(filters.entityId) ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: { startsWith: filters.action.slice(0, 50) } } : {}),
  };
  const { current, skip } = pageOf(page);
  const [rows, total] = await Promise.all([
    getDb().auditLog.findMany({ where, orderBy: { createdAt: "desc" }, skip, take: PAGE_SIZE }),
    getDb().auditLog.count({ where }),
  ]);
  const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => Boolean(id)))];
  const actors = await getDb().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, firstName: true, lastName: true } });
  const names = new Map(actors.map((actor) => [actor.id, `${actor.firstName} ${actor.lastName}`]));
  return {
    rows: rows.map((row) => ({ ...row, actorName: row.actorId ? (names.get(row.actorId) ?? null) : null })),
    page: current,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    total,
  };
}

export async function listStaff(admin: SessionUser) {
  if (!can(admin.role, "manageStaff")) return null;
  return getDb().user.findMany({
    where: { role: { not: "applicant" } },
    orderBy: [{ role: "asc" }, { lastName: "asc" }],
    select: { id: true, email: true, firstName: true, lastName: true, role: true, status: true },
  });
}
