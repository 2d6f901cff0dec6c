import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverSoon } from "@/lib/mail/deliver";
import { consumeAttempt, firstRefusal, guardedGuess, type LimitCheck } from "@/lib/rate-limit";
import type { AppLocale } from "@/lib/i18n/routing";
import { hashAccessCode } from "@/lib/access-codes/codes";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { issueToken, consumeToken, inspectToken, type TokenState } from "./tokens";
import { portalUrl } from "@/lib/http/portal-url";
import type { Ok, Refused } from "@/lib/result";
import type { RegisterInput } from "./schemas";

/**
 * Registration never says whether an e-mail already has an account: a new or still-pending
 * e-mail gets an activation link; an active account's owner gets a "someone tried to register"
 * notice instead. The caller always shows the same "check your e-mail" page.
 *
 * The link carries the registration it confirms (password hash, names, phone, language, and the
 * access code typed, as its HMAC only). Registering again for a pending e-mail changes nothing on
 * the account: it sends a new link with the new details, which voids the older link, and the
 * account takes the details of whichever link is used.
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
  const registration: RegistrationDetails = {
    passwordHash,
    firstName: input.firstName,
    lastName: input.lastName,
    phone: input.phone,
    locale: input.locale,
    accessCodeHash: input.accessCode ? hashAccessCode(input.accessCode) : null,
  };
  try {
    await saveRegistration(input.email, registration, now);
  } catch (error) {
    // Two registrations for the same new e-mail at once: the second finds the first's pending account.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    await saveRegistration(input.email, registration, now);
  }
  deliverSoon();
  return { allowed: true };
}

/** What an activation link carries, checked again when it is used. */
const registrationDetails = z.object({
  passwordHash: z.string().min(1),
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  phone: z.string().nullable(),
  locale: z.enum(["fr", "en"]),
  accessCodeHash: z.string().nullable(),
});
type RegistrationDetails = z.infer<typeof registrationDetails>;

async function saveRegistration(email: string, registration: RegistrationDetails, now: Date): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
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
    // A new e-mail gets its pending account with these details; a pending one is left as it is.
    const { passwordHash, firstName, lastName, phone, locale } = registration;
    const user =
      existing ??
      (await tx.user.create({ data: { email, status: "pending", passwordHash, firstName, lastName, phone, locale } }));
    const token = await issueToken(tx, user.id, "activation", now, registration);
    await enqueueEmail(tx, {
      to: user.email,
      locale: registration.locale,
      template: "activation",
      values: { name: registration.firstName, url: portalUrl(registration.locale, "/activate", { token }) },
    });
  });
}

/** Whether a link can still be used (to decide which page to show); what it carries stays here. */
export async function inspectActivationLink(
  token: string,
  now = new Date(),
): Promise<{ status: TokenState["status"] }> {
  const link = await inspectToken(getDb(), token, "activation", now);
  return { status: link.status };
}

export type ActivationResult =
  | Ok<{ locale: AppLocale; email: string; userId: string; pendingAccessCodeHash: string | null }>
  | Refused<"wrongPassword" | "invalid" | "expired" | "used">
  | Refused<"locked", { retryAfterSeconds: number }>;

/**
 * Activation asks for the password a second time — the one registered with this link: proof that
 * the person holding the link is the one who registered. A wrong password leaves the link usable.
 * The account then takes the link's details; the access code typed at registration, if any, is
 * returned (as its hash) for the caller to redeem.
 */
export async function activateAccount(token: string, password: string, now = new Date()): Promise<ActivationResult> {
  const db = getDb();
  const link = await inspectToken(db, token, "activation", now);
  if (link.status !== "valid") return { ok: false, reason: link.status };
  const details = registrationDetails.safeParse(link.payload);
  // A link without its registration (sent before links carried one) cannot say what to apply.
  if (!details.success) return { ok: false, reason: "invalid" };
  const registration = details.data;
  const user = await db.user.findUnique({
    where: { id: link.userId },
    select: { id: true, email: true, status: true },
  });
  if (!user || user.status !== "pending") return { ok: false, reason: "invalid" };
  // Guessing the password through the activation page counts like guessing it at sign-in. The
  // attempt is counted before the password is checked, so guesses sent in parallel are each
  // counted; a right password gets its attempt back.
  const guess = await guardedGuess([["signInFailuresByAccount", user.email]], () =>
    verifyPassword(registration.passwordHash, password),
  );
  if (guess.outcome === "locked") return { ok: false, reason: "locked", retryAfterSeconds: guess.retryAfterSeconds };
  if (guess.outcome === "wrong") return { ok: false, reason: "wrongPassword" };

  return db.$transaction(async (tx): Promise<ActivationResult> => {
    const used = await consumeToken(tx, token, "activation", now);
    if (used.status !== "valid") return { ok: false, reason: used.status };
    const { count } = await tx.user.updateMany({
      where: { id: user.id, status: "pending" },
      data: {
        status: "active",
        activatedAt: now,
        passwordHash: registration.passwordHash,
        firstName: registration.firstName,
        lastName: registration.lastName,
        phone: registration.phone,
        locale: registration.locale,
      },
    });
    if (count === 0) return { ok: false, reason: "invalid" };
    return {
      ok: true,
      locale: registration.locale,
      email: user.email,
      userId: user.id,
      pendingAccessCodeHash: registration.accessCodeHash,
    };
  });
}
