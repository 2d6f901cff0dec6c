import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverSoon } from "@/lib/mail/deliver";
import { checkLocked, consumeAttempt, firstRefusal, type LimitCheck } from "@/lib/rate-limit";
import type { AppLocale } from "@/lib/i18n/routing";
import { hashPassword, verifyPassword } from "./password-hash";
import { issueToken, consumeToken, inspectToken, type TokenState } from "./tokens";
import { portalUrl } from "./links";
import type { RegisterInput } from "./schemas";

/**
 * Registration never says whether an e-mail already has an account: a new or still-pending
 * e-mail gets an activation link (replacing any earlier pending registration); an active
 * account's owner gets a "someone tried to register" notice instead. The caller always shows the
 * same "check your e-mail" page.
 */
export async function register(input: RegisterInput, context: { ip: string; now?: Date }): Promise<LimitCheck> {
  const now = context.now ?? new Date();
  const limit = firstRefusal([
    await consumeAttempt("registrationByIp", context.ip),
    await consumeAttempt("registrationByAccount", input.email),
  ]);
  if (!limit.allowed) return limit;

  // Hashing happens for every request, so the time taken doesn't tell existing e-mails apart.
  const passwordHash = await hashPassword(input.password);
  try {
    await saveRegistration(input, passwordHash, now);
  } catch (error) {
    // Two registrations for the same new e-mail at once: the second becomes a replacement.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    await saveRegistration(input, passwordHash, now);
  }
  deliverSoon();
  return { allowed: true };
}

async function saveRegistration(input: RegisterInput, passwordHash: string, now: Date): Promise<void> {
  const details = {
    passwordHash,
    firstName: input.firstName,
    lastName: input.lastName,
    phone: input.phone,
    locale: input.locale,
    pendingAccessCode: input.accessCode ?? null,
  };
  await getDb().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    if (existing && existing.status !== "pending") {
      if (existing.status === "active") {
        await enqueueEmail(tx, {
          to: existing.email,
          locale: existing.locale,
          template: "alreadyRegistered",
          values: { name: existing.firstName, url: portalUrl(existing.locale, "/login") },
        });
      }
      return;
    }
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: details })
      : await tx.user.create({ data: { email: input.email, status: "pending", ...details } });
    const token = await issueToken(tx, user.id, "activation", now);
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: "activation",
      values: { name: user.firstName, url: portalUrl(user.locale, "/activate", { token }) },
    });
  });
}

export async function inspectActivationLink(token: string, now = new Date()): Promise<TokenState> {
  return inspectToken(getDb(), token, "activation", now);
}

export type ActivationResult =
  | { status: "activated"; locale: AppLocale; email: string; userId: string }
  | { status: "wrongPassword" }
  | { status: "locked"; retryAfterSeconds: number }
  | { status: "invalid" | "expired" | "used" };

/**
 * Activation asks for the password a second time: proof that the person holding the link is the
 * one who registered. A wrong password leaves the link usable.
 */
export async function activateAccount(token: string, password: string, now = new Date()): Promise<ActivationResult> {
  const db = getDb();
  const link = await inspectToken(db, token, "activation", now);
  if (link.status !== "valid") return link;
  const user = await db.user.findUnique({ where: { id: link.userId } });
  if (!user || user.status !== "pending") return { status: "invalid" };
  // Guessing the password through the activation page counts like guessing it at sign-in.
  const lock = await checkLocked("signInFailuresByAccount", user.email);
  if (!lock.allowed) return { status: "locked", retryAfterSeconds: lock.retryAfterSeconds };
  if (!(await verifyPassword(user.passwordHash, password))) {
    await consumeAttempt("signInFailuresByAccount", user.email);
    return { status: "wrongPassword" };
  }

  return db.$transaction(async (tx) => {
    const used = await consumeToken(tx, token, "activation", now);
    if (used.status !== "valid") return { status: used.status };
    await tx.user.update({ where: { id: user.id }, data: { status: "active", activatedAt: now } });
    return { status: "activated" as const, locale: user.locale, email: user.email, userId: user.id };
  });
}
