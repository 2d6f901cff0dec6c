import "server-only";
import { cache } from "react";
import type { UserRole } from "@/lib/db/generated/client";
import { auth } from "./auth";
import { currentSessionFor, type CurrentSession, type SessionClaims, type SessionUser } from "./user-sessions";

export type { SessionUser } from "./user-sessions";

/**
 * This browser's session, or null. The session cookie alone is not enough: the account must still
 * be active, its session version unchanged since sign-in, and this browser's session row neither
 * ended nor idle too long (lib/auth/user-sessions.ts). Read once per request.
 */
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => currentSessionFor(await auth()));

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
