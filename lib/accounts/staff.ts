import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma, UserRole } from "@/lib/db/generated/client";
import { readPage } from "@/lib/db/pagination";
import { containsText, searchTerm } from "@/lib/db/search";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { can, mayChangeAccountStatus } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/http/ids";

/**
 * Staff actions on accounts. Disabling or changing a role bumps the session version, so the
 * account's open sessions end at their next request.
 */
export async function setAccountDisabled(staff: SessionUser, userId: string, disabled: boolean): Promise<boolean> {
  if (userId === staff.id || !can(staff.role, "disableAccounts")) return false;
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user || user.status === "pending" || !mayChangeAccountStatus(staff.role, user.role)) return false;
    await tx.user.update({
      where: { id: userId },
      data: { status: disabled ? "disabled" : "active", sessionVersion: { increment: 1 } },
    });
    await audit(
      {
        actor: staff,
        action: disabled ? "account.disabled" : "account.enabled",
        subject: { type: "user", id: userId },
      },
      tx,
    );
    return true;
  });
}

/** Administrators only. */
export async function changeRole(admin: SessionUser, userId: string, role: UserRole): Promise<boolean> {
  if (userId === admin.id || !can(admin.role, "manageStaff")) return false;
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user || user.role === role) return false;
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await audit(
      {
        actor: admin,
        action: "account.role_changed",
        subject: { type: "user", id: userId },
        details: { from: user.role, to: role },
      },
      tx,
    );
    return true;
  });
}

/** Staff reads of accounts: each checks the staff member's permission, and gives nothing otherwise. */

export async function searchAccounts(staff: SessionUser, query: string, page = 1) {
  const term = searchTerm(query);
  if (!can(staff.role, "searchRecords") || term === null) return null;
  const [first, ...rest] = term.split(/\s+/);
  const where: Prisma.UserWhereInput = {
    OR: [
      { email: containsText(term) },
      { firstName: containsText(term) },
      { lastName: containsText(term) },
      ...(rest.length > 0 && first
        ? [{ AND: [{ firstName: containsText(first) }, { lastName: containsText(rest.join(" ")) }] }]
        : []),
    ],
  };
  return readPage(page, {
    rows: (window) =>
      getDb().user.findMany({
        where,
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
        ...window,
        select: { id: true, email: true, firstName: true, lastName: true, role: true, status: true },
      }),
    count: () => getDb().user.count({ where }),
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
      links: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          via: true,
          createdAt: true,
          revokedAt: true,
          entity: { select: { id: true, legalName: true } },
        },
      },
    },
  });
}

export async function listStaff(admin: SessionUser) {
  if (!can(admin.role, "manageStaff")) return null;
  return getDb().user.findMany({
    where: { role: { not: "applicant" } },
    orderBy: [{ role: "asc" }, { lastName: "asc" }],
    select: { id: true, email: true, firstName: true, lastName: true, role: true, status: true },
  });
}
