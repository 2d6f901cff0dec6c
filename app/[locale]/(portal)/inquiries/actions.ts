"use server";

import { notFound, redirect } from "next/navigation";
import { consumeAttempt } from "@/lib/rate-limit";
import { createInquiry, replyToMyInquiry } from "@/lib/inquiries/applicant";
import { newInquirySchema, replySchema } from "@/lib/inquiries/schemas";
import { bound, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import { echoValues, formFailure } from "@/lib/forms/state";

export const createInquiryAction = stateAction({
  guard: "user",
  bound: [bound.locale],
  schema: newInquirySchema,
  run: async ({ user, args: [locale], input, formData }) => {
    const limit = await consumeAttempt("messagesToStaffByAccount", user.id);
    if (!limit.allowed)
      return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
    const result = await createInquiry(user, input);
    if (!result.ok)
      return {
        status: "error",
        fieldErrors: result.fieldErrors,
        values: echoValues(formData),
        submittedAt: Date.now(),
      };
    redirect(withFlash(`/${locale}/inquiries/${result.inquiry.id}`, { done: "sent" }));
  },
});

export const replyToInquiryAction = stateAction({
  guard: "user",
  bound: [bound.locale, bound.id],
  schema: replySchema,
  run: async ({ user, args: [locale, inquiryId], input, formData }) => {
    const limit = await consumeAttempt("messagesToStaffByAccount", user.id);
    if (!limit.allowed)
      return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
    const result = await replyToMyInquiry(user, inquiryId, input.message);
    // Someone else's inquiry, or no inquiry at all: the same answer.
    if (!result.ok && result.reason === "notFound") notFound();
    if (!result.ok) return formFailure("InquiryPage.closedCannotReply", formData);
    redirect(withFlash(`/${locale}/inquiries/${inquiryId}`, { done: "replied" }));
  },
});
