import "server-only";
import { notFound, redirect } from "next/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { getCurrentUser, isStaff, type SessionUser } from "./session";
import { can, type Permission } from "./permissions";

/** For pages: the signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requireUser(locale: AppLocale, returnPath: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/login?next=${encodeURIComponent(`/${locale}${returnPath}`)}`);
  return user;
}

/** For server actions: an action is a public endpoint, so it checks the session itself. */
export async function requireUserForAction(): Promise<SessionUser> {
  const user = await getCurrentUser();
  // Not "forbidden with details": an action without a valid session simply does not exist.
  if (!user) notFound();
  return user;
}

/** For staff pages and actions: applicants and visitors get a 404, never a hint that it exists. */
export async function requireStaff(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user || !isStaff(user)) notFound();
  return user;
}

/**
 * For staff pages and actions that need one permission: anyone without it — applicant, visitor or
 * another staff role — gets a 404.
 */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user || !can(user.role, permission)) notFound();
  return user;
}
