"use server";

import { notFound, redirect } from "next/navigation";
import { closeInquiry, disableApplicantFromInquiry, replyAsStaff, unlinkFromInquiry } from "@/lib/inquiries/staff";
import { inquiryActionSchema, replySchema, unlinkFromInquirySchema } from "@/lib/inquiries/schemas";
import { bound, redirectAction, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import type { AppLocale } from "@/lib/i18n/routing";

/**
 * Staff actions on an inquiry. Each is a public endpoint: it checks the permission itself (a 404
 * for anyone without it), reads only the ids it needs from the form (anything else there is a
 * 404 too), and the data layer checks the permission again.
 */

function inquiryPage(
  locale: AppLocale,
  inquiryId: string,
  done: "replied" | "closed" | "unlinked" | "disabled" | "unchanged",
): string {
  return withFlash(`/${locale}/admin/inquiries/${inquiryId}`, { done });
}

export const staffReplyAction = stateAction({
  guard: { permission: "handleInquiries" },
  bound: [bound.locale, bound.id],
  schema: replySchema,
  run: async ({ user: staff, args: [locale, inquiryId], input }) => {
    if (!(await replyAsStaff(staff, inquiryId, input.message)).ok) notFound();
    redirect(inquiryPage(locale, inquiryId, "replied"));
  },
});

export const closeInquiryAction = redirectAction({
  guard: { permission: "handleInquiries" },
  bound: [bound.locale],
  schema: inquiryActionSchema,
  run: async ({ user: staff, args: [locale], input }) => {
    const result = await closeInquiry(staff, input.inquiryId);
    if (!result.ok) notFound();
    redirect(inquiryPage(locale, input.inquiryId, result.changed ? "closed" : "unchanged"));
  },
});

export const unlinkFromInquiryAction = redirectAction({
  guard: { permission: ["handleInquiries", "unlinkAccounts"] },
  bound: [bound.locale],
  schema: unlinkFromInquirySchema,
  run: async ({ user: staff, args: [locale], input }) => {
    const result = await unlinkFromInquiry(staff, input.inquiryId, input.linkId);
    if (!result.ok) notFound();
    redirect(inquiryPage(locale, input.inquiryId, result.changed ? "unlinked" : "unchanged"));
  },
});

export const disableApplicantAction = redirectAction({
  guard: { permission: ["handleInquiries", "disableAccounts"] },
  bound: [bound.locale],
  schema: inquiryActionSchema,
  run: async ({ user: staff, args: [locale], input }) => {
    const result = await disableApplicantFromInquiry(staff, input.inquiryId);
    if (!result.ok) notFound();
    redirect(inquiryPage(locale, input.inquiryId, result.changed ? "disabled" : "unchanged"));
  },
});
