"use server";

import { notFound, redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { closeInquiry, disableApplicantFromInquiry, replyAsStaff, unlinkFromInquiry } from "@/lib/inquiries/staff";
import { inquiryActionSchema, replySchema, unlinkFromInquirySchema } from "@/lib/inquiries/schemas";
import { formDataToObject, invalidForm, type FormState } from "@/lib/forms/state";
import { defaultLocale, isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

/**
 * Staff actions on an inquiry. Each is a public endpoint: it checks the permission itself (a 404
 * for anyone without it), reads only the ids it needs from the form, and the data layer checks
 * the permission again.
 */

function inquiryPage(locale: AppLocale, inquiryId: string, status: string): string {
  return `/${isAppLocale(locale) ? locale : defaultLocale}/admin/inquiries/${inquiryId}?status=${status}`;
}

export async function staffReplyAction(locale: AppLocale, inquiryId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  assertActionLocale(locale);
  const staff = await requirePermission("handleInquiries");
  const parsed = replySchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  if ((await replyAsStaff(staff, inquiryId, parsed.data.message)) === "notFound") notFound();
  redirect(inquiryPage(locale, inquiryId, "replied"));
}

export async function closeInquiryAction(locale: AppLocale, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const staff = await requirePermission("handleInquiries");
  const parsed = inquiryActionSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) notFound();
  const result = await closeInquiry(staff, parsed.data.inquiryId);
  if (result === "notFound") notFound();
  redirect(inquiryPage(locale, parsed.data.inquiryId, result === "closed" ? "closed" : "unchanged"));
}

export async function unlinkFromInquiryAction(locale: AppLocale, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  await requirePermission("handleInquiries");
  const staff = await requirePermission("unlinkAccounts");
  const parsed = unlinkFromInquirySchema.safeParse(formDataToObject(formData));
  if (!parsed.success) notFound();
  const result = await unlinkFromInquiry(staff, parsed.data.inquiryId, parsed.data.linkId);
  if (result === "notFound") notFound();
  redirect(inquiryPage(locale, parsed.data.inquiryId, result === "unlinked" ? "unlinked" : "unchanged"));
}

export async function disableApplicantAction(locale: AppLocale, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  await requirePermission("handleInquiries");
  const staff = await requirePermission("disableAccounts");
  const parsed = inquiryActionSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) notFound();
  const result = await disableApplicantFromInquiry(staff, parsed.data.inquiryId);
  if (result === "notFound") notFound();
  redirect(inquiryPage(locale, parsed.data.inquiryId, result === "disabled" ? "disabled" : "unchanged"));
}
