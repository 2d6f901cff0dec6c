"use server";

import { redirect } from "next/navigation";
import { requireUserForAction } from "@/lib/auth/guards";
import { startRenewal } from "@/lib/applications/renewal";
import type { AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

/** "Start the renewal": the window and the one-renewal rule are checked in lib/applications/renewal. */
export async function startRenewalAction(locale: AppLocale, licenceId: string): Promise<void> {
  assertActionLocale(locale);
  const user = await requireUserForAction();
  const started = await startRenewal(user, licenceId);
  redirect(started.ok ? `/${locale}/applications/${started.id}` : `/${locale}/licences/${licenceId}/renew?refused=${started.reason}`);
}
