"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { signInSchema } from "@/lib/accounts/schemas";
import { limitPolicies } from "@/lib/rate-limit/policies";
import { bound, stateAction } from "@/lib/forms/action";
import { safeReturnPath } from "@/lib/auth/safe-redirect";
import { formFailure } from "@/lib/forms/state";
import { maintenanceFormState } from "@/lib/forms/maintenance";
import { maintenanceUnderWay } from "@/lib/maintenance/schedule";

export const signInAction = stateAction({
  guard: "public",
  // Open during maintenance: authenticate refuses applicants then and lets staff in, who keep working.
  duringMaintenance: "allow",
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
      if (reason === "maintenance") {
        const period = await maintenanceUnderWay();
        // Over between the two checks: nothing happened, the user simply tries again.
        if (!period) return formFailure("Validation.unexpected", formData);
        return maintenanceFormState(formData, period, locale, "Validation.maintenanceSignIn");
      }
      return formFailure("LoginPage.invalid", formData);
    }
  },
});
