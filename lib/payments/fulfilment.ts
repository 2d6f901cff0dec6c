import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { completeSubmissionAfterPayment } from "@/lib/applications/commands";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverSoon } from "@/lib/mail/deliver";
import { portalUrl } from "@/lib/http/portal-url";
import { audit } from "@/lib/audit";
import { isUuid } from "@/lib/http/ids";
import { isAcceptedCardBrand } from "./methods";
import { formatMoney } from "@/lib/i18n/format";

/**
 * The one place a card payment's result is applied — from Stripe's signed webhook or from the
 * sandbox checkout. Each provider event counts once (also when repeated or concurrent); a payment
 * never moves backwards; anything that does not match the order is flagged for staff, not applied.
 */
export type CardOutcome = {
  /** The provider's event id: the same id twice is one event. */
  eventId: string;
  eventType: string;
  /**
   * Our payment id (sandbox), or the provider's reference (Checkout Session id) with the payment id
   * we gave the provider (client_reference_id / metadata), for a session whose reference was never
   * stored (the request that created it ended before saving it).
   */
  payment: { id: string } | { providerReference: string; paymentId?: string | null };
  result: "succeeded" | "failed";
  amountCents: number;
  currency: string;
  cardBrand?: string | null;
  failureCode?: string | null;
};

export type FulfilmentResult =
  | { status: "applied"; paymentStatus: "succeeded" | "failed" }
  | { status: "duplicate" | "unknownPayment" | "alreadySettled" }
  | { status: "flagged"; reason: FlagReason };

/** Why a card payment was kept for staff instead of applied. */
export type FlagReason =
  "amountMismatch" | "currencyMismatch" | "cardBrandNotAccepted" | "orderAlreadyPaid" | "applicationWithdrawn";

/** Rolls back the event's record: an event about a payment we cannot find must count when it comes again. */
class UnknownPayment extends Error {}

type LockedPayment = {
  id: string;
  orderId: string;
  status: string;
  amountCents: number;
  currency: string;
  method: string;
  providerReference: string | null;
  flaggedReason: string | null;
};

export async function applyCardOutcome(outcome: CardOutcome, now = new Date()): Promise<FulfilmentResult> {
  try {
    const result = await getDb().$transaction((tx) => applyInTransaction(tx, outcome, now));
    // The confirmation e-mail was queued with the payment: send it now rather than at the next run.
    if (result.status === "applied" && result.paymentStatus === "succeeded") deliverSoon();
    return result;
  } catch (error) {
    if (error instanceof UnknownPayment) return { status: "unknownPayment" };
    throw error;
  }
}

