import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import { getConfig } from "@/lib/config";
import type { UserRole } from "@/lib/db/generated/client";
import { usesSecureCookies } from "./auth";
import { currentSessionFor, type CurrentSession, type SessionClaims, type SessionUser } from "./user-sessions";

export type { SessionUser } from "./user-sessions";

/**
 * This browser's session, or null. The session cookie alone is not enough: the account must still
 * be active, its session version unchanged since sign-in, and this browser's session row neither
 * ended nor idle too long (lib/auth/user-sessions.ts). Read once per request.
 */
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> =>
  currentSessionFor(await sessionCookieClaims()),
);

/**
 * The claims of this request's session cookie, decrypted by next-auth, or null. next-auth's
 * `auth()` would also run the jwt callback (the same check, once more) and encrypt a fresh token
 * that a page cannot set anyway: twice the work on every page for nothing. The session's
 * lifetime is the database row's (8 hours from sign-in at most), not the cookie's. Only the
 * cookie counts: a token in an Authorization header, which getToken would otherwise accept, is
 * not a browser's session.
 */
async function sessionCookieClaims(): Promise<SessionClaims | null> {
  const cookie = (await headers()).get("cookie");
  if (!cookie) return null;
  const config = getConfig();
  const read = {
    req: { headers: { cookie } },
    secret: config.authSecret,
    secureCookie: usesSecureCookies(config.appUrl),
  };
  // The cookie as sent (whole, or joined from its chunks) keys the memo; only a new one is decrypted.
  const token = await getToken({ ...read, raw: true });
  if (!token) return null;
  const known = decryptedCookies.get(token);
  if (known) return Date.now() < known.expiresAt ? known.claims : null;
  const claims = await getToken(read);
  if (claims && typeof claims.exp === "number") remember(token, { claims, expiresAt: claims.exp * 1000 });
  return claims;
}

/**
 * Session cookies this process has already decrypted and verified, until they expire: a browser
 * sends the same cookie with every page, and decrypting it took about a twentieth of a page's
 * server time. Keyed by the whole encrypted cookie, so a changed byte is decrypted (and refused)
 * afresh; the claims still go through the database check on every request.
 */
const decryptedCookies = new Map<string, { claims: SessionClaims; expiresAt: number }>();
const DECRYPTED_COOKIES_LIMIT = 5000;

function remember(token: string, entry: { claims: SessionClaims; expiresAt: number }): void {
  // The oldest goes first: a Map keeps its keys in the order they came.
  const oldest = decryptedCookies.size >= DECRYPTED_COOKIES_LIMIT ? decryptedCookies.keys().next() : null;
  if (oldest && !oldest.done) decryptedCookies.delete(oldest.value);
  decryptedCookies.set(token, entry);
}

/** The signed-in user, or null (see getCurrentSession). */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => (await getCurrentSession())?.user ?? null);

/** The user a session's claims stand for, if the account is active and the session still current. */
export async function sessionUserFor(
  claims: SessionClaims | null,
  now: Date = new Date(),
): Promise<SessionUser | null> {
  return (await currentSessionFor(claims, now))?.user ?? null;
}

export const STAFF_ROLES: readonly UserRole[] = ["customer_service", "licensing_officer", "admin"];

export function isStaff(user: SessionUser): boolean {
  return STAFF_ROLES.includes(user.role);
}
