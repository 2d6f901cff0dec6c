import "server-only";
import { getDb } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverSoon } from "@/lib/mail/deliver";
import type { SessionUser } from "@/lib/auth/session";
import { guardedGuess } from "@/lib/rate-limit";
import { securityLog } from "@/lib/security/log";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import type { Result } from "@/lib/result";
import { portalUrl } from "@/lib/http/portal-url";

/** What "My profile" shows: the acting user's own record, nothing else. */
export function getProfile(actor: SessionUser) {
  return getDb().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, firstName: true, lastName: true, phone: true, dateOfBirth: true, locale: true },
  });
}

export type ProfileUpdate = { phone: string; dateOfBirth: Date | null; locale: "fr" | "en" };

/** Only phone, date of birth and language can change; name and e-mail never come from the form. */
export async function updateProfile(actor: SessionUser, update: ProfileUpdate): Promise<void> {
  await getDb().user.update({
    where: { id: actor.id },
    data: { phone: update.phone, dateOfBirth: update.dateOfBirth, locale: update.locale },
  });
}

/**
 * Changes the password after checking the current one, ends every session (the caller signs this
 * one in again) and tells the owner by e-mail.
 */
export async function changePassword(
  actor: SessionUser,
  currentPassword: string,
  newPassword: string,
): Promise<Result<object, "wrongCurrentPassword" | "locked">> {
  const db = getDb();
  // A stolen session must not become a way to guess the password: each try counts like a sign-in.
  const guess = await guardedGuess([["signInFailuresByAccount", actor.email]], async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
    return verifyPassword(user.passwordHash, currentPassword);
  });
  if (guess.outcome !== "right") {
    securityLog({
      event: "password.change_failed",
      account: actor.id,
      outcome: guess.outcome === "locked" ? "locked" : "refused",
    });
    return { ok: false, reason: guess.outcome === "locked" ? "locked" : "wrongCurrentPassword" };
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await enqueueEmail(tx, {
      to: updated.email,
      locale: updated.locale,
      template: "passwordChanged",
      values: { name: updated.firstName, url: portalUrl(updated.locale, "/login") },
    });
  });
  deliverSoon();
  return { ok: true };
}

/**
 * "Sign out everywhere": every session of the account ends, on every device — through the session
 * version (checked on every request) and by closing each session row. A plain sign-out ends only
 * the browser's own session (lib/auth/user-sessions.ts).
 */
export async function endAllSessions(userId: string, context: { ip?: string | null } = {}): Promise<void> {
  const now = new Date();
  await getDb().$transaction([
    getDb().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
    getDb().userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now } }),
  ]);
  securityLog({ event: "session.ended_everywhere", account: userId, ip: context.ip ?? null, outcome: "allowed" });
}