async function applyInTransaction(
  tx: Prisma.TransactionClient,
  outcome: CardOutcome,
  now: Date,
): Promise<FulfilmentResult> {
  // ON CONFLICT DO NOTHING: a concurrent delivery of the same event waits for this one, then counts 0.
  const recorded = await tx.paymentEvent.createMany({
    data: [{ id: outcome.eventId.slice(0, 255), type: outcome.eventType.slice(0, 100) }],
    skipDuplicates: true,
  });
  if (recorded.count === 0) return { status: "duplicate" };
  const payment = await lockPayment(tx, outcome.payment);
  if (!payment || payment.method !== "card") throw new UnknownPayment();
  if ("providerReference" in outcome.payment && payment.providerReference === null) {
    // Found by our own id: the session is this payment's from now on (the return page finds it too).
    await tx.payment.update({
      where: { id: payment.id },
      data: { providerReference: outcome.payment.providerReference },
    });
  }
  // Forwards only: pending → failed → succeeded. A card declined in Stripe's page can still be
  // paid in the same session; nothing comes after a success, nor after a flag (staff have it).
  if (
    payment.status === "succeeded" ||
    payment.flaggedReason !== null ||
    (outcome.result === "failed" && payment.status === "failed")
  )
    return { status: "alreadySettled" };

  if (outcome.result === "failed") {
    await tx.payment.update({
      where: { id: payment.id },
      data: { status: "failed", failureCode: (outcome.failureCode ?? "declined").slice(0, 100) },
    });
    return { status: "applied", paymentStatus: "failed" };
  }

  // Locks the order and its application: another payment of the order, or a withdrawal, at the
  // same moment waits for this one and then sees the order paid (flagged) or the application submitted.
  const [order] = await tx.$queryRaw<
    Array<{
      id: string;
      totalCents: number;
      currency: string;
      status: string;
      applicationId: string;
      applicationStatus: string;
    }>
  >`
    SELECT o."id", o."totalCents", o."currency", o."status", o."applicationId", a."status" AS "applicationStatus"
    FROM "Order" o JOIN "Application" a ON a."id" = o."applicationId" WHERE o."id" = ${payment.orderId}::uuid FOR UPDATE`;
  if (!order) throw new Error(`Payment ${payment.id} has no order`);
  const reason: FlagReason | null =
    outcome.amountCents !== payment.amountCents || outcome.amountCents !== order.totalCents
      ? "amountMismatch"
      : outcome.currency.toUpperCase() !== order.currency
        ? "currencyMismatch"
        : !isAcceptedCardBrand(outcome.cardBrand)
          ? "cardBrandNotAccepted"
          : order.status !== "open"
            ? "orderAlreadyPaid"
            : order.applicationStatus !== "awaiting_payment"
              ? "applicationWithdrawn"
              : null;
  if (reason) {
    // The row now says what came in (what staff may have to refund); the order keeps what was owed.
    const cardBrand = outcome.cardBrand ? outcome.cardBrand.slice(0, 50) : null;
    const received =
      Number.isSafeInteger(outcome.amountCents) && outcome.amountCents >= 0 ? { amountCents: outcome.amountCents } : {};
    const currency = /^[A-Za-z]{3}$/.test(outcome.currency) ? { currency: outcome.currency.toUpperCase() } : {};
    await tx.payment.update({
      where: { id: payment.id },
      data: { flaggedReason: reason, cardBrand, ...received, ...currency },
    });
    const details = {
      reason,
      orderId: order.id,
      eventId: outcome.eventId.slice(0, 255),
      amountCents: outcome.amountCents,
      currency: outcome.currency.slice(0, 10),
      cardBrand,
    };
    await audit({ actor: null, action: "payment.flagged", subject: { type: "payment", id: payment.id }, details }, tx);
    return { status: "flagged", reason };
  }
  await tx.payment.update({
    where: { id: payment.id },
    data: { status: "succeeded", cardBrand: String(outcome.cardBrand).toLowerCase() },
  });
  await tx.order.update({ where: { id: order.id }, data: { status: "paid", paidAt: now } });
  await completeSubmissionAfterPayment(tx, order.applicationId, null, now);
  await enqueuePaymentConfirmation(tx, order.applicationId);
  return { status: "applied", paymentStatus: "succeeded" };
}

/**
 * The payment an event is about, locked so two different events about it are applied one after
 * the other: by our id, or by the Checkout Session's id, or else by the id we gave Stripe with the
 * session (client_reference_id) when the session's id was never stored.
 */
async function lockPayment(
  tx: Prisma.TransactionClient,
  key: CardOutcome["payment"],
): Promise<LockedPayment | undefined> {
  const select = Prisma.sql`SELECT p."id", p."orderId", p."status", p."amountCents", p."currency", p."method", p."providerReference", p."flaggedReason" FROM "Payment" p`;
  if ("id" in key) {
    if (!isUuid(key.id)) return undefined;
    return (await tx.$queryRaw<LockedPayment[]>`${select} WHERE p."id" = ${key.id}::uuid FOR UPDATE`)[0];
  }
  const [byReference] = await tx.$queryRaw<
    LockedPayment[]
  >`${select} WHERE p."providerReference" = ${key.providerReference} FOR UPDATE`;
  if (byReference || !key.paymentId || !isUuid(key.paymentId)) return byReference;
  // Only a Stripe attempt, and only one that no other session claimed: an id alone never moves a payment that has its session.
  return (
    await tx.$queryRaw<
      LockedPayment[]
    >`${select} WHERE p."id" = ${key.paymentId}::uuid AND p."provider" = 'stripe' AND p."providerReference" IS NULL FOR UPDATE`
  )[0];
}

/** "Payment received, application submitted", in the applicant's language. */
export async function enqueuePaymentConfirmation(tx: Prisma.TransactionClient, applicationId: string): Promise<void> {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      fileNumber: true,
      user: { select: { email: true, firstName: true, locale: true } },
      order: { select: { totalCents: true, reference: true } },
    },
  });
  const { user, order } = application;
  if (!order) return;
  await enqueueEmail(tx, {
    to: user.email,
    locale: user.locale,
    template: "paymentConfirmed",
    values: {
      name: user.firstName,
      url: portalUrl(user.locale, `/applications/${applicationId}/confirmation`),
      fileNumber: application.fileNumber,
      amount: formatMoney(order.totalCents, user.locale),
      reference: order.reference,
    },
  });
}
