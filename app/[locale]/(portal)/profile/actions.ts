"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { redeemAccessCode } from "@/lib/access-codes/codes";
import { redeemAccessCodeSchema } from "@/lib/access-codes/schemas";
import { clientIp } from "@/lib/http/client-ip";
import { signIn, signOut } from "@/lib/auth/auth";
import { changePassword, endAllSessions, updateProfile } from "@/lib/accounts/profile";
import { changePasswordSchema, profileSchema } from "@/lib/accounts/schemas";
import { checkPassword } from "@/lib/accounts/password-policy";
import { bound, redirectAction, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import { formFailure } from "@/lib/forms/state";
import { limitPolicies } from "@/lib/rate-limit/policies";

export const updateProfileAction = stateAction({
  guard: "user",
  bound: [],
  schema: profileSchema,
  run: async ({ user, input }) => {
    await updateProfile(user, input);
    // The profile follows the language just chosen.
    redirect(withFlash(`/${input.locale}/profile`, { done: "saved" }));
  },
});

export const changePasswordAction = stateAction({
  guard: "user",
  bound: [],
  schema: changePasswordSchema,
  run: async ({ user, input, formData }) => {
    const problem = checkPassword(input.password, user);
    if (problem) return { status: "error", fieldErrors: { password: problem }, submittedAt: Date.now() };

    const result = await changePassword(user, input.currentPassword, input.password);
    if (!result.ok && result.reason === "locked")
      return formFailure("Validation.tooManyAttempts", formData, {
        minutes: limitPolicies.signInFailuresByAccount.blockSeconds / 60,
      });
    if (!result.ok) {
      return {
        status: "error",
        fieldErrors: { currentPassword: "ProfilePage.wrongCurrentPassword" },
        submittedAt: Date.now(),
      };
    }
    // Every session ended with the change; this one continues with a fresh sign-in.
    await signIn("credentials", {
      email: user.email,
      password: input.password,
      redirectTo: withFlash(`/${user.locale}/profile`, { done: "password-changed" }),
    });
    return { status: "success" };
  },
});

export const redeemAccessCodeAction = stateAction({
  guard: "user",
  bound: [],
  schema: redeemAccessCodeSchema,
  run: async ({ user, input, formData }) => {
    const result = await redeemAccessCode(user, input.accessCode, { ip: clientIp(await headers()) });
    if (!result.ok && result.reason === "locked") {
      return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(result.retryAfterSeconds / 60) });
    }
    if (!result.ok) {
      return {
        status: "error",
        fieldErrors: { accessCode: "ProfilePage.accessCodeNotAccepted" },
        values: { accessCode: input.accessCode },
        submittedAt: Date.now(),
      };
    }
    redirect(withFlash(`/${user.locale}/profile#access-codes`, { done: "linked" }));
  },
});

/** "Sign out everywhere": every session of the account ends (other devices at their next request), this one now. */
export const signOutEverywhereAction = redirectAction({
  guard: "user",
  // Open during maintenance: someone who fears their account is used elsewhere must be able to end it.
  duringMaintenance: "allow",
  bound: [bound.locale],
  schema: z.object({}),
  run: async ({ user, args: [locale] }) => {
    await endAllSessions(user.id, { ip: clientIp(await headers()) });
    // signOut ends in a redirect to sign-in.
    return signOut({ redirectTo: withFlash(`/${locale}/login`, { done: "signed-out-everywhere" }) });
  },
});
