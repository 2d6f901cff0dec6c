"use server";

import { redirect } from "next/navigation";
import { readFields } from "@/lib/applications/fields";
import { disclosureFields } from "@/lib/disclosures/form";
import { saveDisclosure } from "@/lib/disclosures/requests";
import type { AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

/**
 * No session here: the single-use link is the person's only credential, checked again on every
 * save. What they typed is kept even when incomplete, and the page shows what is missing.
 */
export async function saveDisclosureAction(locale: AppLocale, token: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const result = await saveDisclosure(token, readFields(disclosureFields, formData));
  const path = `/${locale}/disclosures/${encodeURIComponent(token)}`;
  if (result.ok && result.completed) redirect(`${path}?done=1`);
  redirect(result.ok ? `${path}?errors=1` : path);
}
