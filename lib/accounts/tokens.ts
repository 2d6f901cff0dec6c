import { createHash, randomBytes } from "node:crypto";
import { Prisma, type TokenPurpose } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/transaction";

/**
 * Single-use links (activation, password reset): 256 random bits, sent only in the e-mail; the
 * database keeps the SHA-256. Issuing a new token voids the user's older ones of the same purpose.
 * A link may carry a payload — what using it applies (an activation's registration details) —
 * which is erased when the link is used or voided.
 */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  activation: 48 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export async function issueToken(
  tx: Tx,
  userId: string,
  purpose: TokenPurpose,
  now: Date,
  payload?: Prisma.InputJsonValue,
): Promise<string> {
  await tx.oneTimeToken.updateMany({
    where: { userId, purpose, usedAt: null },
    data: { usedAt: now, payload: Prisma.DbNull },
  });
  const token = randomBytes(32).toString("base64url");
  await tx.oneTimeToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashToken(token),
      payload: payload ?? Prisma.DbNull,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    },
  });
  return token;
}

export type TokenState =
  { status: "valid"; userId: string; payload: Prisma.JsonValue } | { status: "invalid" | "expired" | "used" };

/** What a link is worth, without using it (to decide which page to show). */
export async function inspectToken(tx: Tx, token: string, purpose: TokenPurpose, now: Date): Promise<TokenState> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { status: "invalid" };
  const record = await tx.oneTimeToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!record || record.purpose !== purpose) return { status: "invalid" };
  if (record.usedAt) return { status: "used" };
  if (record.expiresAt <= now) return { status: "expired" };
  return { status: "valid", userId: record.userId, payload: record.payload };
}

/**
 * Uses a link: succeeds for exactly one caller even when two requests race (the update only
 * matches an unused, unexpired token). The payload read before the update is returned; the row
 * keeps none.
 */
export async function consumeToken(tx: Tx, token: string, purpose: TokenPurpose, now: Date): Promise<TokenState> {
  const state = await inspectToken(tx, token, purpose, now);
  if (state.status !== "valid") return state;
  const { count } = await tx.oneTimeToken.updateMany({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now, payload: Prisma.DbNull },
  });
  return count === 1 ? state : { status: "used" };
}
