"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { registerSchema } from "@/lib/accounts/schemas";
import { checkPassword } from "@/lib/accounts/password-policy";
import { register } from "@/lib/accounts/registration";
import { verifyHumanCheck } from "@/lib/human-check";
import { clientIp } from "@/lib/http/client-ip";
import { formDataToObject, formFailure, invalidForm, echoValues, type FormState } from "@/lib/forms/state";
import type { AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

export async function registerAction(locale: AppLocale, _previous: FormState, formData: FormData): Promise<FormState> {
  assertActionLocale(locale);
  const parsed = registerSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const input = parsed.data;

  const passwordProblem = checkPassword(input.password, input);
  if (passwordProblem) return fieldFailure("password", passwordProblem, formData);

  // Checked last: a proof is good once, so it is not spent on a form that had other errors.
  if (!(await verifyHumanCheck(formData))) {
    revalidatePath(`/${locale}/register`);
    return fieldFailure("humanCheck", "humanCheckFailed", formData);
  }

  const limit = await register(input, { ip: clientIp(await headers()) });
  if (!limit.allowed) {
    return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
  }
  redirect(`/${locale}/register/check-email`);
}

function fieldFailure(field: string, message: string, formData: FormData): FormState {
  return { status: "error", fieldErrors: { [field]: message }, values: echoValues(formData), submittedAt: Date.now() };
}
