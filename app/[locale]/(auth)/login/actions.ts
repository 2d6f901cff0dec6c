"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { signInSchema } from "@/lib/accounts/schemas";
import { limitPolicies } from "@/lib/rate-limit/policies";
import { bound, stateAction } from "@/lib/forms/action";
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
        return formFailure("Validation.tooManyAttempts", formData, {
          minutes: limitPolicies.signInFailuresByAccount.blockSeconds / 60,
        });
      }
      if (reason === "maintenance") return formFailure("Validation.maintenance", formData);
      return formFailure("LoginPage.invalid", formData);
    }
  },
});
