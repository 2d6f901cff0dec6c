"use server";

import { notFound, redirect } from "next/navigation";
import { requireUserForAction } from "@/lib/auth/guards";
import { consumeAttempt } from "@/lib/rate-limit";
import { createInquiry, replyToMyInquiry } from "@/lib/inquiries/applicant";
import { newInquirySchema, replySchema } from "@/lib/inquiries/schemas";
import { echoValues, formDataToObject, formFailure, invalidForm, type FormState } from "@/lib/forms/state";
import { defaultLocale, isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

/** The locale is bound by the page; anything else a crafted request sends falls back to the default. */
const pageLocale = (locale: AppLocale) => (isAppLocale(locale) ? locale : defaultLocale);

export async function createInquiryAction(locale: AppLocale, _previous: FormState, formData: FormData): Promise<FormState> {
  assertActionLocale(locale);
  const user = await requireUserForAction();
  const parsed = newInquirySchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const limit = await consumeAttempt("messagesToStaffByAccount", user.id);
  if (!limit.allowed) return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
  const result = await createInquiry(user, parsed.data);
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, values: echoValues(formData), submittedAt: Date.now() };
  redirect(`/${pageLocale(locale)}/inquiries/${result.inquiry.id}?status=sent`);
}

export async function replyToInquiryAction(locale: AppLocale, inquiryId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  assertActionLocale(locale);
  const user = await requireUserForAction();
  const parsed = replySchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const limit = await consumeAttempt("messagesToStaffByAccount", user.id);
  if (!limit.allowed) return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
  const result = await replyToMyInquiry(user, inquiryId, parsed.data.message);
  // Someone else's inquiry, or no inquiry at all: the same answer.
  if (result === "notFound") notFound();
  if (result === "closed") return formFailure("InquiryPage.closedCannotReply", formData);
  redirect(`/${pageLocale(locale)}/inquiries/${inquiryId}?status=replied`);
}
