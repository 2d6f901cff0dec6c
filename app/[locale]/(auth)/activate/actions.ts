"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { redeemPendingAccessCode } from "@/lib/access-codes/codes";
import { clientIp } from "@/lib/http/client-ip";
import { activateSchema } from "@/lib/accounts/schemas";
import { activateAccount } from "@/lib/accounts/registration";
import { formDataToObject, formFailure, invalidForm, type FormState } from "@/lib/forms/state";
import type { AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

export async function activateAction(locale: AppLocale, _previous: FormState, formData: FormData): Promise<FormState> {
  assertActionLocale(locale);
  const parsed = activateSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const result = await activateAccount(parsed.data.token, parsed.data.password);
  switch (result.status) {
    case "activated": {
      const linked = result.pendingAccessCodeHash ? await redeemPendingAccessCode(result.userId, result.pendingAccessCodeHash, { ip: clientIp(await headers()) }) : null;
      redirect(`/${result.locale}/login?status=${linked?.status === "linked" ? "activated-linked" : "activated"}`);
    }
    case "wrongPassword":
      return { status: "error", fieldErrors: { password: "ActivatePage.wrongPassword" }, submittedAt: Date.now() };
    case "locked":
      return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(result.retryAfterSeconds / 60) });
    default:
      // The link went bad while the page was open: show its page again, which explains why.
      redirect(`/${locale}/activate?token=${encodeURIComponent(parsed.data.token)}`);
  }
}
