import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getConfig } from "@/lib/config";
import type { AppLocale } from "@/lib/i18n/routing";
import { signInPathFromReferer } from "./return-path";
import { getCurrentUser, isStaff, type SessionUser } from "./session";
import { can, type Permission } from "./permissions";

/** For pages: the signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requireUser(locale: AppLocale, returnPath: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/login?next=${encodeURIComponent(`/${locale}${returnPath}`)}`);
  return user;
}

/**
 * For server actions: an action is a public endpoint, so it checks the session itself. Without a
 * valid session (signed out, timed out, cookie gone while a form was open) the answer is the
 * sign-in page, which comes back to the page the form was on — never a 404 that loses the way.
 */
export async function requireUserForAction(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const request = await headers();
    redirect(signInPathFromReferer(request.get("referer"), ownOrigins(request)));
  }
  return user;
}

/** The portal's configured origin and the one this request was addressed to (the same behind no proxy). */
function ownOrigins(request: Headers): string[] {
  const configured = new URL(getConfig().appUrl);
  const host = request.get("host");
  const protocol = request.get("x-forwarded-proto")?.split(",")[0]?.trim() || configured.protocol.replace(":", "");
  return host ? [configured.origin, `${protocol}://${host}`] : [configured.origin];
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
