"use server";

import { redirect } from "next/navigation";
import { requireUserForAction } from "@/lib/auth/guards";
import { changeRequestSchema, createChangeRequest } from "@/lib/licences/change-requests";
import { formDataToObject, formFailure, invalidForm, type FormState } from "@/lib/forms/state";
import { consumeAttempt } from "@/lib/rate-limit";
import type { AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

export async function createChangeRequestAction(locale: AppLocale, _previous: FormState, formData: FormData): Promise<FormState> {
  assertActionLocale(locale);
  const user = await requireUserForAction();
  const parsed = changeRequestSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const limit = await consumeAttempt("messagesToStaffByAccount", user.id);
  if (!limit.allowed) return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
  const created = await createChangeRequest(user, parsed.data);
  // A licence the account cannot see is the same as no licence chosen.
  if (!created) return { status: "error", fieldErrors: { licenceId: "licenceRequired" }, submittedAt: Date.now() };
  redirect(`/${locale}/licences/${parsed.data.licenceId}?status=change-sent&reference=${created.reference}`);
}
