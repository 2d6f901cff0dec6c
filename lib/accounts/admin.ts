import "server-only";
import { getDb } from "@/lib/db/client";
import type { UserRole } from "@/lib/db/generated/client";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { can, mayChangeAccountStatus } from "@/lib/auth/permissions";

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
    await audit({ actor: staff, action: disabled ? "account.disabled" : "account.enabled", subject: { type: "user", id: userId } }, tx);
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
    await audit({ actor: admin, action: "account.role_changed", subject: { type: "user", id: userId }, details: { from: user.role, to: role } }, tx);
    return true;
  });
}
