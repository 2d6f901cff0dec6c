import "server-only";
import { createHmac, randomInt } from "node:crypto";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { consumeAttempt, firstRefusal, type LimitCheck } from "@/lib/rate-limit";
import { securityLog } from "@/lib/security/log";
import { ACCESS_CODE_LENGTH, formatAccessCode, isWellFormedAccessCode, normalizeAccessCode } from "./format";
import { linkAccount } from "./account-links";
import type { Ok, Refused } from "@/lib/result";
import type { Tx } from "@/lib/db/transaction";
import { issueAccessCodeSchema, type IssueAccessCodeInput } from "./schemas";

export { issueAccessCodeSchema };

/**
 * Online access codes: customer service issues one by phone to a verified person of the entity;
 * whoever enters it is linked to the entity and all its licences. The code is shown once and
 * stored as an HMAC; a code stops working when revoked or after CODE_LIFETIME_DAYS.
 */
export const CODE_LIFETIME_DAYS = 60;
const CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** People who may receive a code for the entity (SPEC §4): not premises managers. */
export const CODE_RECIPIENT_ROLES = ["officer", "director", "shareholder", "partner", "sole_proprietor"] as const;

/** 15 characters drawn uniformly from Crockford's base 32: 75 bits from the system's CSPRNG. */
export function generateAccessCode(): string {
  let code = "";
  for (let index = 0; index < ACCESS_CODE_LENGTH; index += 1)
    code += CROCKFORD_ALPHABET[randomInt(CROCKFORD_ALPHABET.length)];
  return code;
}

/** Keyed with a secret derived from AUTH_SECRET: a copy of the table alone can't test guesses. */
export function hashAccessCode(code: string): string {
  const key = createHmac("sha256", getConfig().authSecret).update("access-code").digest();
  return createHmac("sha256", key).update(normalizeAccessCode(code)).digest("hex");
}

export type IssuedCode = { code: string; formatted: string; expiresAt: Date };

/** Issues a code for a person listed on the entity; null when the person or entity is not found. */
export async function issueAccessCode(
  staff: SessionUser,
  input: IssueAccessCodeInput,
  now = new Date(),
): Promise<IssuedCode | null> {
  if (!can(staff.role, "issueAccessCodes")) return null;
  return getDb().$transaction(async (tx) => {
    const caller = await tx.entityPerson.findFirst({
      where: {
        id: input.callerPersonId,
        entityId: input.entityId,
        removedAt: null,
        role: { in: [...CODE_RECIPIENT_ROLES] },
      },
    });
    if (!caller) return null;
    return createAccessCode(
      tx,
      staff,
      {
        entityId: input.entityId,
        callerPersonId: caller.id,
        callerName: `${caller.firstName} ${caller.lastName}`,
        verificationMethod: input.verificationMethod,
        verificationNote: input.verificationNote,
        auditDetails: { callerPersonId: caller.id, verificationMethod: input.verificationMethod },
      },
      now,
    );
  });
}

type NewCode = {
  entityId: string;
  /** The person on file who receives it by phone; null for a code posted to the holder in a letter. */
  callerPersonId: string | null;
  callerName: string;
  verificationMethod: string;
  verificationNote: string;
  auditDetails: Record<string, string>;
};

/**
 * A new code for the entity, stored as its HMAC, audited: the one way codes are made, by phone
 * (above) or on a renewal letter (lib/licences/renewal-letter.ts). The caller checks the permission.
 */
export async function createAccessCode(tx: Tx, staff: SessionUser, input: NewCode, now: Date): Promise<IssuedCode> {
  const code = generateAccessCode();
  const expiresAt = new Date(now.getTime() + CODE_LIFETIME_DAYS * 24 * 3600 * 1000);
  const record = await tx.accessCode.create({
    data: {
      entityId: input.entityId,
      codeHash: hashAccessCode(code),
      hint: code.slice(-4),
      issuedById: staff.id,
      callerPersonId: input.callerPersonId,
      callerName: input.callerName,
      verificationMethod: input.verificationMethod,
      verificationNote: input.verificationNote,
      expiresAt,
    },
  });
  await audit(
    {
      actor: staff,
      action: "access_code.issued",
      subject: { type: "access_code", id: record.id },
      entityId: input.entityId,
      details: input.auditDetails,
    },
    tx,
  );
  return { code, formatted: formatAccessCode(code), expiresAt };
}

