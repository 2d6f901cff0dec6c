import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { readPage } from "@/lib/db/pagination";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/http/ids";

/** The audit log a page at a time, newest first, for staff who may read it; null for anyone else. */
export async function listAuditLog(staff: SessionUser, filters: { entityId?: string; action?: string }, page = 1) {
  if (!can(staff.role, "viewAuditLog")) return null;
  const where: Prisma.AuditLogWhereInput = {
    ...(isUuid(filters.entityId) ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: { startsWith: filters.action.slice(0, 50) } } : {}),
  };
  const { rows, ...paging } = await readPage(page, {
    rows: (window) => getDb().auditLog.findMany({ where, orderBy: { createdAt: "desc" }, ...window }),
    count: () => getDb().auditLog.count({ where }),
  });
  const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => Boolean(id)))];
  const actors = await getDb().user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, firstName: true, lastName: true },
  });
  const names = new Map(actors.map((actor) => [actor.id, `${actor.firstName} ${actor.lastName}`]));
  const named = rows.map((row) => ({ ...row, actorName: row.actorId ? (names.get(row.actorId) ?? null) : null }));
  return { ...paging, rows: named };
}
