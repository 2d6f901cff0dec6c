import type Stripe from "stripe";
import { getConfig } from "@/lib/config";
import { stripeClient } from "@/lib/stripe/client";
import { applyCardOutcome, type CardOutcome } from "@/lib/payments/fulfilment";

/**
 * Stripe's webhook: the only way a Stripe card payment is applied. The signature is checked on
 * the raw body (and its timestamp, so an old event replayed is refused); each event is applied
 * once by applyCardOutcome, however often Stripe delivers it. An event about a Checkout Session
 * the portal cannot match (by its id, or by the payment id we gave it) is answered 500: Stripe
 * retries it for days, and the retry is applied once the payment is found; nothing is dropped.
 */
export const dynamic = "force-dynamic";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  const stripe = stripeClient();
  const settings = getConfig().payments.stripe;
  if (!stripe || !settings) return json({ error: "not found" }, 404);
  const signature = request.headers.get("stripe-signature");
  if (!signature) return json({ error: "missing signature" }, 400);
  const body = await request.text();
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(body, signature, settings.webhookSecret, 300);
  } catch {
    return json({ error: "invalid signature" }, 400);
  }
  const outcome = await outcomeOf(stripe, event);
  if (!outcome) return json({ received: true, ignored: event.type });
  const result = await applyCardOutcome(outcome);
  if (result.status === "flagged") console.warn(`Stripe event ${event.id} flagged: ${result.reason}`);
  if (result.status === "unknownPayment") {
    const session = "providerReference" in outcome.payment ? outcome.payment.providerReference : "";
    console.error(
      `Stripe event ${event.id} (${event.type}) is about Checkout Session ${session}, which matches no payment: answered 500 so that Stripe retries it`,
    );
    return json({ error: "unknown checkout session" }, 500);
  }
  return json({ received: true, result: result.status });
}

async function outcomeOf(stripe: Stripe, event: Stripe.Event): Promise<CardOutcome | null> {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      const session = event.data.object;
      if (session.payment_status !== "paid") return null;
      return {
        eventId: event.id,
        eventType: event.type,
        payment: paymentOf(session),
        result: "succeeded",
        amountCents: session.amount_total ?? -1,
        currency: session.currency ?? "",
        cardBrand: await cardBrandOf(stripe, session.payment_intent),
      };
    }
    case "checkout.session.async_payment_failed":
    case "checkout.session.expired": {
      const session = event.data.object;
      return {
        eventId: event.id,
        eventType: event.type,
        payment: paymentOf(session),
        result: "failed",
        amountCents: session.amount_total ?? 0,
        currency: session.currency ?? "",
        failureCode: event.type === "checkout.session.expired" ? "expired" : "payment_failed",
      };
    }
    default:
      return null;
  }
}

/** The session's id, and the payment id the portal gave it when it was created (lib/payments/card.ts). */
function paymentOf(session: Stripe.Checkout.Session): { providerReference: string; paymentId: string | null } {
  return {
    providerReference: session.id,
    paymentId: session.client_reference_id ?? session.metadata?.paymentId ?? null,
  };
}

/** The card's network, read from the charge: the Commission takes Visa and Mastercard only. */
async function cardBrandOf(
  stripe: Stripe,
  paymentIntent: string | Stripe.PaymentIntent | null,
): Promise<string | null> {
  if (!paymentIntent) return null;
  const intent =
    typeof paymentIntent === "string"
      ? await stripe.paymentIntents.retrieve(paymentIntent, { expand: ["latest_charge"] })
      : paymentIntent;
  const charge = intent.latest_charge;
  if (!charge || typeof charge === "string") return null;
  return charge.payment_method_details?.card?.brand ?? null;
}
