import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { getApplication, type ApplicationView } from "@/lib/applications/queries";
import { resolveLocale } from "@/lib/i18n/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { SessionUser } from "@/lib/auth/session";

/**
 * Every application page starts here: the signed-in user's own application, or a 404 — staff read
 * files from the back office, and another applicant's id does not exist.
 */
export async function loadOwnApplication(
  params: Promise<{ locale: string; id: string }>,
  subPath = "",
): Promise<{ locale: AppLocale; user: SessionUser; application: ApplicationView }> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requireUser(locale, `/applications/${id}${subPath}`);
  const application = await getApplication(user, id);
  if (!application || application.userId !== user.id) notFound();
  return { locale, user, application };
}
