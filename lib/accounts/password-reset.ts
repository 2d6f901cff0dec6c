import "server-only";
import { getDb } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverSoon } from "@/lib/mail/deliver";
import { consumeAttempt, firstRefusal, resetAttempts, type LimitCheck } from "@/lib/rate-limit";
import { hashPassword } from "@/lib/auth/password-hash";
import { consumeToken, inspectToken, issueToken, type TokenState } from "./tokens";
import { portalUrl } from "@/lib/http/portal-url";
import { normalizeEmail } from "@/lib/auth/normalize-email";
import { securityLog } from "@/lib/security/log";

/**
 * "Forgot your password?": the same answer whether or not the e-mail has an account. Only an
 * active account gets the link; a newer link voids the older ones.
 */
export async function requestPasswordReset(
  emailInput: string,
  context: { ip: string; now?: Date },
): Promise<LimitCheck> {
  const now = context.now ?? new Date();
  const email = normalizeEmail(emailInput);
  const limit = firstRefusal([
    await consumeAttempt("passwordResetByIp", context.ip),
    await consumeAttempt("passwordResetByAccount", email),
  ]);
  if (!limit.allowed) {
    securityLog({ event: "password_reset.requested", ip: context.ip, outcome: "locked" });
    return limit;
  }

  await getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email } });
    securityLog({
      event: "password_reset.requested",
      account: user?.id ?? null,
      ip: context.ip,
      outcome: user?.status === "active" ? "allowed" : "refused",
    });
    if (!user || user.status !== "active") return;
    const token = await issueToken(tx, user.id, "password_reset", now);
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: "passwordReset",
      values: { name: user.firstName, url: portalUrl(user.locale, "/reset-password", { token }) },
    });
  });
  deliverSoon();
  return { allowed: true };
}

export function inspectResetLink(token: string, now = new Date()): Promise<TokenState> {
  return inspectToken(getDb(), token, "password_reset", now);
}

/**
 * Sets the new password from a reset link, ends every session of the account (session version)
 * and tells the owner by e-mail. The link works once.
 */
export async function resetPassword(token: string, password: string, now = new Date()): Promise<TokenState> {
  const passwordHash = await hashPassword(password);
  const result = await getDb().$transaction(async (tx) => {
    const used = await consumeToken(tx, token, "password_reset", now);
    if (used.status !== "valid") return used;
    const user = await tx.user.update({
      where: { id: used.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await tx.oneTimeToken.updateMany({
      where: { userId: user.id, purpose: "password_reset", usedAt: null },
      data: { usedAt: now },
    });
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: "passwordChanged",
      values: { name: user.firstName, url: portalUrl(user.locale, "/login") },
    });
    return { ...used, email: user.email };
  });
  deliverSoon();
  securityLog({
    event: "password_reset.completed",
    account: result.status === "valid" ? result.userId : null,
    outcome: result.status === "valid" ? "allowed" : "refused",
    detail: result.status,
  });
  // Whoever reset the password owns the mailbox: earlier failed sign-ins no longer count.
  if (result.status === "valid" && "email" in result) await resetAttempts("signInFailuresByAccount", result.email);
  return result;
}
