"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/session";
import { signInSchema } from "@/lib/accounts/schemas";
import { limitPolicies } from "@/lib/rate-limit/policies";
import { safeReturnPath } from "@/lib/forms/safe-redirect";
import { formDataToObject, formFailure, invalidForm, type FormState } from "@/lib/forms/state";
import type { AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

export async function signInAction(locale: AppLocale, returnTo: string | undefined, _previous: FormState, formData: FormData): Promise<FormState> {
  assertActionLocale(locale);
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

/**
 * Ends this browser's session (next-auth's signOut event closes its row) and clears the cookie; the
 * account's other sessions go on. "Sign out everywhere" is on the profile page.
 */
export async function signOutAction(locale: AppLocale): Promise<void> {
  assertActionLocale(locale);
  await signOut({ redirectTo: `/${locale}/login?status=signed-out` });
}

/**
 * "Stay signed in" from the inactivity warning: any request moves the session's lastSeenAt, this
 * one does nothing else, so the page stays as it is. Answers whether the session was still alive.
 */
export async function staySignedInAction(): Promise<boolean> {
  return (await getCurrentUser()) !== null;
}

/**
 * The inactivity timeout ran out in the browser (after saving any open application form): this
 * session ends and sign-in comes back to `returnTo` afterwards.
 */
export async function signOutAfterInactivityAction(locale: AppLocale, returnTo: unknown): Promise<void> {
  assertActionLocale(locale);
  const next = safeReturnPath(returnTo, locale);
  await signOut({ redirectTo: `/${locale}/login?status=timed-out&next=${encodeURIComponent(next)}` });
}
