"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/accounts/schemas";
import { checkPassword } from "@/lib/accounts/password-policy";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { clientIp } from "@/lib/http/client-ip";
import { formDataToObject, formFailure, invalidForm, type FormState } from "@/lib/forms/state";
import type { AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

export async function forgotPasswordAction(locale: AppLocale, _previous: FormState, formData: FormData): Promise<FormState> {
  assertActionLocale(locale);
  const parsed = forgotPasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const limit = await requestPasswordReset(parsed.data.email, { ip: clientIp(await headers()) });
  if (!limit.allowed) {
    return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
  }
  redirect(`/${locale}/forgot-password/check-email`);
}

export async function resetPasswordAction(locale: AppLocale, _previous: FormState, formData: FormData): Promise<FormState> {
  assertActionLocale(locale);
  const parsed = resetPasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const problem = checkPassword(parsed.data.password);
  if (problem) return { status: "error", fieldErrors: { password: problem }, submittedAt: Date.now() };
  const result = await resetPassword(parsed.data.token, parsed.data.password);
  if (result.status === "valid") redirect(`/${locale}/login?status=password-reset`);
  redirect(`/${locale}/reset-password?token=${encodeURIComponent(parsed.data.token)}`);
}
