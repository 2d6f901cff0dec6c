"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/accounts/schemas";
import { checkPassword } from "@/lib/accounts/password-policy";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { clientIp } from "@/lib/http/client-ip";
import { bound, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import { formFailure } from "@/lib/forms/state";

export const forgotPasswordAction = stateAction({
  guard: "public",
  bound: [bound.locale],
  schema: forgotPasswordSchema,
  run: async ({ args: [locale], input, formData }) => {
    const limit = await requestPasswordReset(input.email, { ip: clientIp(await headers()) });
    if (!limit.allowed) {
      return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
    }
    redirect(`/${locale}/forgot-password/check-email`);
  },
});

export const resetPasswordAction = stateAction({
  guard: "public",
  bound: [bound.locale],
  schema: resetPasswordSchema,
  run: async ({ args: [locale], input }) => {
    const problem = checkPassword(input.password);
    if (problem) return { status: "error", fieldErrors: { password: problem }, submittedAt: Date.now() };
    const result = await resetPassword(input.token, input.password);
    if (result.status === "valid") redirect(withFlash(`/${locale}/login`, { done: "password-reset" }));
    redirect(`/${locale}/reset-password?token=${encodeURIComponent(input.token)}`);
  },
});