export async function revokeAccessCode(staff: SessionUser, codeId: string, now = new Date()): Promise<boolean> {
  if (!can(staff.role, "revokeAccessCodes")) return false;
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.accessCode.updateMany({
      where: { id: codeId, revokedAt: null },
      data: { revokedAt: now, revokedById: staff.id },
    });
    if (count === 0) return false;
    const code = await tx.accessCode.findUniqueOrThrow({ where: { id: codeId }, select: { entityId: true } });
    await audit(
      {
        actor: staff,
        action: "access_code.revoked",
        subject: { type: "access_code", id: codeId },
        entityId: code.entityId,
      },
      tx,
    );
    return true;
  });
}

export type RedeemResult =
  Ok<{ entityName: string }> | Refused<"invalid"> | Refused<"locked", { retryAfterSeconds: number }>;

/**
 * Links the account to the code's entity. The entity comes from the code, never from the form.
 * Every reason a code fails (unknown, mistyped, revoked, expired) is the same "invalid" answer,
 * and guesses are limited per account and per IP.
 */
export async function redeemAccessCode(
  user: { id: string; role: string },
  typed: string,
  context: { ip: string; now?: Date },
): Promise<RedeemResult> {
  return redeemCodeHash(user, isWellFormedAccessCode(typed) ? hashAccessCode(typed) : null, context, {});
}

/**
 * The code typed at registration, which the activation link carried as its HMAC only, redeemed
 * once the account is activated (a pending account cannot hold licences) — with the same limits,
 * audit and security log as a code typed on the profile.
 */
export async function redeemPendingAccessCode(
  userId: string,
  codeHash: string,
  context: { ip: string; now?: Date },
): Promise<RedeemResult | null> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { id: true, role: true, status: true } });
  if (!user || user.status !== "active") return null;
  return redeemCodeHash(user, /^[0-9a-f]{64}$/.test(codeHash) ? codeHash : null, context, { atRegistration: true });
}

/** One redemption, by the code's HMAC (null for something that cannot be a code): limited, linked, audited. */
async function redeemCodeHash(
  user: { id: string; role: string },
  codeHash: string | null,
  context: { ip: string; now?: Date },
  auditDetails: { atRegistration?: true },
): Promise<RedeemResult> {
  const now = context.now ?? new Date();
  const limit: LimitCheck = firstRefusal([
    await consumeAttempt("accessCodeByAccount", user.id),
    await consumeAttempt("accessCodeByIp", context.ip),
  ]);
  if (!limit.allowed) {
    securityLog({ event: "access_code.locked", account: user.id, ip: context.ip, outcome: "locked" });
    return { ok: false, reason: "locked", retryAfterSeconds: limit.retryAfterSeconds };
  }

  return getDb().$transaction(async (tx): Promise<RedeemResult> => {
    const code = codeHash
      ? await tx.accessCode.findUnique({ where: { codeHash }, include: { entity: { select: { legalName: true } } } })
      : null;
    if (!code || code.revokedAt || code.expiresAt <= now) {
      // Which reason stays unsaid to the user; staff see the attempt on the account.
      const reason = code ? "expired_or_revoked" : "unknown";
      await audit(
        {
          actor: user,
          action: "access_code.redeem_failed",
          subject: { type: "account", id: user.id },
          details: { reason, ...auditDetails },
        },
        tx,
      );
      securityLog({ event: "access_code.redeem_failed", account: user.id, ip: context.ip, outcome: "refused" });
      return { ok: false, reason: "invalid" };
    }
    const link = await linkAccount(tx, {
      userId: user.id,
      entityId: code.entityId,
      via: "access_code",
      accessCodeId: code.id,
    });
    if (link.created) {
      await audit(
        {
          actor: user,
          action: "access_code.redeemed",
          subject: { type: "access_code", id: code.id },
          entityId: code.entityId,
          details: { linkId: link.id, userId: user.id, ...auditDetails },
        },
        tx,
      );
    }
    return { ok: true, entityName: code.entity.legalName };
  });
}
