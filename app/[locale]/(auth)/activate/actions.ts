"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { redeemPendingAccessCode } from "@/lib/access-codes/codes";
import { clientIp } from "@/lib/http/client-ip";
import { activateSchema } from "@/lib/accounts/schemas";
import { activateAccount } from "@/lib/accounts/registration";
import { bound, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import { formFailure } from "@/lib/forms/state";

export const activateAction = stateAction({
  guard: "public",
  bound: [bound.locale],
  schema: activateSchema,
  run: async ({ args: [locale], input, formData }) => {
    const result = await activateAccount(input.token, input.password);
    if (result.ok) {
      const linked = result.pendingAccessCodeHash
        ? await redeemPendingAccessCode(result.userId, result.pendingAccessCodeHash, { ip: clientIp(await headers()) })
        : null;
      redirect(withFlash(`/${result.locale}/login`, { done: linked?.ok ? "activated-linked" : "activated" }));
    }
    switch (result.reason) {
      case "wrongPassword":
        return { status: "error", fieldErrors: { password: "ActivatePage.wrongPassword" }, submittedAt: Date.now() };
      case "locked":
        return formFailure("Validation.tooManyAttempts", formData, {
          minutes: Math.ceil(result.retryAfterSeconds / 60),
        });
      default:
        // The link went bad while the page was open: show its page again, which explains why.
        redirect(`/${locale}/activate?token=${encodeURIComponent(input.token)}`);
    }
  },
});
