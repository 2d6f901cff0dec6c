import "server-only";
import { createHash } from "node:crypto";
import type Stripe from "stripe";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";
import { isUuid } from "@/lib/http/ids";
import type { AppLocale } from "@/lib/i18n/routing";
import { mayPayByCard, type AcceptedCardBrand } from "./methods";
import { stripeClient } from "@/lib/stripe/client";
import { isRenewalTooLate } from "@/lib/applications/on-licence";

export type CardStart =
  | { ok: true; url: string }
  | { ok: false; reason: "notFound" | "notAwaitingPayment" | "alreadyPaid" | "cardNotAllowed" | "renewalTooLate" };

/**
 * "Make payment" by card. The amount is the order's, read here; the card limit is checked here
 * again, whatever the page showed. One attempt per idempotency key, and the key covers everything
 * the checkout request carries: the order, how many attempts ended unpaid, and a hash of the
 * request's parameters (the language, the return addresses, the payer's e-mail). A double click or
 * a second tab reuses the same checkout; a retry after a decline (or a flag) starts a new one; so
 * does a retry in the other language, which Stripe would refuse under the first key (same key,
 * other parameters).
 */
export async function startCardPayment(
  actor: SessionUser,
  applicationId: string,
  locale: AppLocale,
): Promise<CardStart> {
  if (!isUuid(applicationId)) return { ok: false, reason: "notFound" };
  const order = await getDb().order.findFirst({
    where: { applicationId, userId: actor.id },
    select: {
      id: true,
      totalCents: true,
      currency: true,
      status: true,
      reference: true,
      application: { select: { status: true, fileNumber: true, type: true, licenceId: true } },
    },
  });
  if (!order) return { ok: false, reason: "notFound" };
  const base = `/${locale}/applications/${applicationId}`;
  if (order.status === "paid") return { ok: false, reason: "alreadyPaid" };
  if (order.application.status !== "awaiting_payment") return { ok: false, reason: "notAwaitingPayment" };
  if (!mayPayByCard(order.totalCents)) return { ok: false, reason: "cardNotAllowed" };
  if (order.application.type === "renewal" && (await isRenewalTooLate(order.application.licenceId)))
    return { ok: false, reason: "renewalTooLate" };

  const stripe = stripeClient();
  const appUrl = getConfig().appUrl;
  const checkout = (paymentId: string) =>
    checkoutParams({
      paymentId,
      orderId: order.id,
      applicationId,
      fileNumber: order.application.fileNumber,
      reference: order.reference,
      totalCents: order.totalCents,
      email: actor.email,
      locale,
      appUrl,
      base,
    });
  // Attempts that ended without paying the order: declined, expired, or flagged (money kept for staff to refund).
  const declined = await getDb().payment.count({
    where: { orderId: order.id, method: "card", OR: [{ status: "failed" }, { flaggedReason: { not: null } }] },
  });
  // Everything in the request but our own payment id, which the key itself determines.
  const idempotencyKey = `order-${order.id}-card-${declined + 1}-${hashOf(checkout(""))}`;
  const payment = await attemptFor(idempotencyKey, {
    orderId: order.id,
    provider: stripe ? "stripe" : "sandbox",
    amountCents: order.totalCents,
    currency: order.currency,
  });
  if (payment.status === "succeeded") return { ok: false, reason: "alreadyPaid" };
  if (!stripe) return { ok: true, url: `${base}/payment/sandbox/${payment.id}` };

  const session = await stripe.checkout.sessions.create(checkout(payment.id), { idempotencyKey });
  await getDb().payment.updateMany({
    where: { id: payment.id, providerReference: null },
    data: { providerReference: session.id },
  });
  if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL");
  return { ok: true, url: session.url };
}

type CheckoutInput = {
  paymentId: string;
  orderId: string;
  applicationId: string;
  fileNumber: string;
  reference: string;
  totalCents: number;
  email: string;
  locale: AppLocale;
  appUrl: string;
  base: string;
};

