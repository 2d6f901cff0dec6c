"use server";

import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { parseAmountToCents } from "@/lib/payments/methods";
import { recordWirePayment } from "@/lib/payments/wire";
import { resolveFlaggedPayment } from "@/lib/payments/flags";
import type { AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

function dateFrom(formData: FormData, orderId: string): Date | null {
  const [day, month, year] = ["day", "month", "year"].map((part) => Number(formData.get(`receivedOn-${orderId}.${part}`)));
  if (!day || !month || !year) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 && date.getTime() <= Date.now() ? date : null;
}

/** Staff record funds received by wire or EFT: matching funds submit the application, others are flagged. */
export async function recordWireAction(locale: AppLocale, orderId: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const staff = await requirePermission("reconcilePayments");
  const base = `/${locale}/admin/payments`;
  // Field names carry the order id (several orders share the page).
  const field = (name: string) => String(formData.get(`${name}-${orderId}`) ?? "").trim();
  const amountCents = parseAmountToCents(field("amount"));
  const receivedOn = dateFrom(formData, orderId);
  const bankReference = field("bankReference");
  const quotedReference = field("quotedReference");
  const method = field("method") === "eft" ? "eft" : "wire";
  const problem = amountCents === null ? "amount" : !receivedOn ? "receivedOn" : bankReference.length < 3 ? "bankReference" : null;
  if (problem || amountCents === null || !receivedOn) redirect(`${base}?error=${problem}&order=${orderId}#order-${orderId}`);
  const result = await recordWirePayment(staff, orderId, { amountCents, receivedOn, bankReference, quotedReference, method });
  if (!result.ok) redirect(`${base}?error=${result.reason}&order=${orderId}#order-${orderId}`);
  redirect(`${base}?recorded=${result.applied ? "applied" : result.reason}`);
}

/**
 * Staff record how a flagged payment was settled (refund made, applied, written off) with a note.
 * The permission is checked here and again in resolveFlaggedPayment; a second person resolving
 * the same payment is told it is already done.
 */
export async function resolveFlagAction(locale: AppLocale, paymentId: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const staff = await requirePermission("reconcilePayments");
  const base = `/${locale}/admin/payments`;
  // Field names carry the payment id (several forms share the page).
  const input = { resolution: formData.get(`resolution-${paymentId}`) ?? undefined, note: formData.get(`note-${paymentId}`) ?? undefined };
  const result = await resolveFlaggedPayment(staff, paymentId, input);
  if (!result.ok) {
    const problems = result.reason === "invalid" ? Object.entries(result.fieldErrors).map(([field, code]) => `${field}:${code}`) : [`form:${result.reason}`];
    redirect(`${base}?${new URLSearchParams({ payment: paymentId, problems: problems.join(",") })}#payment-${paymentId}`);
  }
  redirect(`${base}?resolved=1`);
}
