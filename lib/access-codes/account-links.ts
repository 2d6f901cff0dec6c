import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/transaction";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

/**
 * Links between accounts and entities. An active link (revokedAt null) gives the account the
 * entity and all its licences; revoking takes effect at the next request, since every read checks
 * for an active link.
 */

/** Where an account's access to entities is checked: every applicant query goes through this. */
export function activeLinkWhere(userId: string) {
  return { userId, revokedAt: null } satisfies Prisma.AccountLinkWhereInput;
}

export async function linkedEntityIds(userId: string): Promise<string[]> {
  const links = await getDb().accountLink.findMany({ where: activeLinkWhere(userId), select: { entityId: true } });
  return links.map((link) => link.entityId);
}

export async function isLinked(userId: string, entityId: string): Promise<boolean> {
  return (await getDb().accountLink.count({ where: { ...activeLinkWhere(userId), entityId } })) > 0;
}

/**
 * Links an account to an entity, or re-activates a revoked link. Idempotent: the unique
 * (user, entity) row means two simultaneous redemptions make one link.
 */
export async function linkAccount(
  db: Tx,
  input: { userId: string; entityId: string; via: "access_code" | "agent_application"; accessCodeId?: string },
): Promise<{ id: string; created: boolean }> {
  const existing = await db.accountLink.findUnique({
    where: { userId_entityId: { userId: input.userId, entityId: input.entityId } },
  });
  if (existing && !existing.revokedAt) return { id: existing.id, created: false };
  const link = await db.accountLink.upsert({
    where: { userId_entityId: { userId: input.userId, entityId: input.entityId } },
    create: { userId: input.userId, entityId: input.entityId, via: input.via, accessCodeId: input.accessCodeId },
    update: {
      via: input.via,
      accessCodeId: input.accessCodeId ?? null,
      revokedAt: null,
      revokedById: null,
      reportsAccess: false,
      createdAt: new Date(),
    },
  });
  return { id: link.id, created: true };
}

/** Staff remove a person from an entity: the account loses the entity's licences at once. */
export async function unlinkAccount(staff: SessionUser, linkId: string): Promise<boolean> {
  if (!can(staff.role, "unlinkAccounts")) return false;
  return getDb().$transaction(async (tx) => {
    const link = await tx.accountLink.findUnique({ where: { id: linkId } });
    if (!link || link.revokedAt) return false;
    await tx.accountLink.update({
      where: { id: linkId },
      data: { revokedAt: new Date(), revokedById: staff.id, reportsAccess: false },
    });
    await audit(
      {
        actor: staff,
        action: "account_link.revoked",
        subject: { type: "account_link", id: linkId },
        entityId: link.entityId,
        details: { userId: link.userId },
      },
      tx,
    );
    return true;
  });
}

/** Staff grant or withdraw an account's access to an entity's regulatory reports. */
export async function setReportsAccess(staff: SessionUser, linkId: string, granted: boolean): Promise<boolean> {
  if (!can(staff.role, "grantReportsAccess")) return false;
  return getDb().$transaction(async (tx) => {
    const link = await tx.accountLink.findUnique({ where: { id: linkId } });
    if (!link || link.revokedAt) return false;
    await tx.accountLink.update({ where: { id: linkId }, data: { reportsAccess: granted } });
    await audit(
      {
        actor: staff,
        action: granted ? "account_link.reports_granted" : "account_link.reports_withdrawn",
        subject: { type: "account_link", id: linkId },
        entityId: link.entityId,
        details: { userId: link.userId },
      },
      tx,
    );
    return true;
  });
}
