"use server";

import { redirect } from "next/navigation";
import { requireUserForAction } from "@/lib/auth/guards";
import { changeRequestSchema, createChangeRequest } from "@/lib/licences/change-requests";
import { formDataToObject, invalidForm, type FormState } from "@/lib/forms/state";
import type { AppLocale } from "@/lib/i18n/routing";

export async function createChangeRequestAction(locale: AppLocale, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUserForAction();
  const parsed = changeRequestSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const created = await createChangeRequest(user, parsed.data);
  // A licence the account cannot see is the same as no licence chosen.
  if (!created) return { status: "error", fieldErrors: { licenceId: "licenceRequired" }, submittedAt: Date.now() };
  redirect(`/${locale}/licences/${parsed.data.licenceId}?status=change-sent&reference=${created.reference}`);
}
