import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import type { Locale, UserRole } from "@/lib/db/generated/client";
import { auth } from "./auth";
import { isUuid } from "@/lib/http/ids";

export type SessionUser = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  locale: Locale;
};

/**
 * The signed-in user, or null. The session cookie alone is not enough: the account must still be
 * active and its session version unchanged since sign-in. Read once per request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => sessionUserFor(await auth()));

/** The user a session's claims stand for, if the account is active and the session still current. */
export async function sessionUserFor(claims: { uid?: string; sv?: number } | null): Promise<SessionUser | null> {
  if (!claims?.uid || typeof claims.sv !== "number" || !isUuid(claims.uid)) return null;
  const user = await getDb().user.findUnique({
    where: { id: claims.uid },
    select: { id: true, email: true, firstName: true, lastName: true, role: true, locale: true, status: true, sessionVersion: true },
  });
  if (!user || user.status !== "active" || user.sessionVersion !== claims.sv) return null;
  return { id: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName, role: user.role, locale: user.locale };
}

export const STAFF_ROLES: readonly UserRole[] = ["customer_service", "licensing_officer", "admin"];

export function isStaff(user: SessionUser): boolean {
  return STAFF_ROLES.includes(user.role);
}
