"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/session";
import { endAllSessions } from "@/lib/accounts/profile";
import { signInSchema } from "@/lib/accounts/schemas";
import { limitPolicies } from "@/lib/rate-limit/policies";
import { safeReturnPath } from "@/lib/forms/safe-redirect";
import { formDataToObject, formFailure, invalidForm, type FormState } from "@/lib/forms/state";
import type { AppLocale } from "@/lib/i18n/routing";

export async function signInAction(locale: AppLocale, returnTo: string | undefined, _previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  try {
    // Success is a thrown redirect, which must not be caught here.
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(returnTo, locale) });
    return { status: "success" };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const reason = error instanceof CredentialsSignin ? error.code : "invalid";
    if (reason === "locked") {
      return formFailure("Validation.tooManyAttempts", formData, { minutes: limitPolicies.signInFailuresByAccount.blockSeconds / 60 });
    }
    if (reason === "maintenance") return formFailure("Validation.maintenance", formData);
    return formFailure("LoginPage.invalid", formData);
  }
}

/** Ends every session of the account (session version), then clears this browser's cookie. */
export async function signOutAction(locale: AppLocale): Promise<void> {
  const user = await getCurrentUser();
  if (user) await endAllSessions(user.id);
  await signOut({ redirectTo: `/${locale}/login?status=signed-out` });
}
