"use server";

import { notFound, redirect } from "next/navigation";
import { bound, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import { formFailure } from "@/lib/forms/state";
import { echoValues } from "@/lib/forms/state";
import { consumeAttempt } from "@/lib/rate-limit";
import { surrenderRequestSchema } from "@/lib/licences/surrender-schema";
import { requestSurrender } from "@/lib/licences/surrender";

/** "Surrender this licence": the holder's request, handled by a licensing officer. */
export const requestSurrenderAction = stateAction({
  guard: "user",
  bound: [bound.locale, bound.id],
  schema: surrenderRequestSchema(),
  run: async ({ user, args: [locale, licenceId], input, formData }) => {
    const limit = await consumeAttempt("messagesToStaffByAccount", user.id);
    if (!limit.allowed)
      return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
    const requested = await requestSurrender(user, licenceId, input);
    if (!requested.ok && requested.reason === "notFound") notFound();
    if (!requested.ok && (requested.reason === "afterExpiry" || requested.reason === "datePast"))
      return {
        status: "error",
        fieldErrors: { effectiveOn: `SurrenderPage.errors.${requested.reason}` },
        values: echoValues(formData),
        submittedAt: Date.now(),
      };
    if (!requested.ok) return formFailure(`SurrenderPage.errors.${requested.reason}`, formData);
    redirect(
      withFlash(`/${locale}/licences/${licenceId}`, { done: "surrender-sent" }, { reference: requested.reference }),
    );
  },
});
