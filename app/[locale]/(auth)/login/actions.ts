"use server";

import { z } from "zod";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/session";
import { signInSchema } from "@/lib/accounts/schemas";
import { limitPolicies } from "@/lib/rate-limit/policies";
import { bound, callAction, redirectAction, stateAction } from "@/lib/forms/action";
import { safeReturnPath } from "@/lib/auth/safe-redirect";
import { formFailure } from "@/lib/forms/state";

export const signInAction = stateAction({
  guard: "public",
  // Where to come back to: any value, made safe by safeReturnPath.
  bound: [bound.locale, bound.unchecked],
  schema: signInSchema,
  run: async ({ args: [locale, returnTo], input, formData }) => {
    try {
      // Success is a thrown redirect, which is rethrown below, never caught.
      await signIn("credentials", { ...input, redirectTo: safeReturnPath(returnTo, locale) });
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
  },
});

/**
 * Ends this browser's session (next-auth's signOut event closes its row) and clears the cookie; the
 * account's other sessions go on. "Sign out everywhere" is on the profile page.
 */
export const signOutAction = redirectAction({
  guard: "public",
  bound: [bound.locale],
  schema: z.object({}),
  run: async ({ args: [locale] }) => signOut({ redirectTo: `/${locale}/login?status=signed-out` }),
});

/**
 * "Stay signed in" from the inactivity warning: any request moves the session's lastSeenAt, this
 * one does nothing else, so the page stays as it is. Answers whether the session was still alive.
 */
export const staySignedInAction = callAction({
  guard: "public",
  bound: [],
  run: async () => (await getCurrentUser()) !== null,
});

/**
 * The inactivity timeout ran out in the browser (after saving any open application form): this
 * session ends and sign-in comes back to `returnTo` afterwards.
 */
export const signOutAfterInactivityAction = callAction({
  guard: "public",
  bound: [bound.locale, bound.unchecked],
  run: async ({ args: [locale, returnTo] }): Promise<void> => {
    const next = safeReturnPath(returnTo, locale);
    await signOut({ redirectTo: `/${locale}/login?status=timed-out&next=${encodeURIComponent(next)}` });
  },
});
