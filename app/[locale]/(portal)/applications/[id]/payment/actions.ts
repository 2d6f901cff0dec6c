"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getSandboxPayment, sandboxCards, startCardPayment } from "@/lib/payments/card";
import { applyCardOutcome } from "@/lib/payments/fulfilment";
import { bound, redirectAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";

/** "Make payment": to Stripe's checkout, or to the sandbox checkout when Stripe is not configured. */
export const startCardPaymentAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id],
  schema: z.object({}),
  run: async ({ user, args: [locale, applicationId] }) => {
    const started = await startCardPayment(user, applicationId, locale);
    if (!started.ok && started.reason === "notFound") notFound();
    const base = `/${locale}/applications/${applicationId}`;
    redirect(started.ok ? started.url : started.reason === "alreadyPaid" ? `${base}/confirmation` : `${base}/payment`);
  },
});

/**
 * The sandbox checkout's "Pay": the test card decides the result, which is applied by the same
 * fulfilment code as Stripe's webhook. The amount is the payment's own, never the form's.
 */
export const sandboxPayAction = redirectAction({
  guard: "user",
  // It stands in for Stripe's checkout page, which a maintenance window does not close: a payment
  // started before the window completes, as the webhook's would.
  duringMaintenance: "allow",
  bound: [bound.locale, bound.id, bound.id],
  // Only the card number decides; the expiry and CVC fields are there to look like a checkout.
  schema: z.object({
    cardNumber: z
      .string()
      .catch("")
      .transform((value) => value.replace(/[\s-]/g, "")),
  }),
  run: async ({ user, args: [locale, applicationId, paymentId], input }) => {
    const payment = await getSandboxPayment(user, applicationId, paymentId);
    if (!payment) notFound();
    const base = `/${locale}/applications/${applicationId}/payment`;
    // Only an open attempt takes a card: a declined, withdrawn, flagged or paid one shows its result instead.
    if (payment.status !== "pending" || payment.flaggedReason) redirect(`${base}/return?payment=${paymentId}`);
    const card = sandboxCards[input.cardNumber];
    if (!card) redirect(withFlash(`${base}/sandbox/${paymentId}`, { error: "cardNumberInvalid" }));
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
  },
});
