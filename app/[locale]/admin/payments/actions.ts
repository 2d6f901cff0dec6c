"use server";

import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { parseAmountToCents } from "@/lib/payments/methods";
import { recordWirePayment } from "@/lib/payments/wire";
import type { AppLocale } from "@/lib/i18n/routing";

function dateFrom(formData: FormData, orderId: string): Date | null {
  const [day, month, year] = ["day", "month", "year"].map((part) => Number(formData.get(`receivedOn-${orderId}.${part}`)));
  if (!day || !month || !year) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 && date.getTime() <= Date.now() ? date : null;
}

/** Staff record funds received by wire or EFT: matching funds submit the application, others are flagged. */
export async function recordWireAction(locale: AppLocale, orderId: string, formData: FormData): Promise<void> {
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
