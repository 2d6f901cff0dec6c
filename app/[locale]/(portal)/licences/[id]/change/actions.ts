"use server";

import { redirect } from "next/navigation";
import { changeRequestSchema, createChangeRequest } from "@/lib/licences/change-requests";
import { bound, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import { formFailure } from "@/lib/forms/state";
import { consumeAttempt } from "@/lib/rate-limit";

export const createChangeRequestAction = stateAction({
  guard: "user",
  bound: [bound.locale],
  schema: changeRequestSchema,
  run: async ({ user, args: [locale], input, formData }) => {
    const limit = await consumeAttempt("messagesToStaffByAccount", user.id);
    if (!limit.allowed)
      return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
    const created = await createChangeRequest(user, input);
    // A licence the account cannot see is the same as no licence chosen.
    if (!created.ok) return { status: "error", fieldErrors: { licenceId: "licenceRequired" }, submittedAt: Date.now() };
    redirect(
      withFlash(`/${locale}/licences/${input.licenceId}`, { done: "change-sent" }, { reference: created.reference }),
    );
  },
});
