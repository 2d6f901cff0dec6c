import "server-only";
import { getDb } from "@/lib/db/client";
import { guardedGuess, resetAttempts } from "@/lib/rate-limit";
import { securityLog } from "@/lib/security/log";
import { maintenanceUnderWay } from "@/lib/maintenance/schedule";
import { hashPassword, verifyPassword } from "./password-hash";
import { normalizeEmail } from "./normalize-email";

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
 * activated or disabled — is the same "invalid" answer. Each try is counted against the account
 * and the IP before the password is looked at (and given back when it is right), so parallel
 * guesses cannot outrun the lockout and a locked account refuses the right password too.
 *
 * During maintenance only staff get in (the back office keeps working, and an administrator can
 * end a window early); every other answer but a lockout is "maintenance", a wrong password
 * included, so the answer never tells a staff account from an applicant's.
 */
export async function authenticate(
  emailInput: string,
  password: string,
  context: { ip: string; now?: Date },
): Promise<{ ok: true; user: AuthenticatedUser } | { ok: false; reason: SignInRefusal }> {
  const now = context.now ?? new Date();
  const underMaintenance = (await maintenanceUnderWay(now)) !== null;
  const email = normalizeEmail(emailInput);

  let user: { id: string; sessionVersion: number; isStaff: boolean } | null = null;
  let accountId: string | null = null;
  const guess = await guardedGuess(
    [
      ["signInFailuresByAccount", email],
      ["signInFailuresByIp", context.ip],
    ],
    async () => {
      const found = await getDb().user.findUnique({
        where: { email },
        select: { id: true, passwordHash: true, status: true, sessionVersion: true, role: true },
      });
      accountId = found?.id ?? null;
      const passwordMatches = await verifyPassword(found?.passwordHash ?? (await decoy()), password);
      if (!found || !passwordMatches || found.status !== "active") return false;
      user = { id: found.id, sessionVersion: found.sessionVersion, isStaff: found.role !== "applicant" };
      return true;
    },
  );
  if (guess.outcome === "locked") {
    securityLog({ event: "sign_in.locked", ip: context.ip, outcome: "locked" });
    return { ok: false, reason: "locked" };
  }
  if (guess.outcome === "wrong" || !user) {
    securityLog({ event: "sign_in.failed", account: accountId, ip: context.ip, outcome: "refused" });
    return { ok: false, reason: underMaintenance ? "maintenance" : "invalid" };
  }
  const signedIn: { id: string; sessionVersion: number; isStaff: boolean } = user;
  if (underMaintenance && !signedIn.isStaff) return { ok: false, reason: "maintenance" };
  // The right password: earlier failures on the account no longer count.
  await resetAttempts("signInFailuresByAccount", email);
  return { ok: true, user: { id: signedIn.id, sessionVersion: signedIn.sessionVersion } };
}