/** The Checkout Session request: everything Stripe is sent, from one place, so its key can cover it all. */
function checkoutParams(input: CheckoutInput): Stripe.Checkout.SessionCreateParams {
  const metadata = {
    orderId: input.orderId,
    paymentId: input.paymentId,
    applicationId: input.applicationId,
    fileNumber: input.fileNumber,
    reference: input.reference,
  };
  return {
    mode: "payment",
    allowed_payment_method_types: ["card"],
    // Visa and Mastercard (credit or debit) only: the Commission accepts no other network.
    payment_method_options: {
      card: { restrictions: { brands_blocked: ["american_express", "discover_global_network"] } },
    },
    line_items: [
      {
        quantity: 1,
        price_data: { currency: "cad", unit_amount: input.totalCents, product_data: { name: input.fileNumber } },
      },
    ],
    client_reference_id: input.paymentId,
    metadata,
    payment_intent_data: { metadata },
    customer_email: input.email,
    locale: input.locale === "fr" ? "fr-CA" : "en",
    success_url: `${input.appUrl}${input.base}/payment/return?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${input.appUrl}${input.base}/payment?cancelled=1`,
  };
}

function hashOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
}

/**
 * The payment attempt of this key, created by whichever request comes first: two tabs at the same
 * moment both get the one row (the loser of the insert reads the winner's).
 */
async function attemptFor(
  idempotencyKey: string,
  data: { orderId: string; provider: string; amountCents: number; currency: string },
) {
  const select = { id: true, status: true } as const;
  const existing = await getDb().payment.findUnique({ where: { idempotencyKey }, select });
  if (existing) return existing;
  try {
    return await getDb().payment.create({ data: { ...data, method: "card", idempotencyKey }, select });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    return getDb().payment.findUniqueOrThrow({ where: { idempotencyKey }, select });
  }
}

/** A test card pays with an accepted brand, or fails with a decline code; the page names each outcome. */
type SandboxCard =
  | { result: "succeeded"; brand: AcceptedCardBrand; failureCode?: undefined }
  | { result: "failed"; brand: string; failureCode: "card_declined" | "insufficient_funds" | "brand_not_accepted" };

/** The sandbox's test cards (Stripe's own test numbers): what each one does. */
export const sandboxCards: Record<string, SandboxCard> = {
  "4242424242424242": { result: "succeeded", brand: "visa" },
  "4000056655665556": { result: "succeeded", brand: "visa" }, // Visa Debit
  "5555555555554444": { result: "succeeded", brand: "mastercard" },
  "5200828282828210": { result: "succeeded", brand: "mastercard" }, // Mastercard Debit
  "4000000000000002": { result: "failed", brand: "visa", failureCode: "card_declined" },
  "4000000000009995": { result: "failed", brand: "visa", failureCode: "insufficient_funds" },
  "378282246310005": { result: "failed", brand: "amex", failureCode: "brand_not_accepted" },
};

/** The sandbox payment behind its page: the owner's own, still pending, with its order's amount. */
export async function getSandboxPayment(actor: SessionUser, applicationId: string, paymentId: string) {
  if (!isUuid(paymentId) || !isUuid(applicationId)) return null;
  return getDb().payment.findFirst({
    where: { id: paymentId, provider: "sandbox", order: { applicationId, userId: actor.id } },
    select: {
      id: true,
      status: true,
      flaggedReason: true,
      amountCents: true,
      currency: true,
      order: { select: { reference: true, application: { select: { fileNumber: true } } } },
    },
  });
}

/**
 * The payment the return page is about, found by our id (sandbox) or Stripe's session id, and only
 * among the actor's own orders for this application: a fake or foreign id finds nothing. Reading
 * it changes nothing; only the webhook (or the sandbox's pay action) records a result.
 */
export async function findReturningPayment(
  actor: SessionUser,
  applicationId: string,
  key: { paymentId?: string; sessionId?: string },
) {
  if (!isUuid(applicationId)) return null;
  const match =
    key.paymentId && isUuid(key.paymentId)
      ? { id: key.paymentId }
      : key.sessionId && /^cs_[A-Za-z0-9_]{1,200}$/.test(key.sessionId)
        ? { providerReference: key.sessionId }
        : null;
  if (!match) return null;
  return getDb().payment.findFirst({
    where: { ...match, method: "card", order: { applicationId, userId: actor.id } },
    select: { id: true, status: true, failureCode: true },
  });
}
