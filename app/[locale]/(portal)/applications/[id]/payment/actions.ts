"use server";

import { notFound, redirect } from "next/navigation";
import { requireUserForAction } from "@/lib/auth/guards";
import { getSandboxPayment, sandboxCards, startCardPayment } from "@/lib/payments/card";
import { applyCardOutcome } from "@/lib/payments/fulfilment";
import type { AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

/** "Make payment": to Stripe's checkout, or to the sandbox checkout when Stripe is not configured. */
export async function startCardPaymentAction(locale: AppLocale, applicationId: string): Promise<void> {
  assertActionLocale(locale);
  const user = await requireUserForAction();
  const started = await startCardPayment(user, applicationId, locale);
  if (!started.ok && started.reason === "notFound") notFound();
  const base = `/${locale}/applications/${applicationId}`;
  redirect(started.ok ? started.url : started.reason === "alreadyPaid" ? `${base}/confirmation` : `${base}/payment`);
}

/**
 * The sandbox checkout's "Pay": the test card decides the result, which is applied by the same
 * fulfilment code as Stripe's webhook. The amount is the payment's own, never the form's.
 */
export async function sandboxPayAction(locale: AppLocale, applicationId: string, paymentId: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const user = await requireUserForAction();
  const payment = await getSandboxPayment(user, applicationId, paymentId);
  if (!payment) notFound();
  const base = `/${locale}/applications/${applicationId}/payment`;
  // Only an open attempt takes a card: a declined, withdrawn, flagged or paid one shows its result instead.
  if (payment.status !== "pending" || payment.flaggedReason) redirect(`${base}/return?payment=${paymentId}`);
  const number = String(formData.get("cardNumber") ?? "").replace(/[\s-]/g, "");
  const card = sandboxCards[number];
  if (!card) redirect(`${base}/sandbox/${paymentId}?errors=1`);
  await applyCardOutcome({
    eventId: `sandbox:${paymentId}:${card.result}`,
    eventType: card.result === "succeeded" ? "sandbox.payment_succeeded" : "sandbox.payment_failed",
    payment: { id: paymentId },
    result: card.result,
    amountCents: payment.amountCents,
    currency: payment.currency,
    cardBrand: card.brand,
    failureCode: card.failureCode,
  });
  redirect(`${base}/return?payment=${paymentId}`);
}
