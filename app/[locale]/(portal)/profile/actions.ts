"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { redeemAccessCode } from "@/lib/access-codes/codes";
import { clientIp } from "@/lib/http/client-ip";
import { requireUserForAction } from "@/lib/auth/guards";
import { signIn, signOut } from "@/lib/auth/auth";
import { changePassword, endAllSessions, updateProfile } from "@/lib/accounts/profile";
import { changePasswordSchema, profileSchema } from "@/lib/accounts/schemas";
import { checkPassword } from "@/lib/accounts/password-policy";
import { formDataToObject, formFailure, invalidForm, type FormState } from "@/lib/forms/state";
import { limitPolicies } from "@/lib/rate-limit/policies";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUserForAction();
  const parsed = profileSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  await updateProfile(user, parsed.data);
  // The profile follows the language just chosen.
  redirect(`/${parsed.data.locale}/profile?status=saved`);
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUserForAction();
  const parsed = changePasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const problem = checkPassword(parsed.data.password, user);
  if (problem) return { status: "error", fieldErrors: { password: problem }, submittedAt: Date.now() };

  const result = await changePassword(user, parsed.data.currentPassword, parsed.data.password);
  if (result === "locked") return formFailure("Validation.tooManyAttempts", formData, { minutes: limitPolicies.signInFailuresByAccount.blockSeconds / 60 });
  if (result === "wrongCurrentPassword") {
    return { status: "error", fieldErrors: { currentPassword: "ProfilePage.wrongCurrentPassword" }, submittedAt: Date.now() };
  }
  // Every session ended with the change; this one continues with a fresh sign-in.
  await signIn("credentials", { email: user.email, password: parsed.data.password, redirectTo: `/${user.locale}/profile?status=password-changed` });
  return { status: "success" };
}

export async function redeemAccessCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUserForAction();
  const typed = formData.get("accessCode");
  if (typeof typed !== "string" || !typed.trim()) {
    return { status: "error", fieldErrors: { accessCode: "accessCodeRequired" }, submittedAt: Date.now() };
  }
  const result = await redeemAccessCode(user, typed.slice(0, 100), { ip: clientIp(await headers()) });
  if (result.status === "locked") {
    return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(result.retryAfterSeconds / 60) });
  }
  if (result.status === "invalid") {
    return { status: "error", fieldErrors: { accessCode: "ProfilePage.accessCodeNotAccepted" }, values: { accessCode: typed.slice(0, 100) }, submittedAt: Date.now() };
  }
  redirect(`/${user.locale}/profile?status=linked#access-codes`);
}

/** "Sign out everywhere": every session of the account ends (other devices at their next request), this one now. */
export async function signOutEverywhereAction(locale: AppLocale): Promise<void> {
  assertActionLocale(locale);
  const user = await requireUserForAction();
  await endAllSessions(user.id, { ip: clientIp(await headers()) });
  await signOut({ redirectTo: `/${isAppLocale(locale) ? locale : user.locale}/login?status=signed-out-everywhere` });
}
