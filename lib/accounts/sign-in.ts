import "server-only";
import { getDb } from "@/lib/db/client";
import { checkLocked, consumeAttempt, firstRefusal, resetAttempts } from "@/lib/rate-limit";
import { isInMaintenanceWindow } from "@/lib/maintenance/window";
import { hashPassword, verifyPassword } from "./password-hash";
import { normalizeEmail } from "./normalize";

export type SignInRefusal = "invalid" | "locked" | "maintenance";
export type AuthenticatedUser = { id: string; sessionVersion: number };

/** Verified against when the e-mail is unknown, so every failure takes about as long. */
let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-never-matches-0");
  return decoyHash;
}

/**
 * Checks an e-mail and password. Every failure — unknown e-mail, wrong password, account not yet
 * activated or disabled — is the same "invalid" answer. A locked account or IP is refused before
 * the password is looked at, so the right password doesn't get through a lockout.
 */
export async function authenticate(
  emailInput: string,
  password: string,
  context: { ip: string; now?: Date },
): Promise<{ ok: true; user: AuthenticatedUser } | { ok: false; reason: SignInRefusal }> {
  const now = context.now ?? new Date();
  if (isInMaintenanceWindow(now)) return { ok: false, reason: "maintenance" };
  const email = normalizeEmail(emailInput);

  const lock = firstRefusal([
    await checkLocked("signInFailuresByAccount", email),
    await checkLocked("signInFailuresByIp", context.ip),
  ]);
  if (!lock.allowed) return { ok: false, reason: "locked" };

  const user = await getDb().user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, status: true, sessionVersion: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoy()), password);
  if (!user || !passwordMatches || user.status !== "active") {
    await consumeAttempt("signInFailuresByAccount", email);
    await consumeAttempt("signInFailuresByIp", context.ip);
    return { ok: false, reason: "invalid" };
  }
  await resetAttempts("signInFailuresByAccount", email);
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}
