import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { completeSubmissionAfterPayment } from "@/lib/applications/data";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverSoon } from "@/lib/mail/deliver";
import { portalUrl } from "@/lib/accounts/links";
import { isAcceptedCardBrand } from "./methods";
import { formatCad } from "./money";

/**
 * The one place a card payment's result is applied — from Stripe's signed webhook or from the
 * sandbox checkout. Each provider event counts once (also when repeated or concurrent); a payment
 * never moves backwards; anything that does not match the order is flagged for staff, not applied.
 */
export type CardOutcome = {
  /** The provider's event id: the same id twice is one event. */
  eventId: string;
  eventType: string;
  /** Our payment id (metadata / sandbox) or the provider's reference (Checkout Session id). */
  payment: { id: string } | { providerReference: string };
  result: "succeeded" | "failed";
  amountCents: number;
  currency: string;
  cardBrand?: string | null;
  failureCode?: string | null;
};

export type FulfilmentResult =
  | { status: "applied"; paymentStatus: "succeeded" | "failed" }
  | { status: "duplicate" | "unknownPayment" | "alreadySettled" }
  | { status: "flagged"; reason: string };

export async function applyCardOutcome(outcome: CardOutcome, now = new Date()): Promise<FulfilmentResult> {
  let notify: { applicationId: string } | null = null;
  const result = await getDb().$transaction(async (tx): Promise<FulfilmentResult> => {
    // ON CONFLICT DO NOTHING: a concurrent delivery of the same event waits for this one, then counts 0.
    const recorded = await tx.paymentEvent.createMany({ data: [{ id: outcome.eventId.slice(0, 255), type: outcome.eventType.slice(0, 100) }], skipDuplicates: true });
    if (recorded.count === 0) return { status: "duplicate" };
    const where = "id" in outcome.payment ? Prisma.sql`p."id" = ${outcome.payment.id}::uuid` : Prisma.sql`p."providerReference" = ${outcome.payment.providerReference}`;
    // Locks the payment so two different events about it are applied one after the other.
    const [payment] = await tx.$queryRaw<Array<{ id: string; orderId: string; status: string; amountCents: number; currency: string; method: string }>>`
      SELECT p."id", p."orderId", p."status", p."amountCents", p."currency", p."method" FROM "Payment" p WHERE ${where} FOR UPDATE`;
    if (!payment || payment.method !== "card") return { status: "unknownPayment" };
    // Forwards only: pending → failed → succeeded. A card declined in Stripe's page can still be
    // paid in the same session; nothing comes after a success.
    if (payment.status === "succeeded" || (outcome.result === "failed" && payment.status === "failed")) return { status: "alreadySettled" };

    if (outcome.result === "failed") {
      await tx.payment.update({ where: { id: payment.id }, data: { status: "failed", failureCode: (outcome.failureCode ?? "declined").slice(0, 100) } });
      return { status: "applied", paymentStatus: "failed" };
    }

    const order = await tx.order.findUniqueOrThrow({ where: { id: payment.orderId }, select: { id: true, totalCents: true, currency: true, status: true, applicationId: true } });
    const reason =
      outcome.amountCents !== payment.amountCents || outcome.amountCents !== order.totalCents
        ? "amountMismatch"
        : outcome.currency.toUpperCase() !== order.currency
          ? "currencyMismatch"
          : !isAcceptedCardBrand(outcome.cardBrand)
            ? "cardBrandNotAccepted"
            : order.status !== "open"
              ? "orderAlreadyPaid"
              : null;
    if (reason) {
      await tx.payment.update({ where: { id: payment.id }, data: { flaggedReason: reason, cardBrand: outcome.cardBrand ?? null } });
      return { status: "flagged", reason };
    }
    await tx.payment.update({ where: { id: payment.id }, data: { status: "succeeded", cardBrand: String(outcome.cardBrand).toLowerCase() } });
    await tx.order.update({ where: { id: order.id }, data: { status: "paid", paidAt: now } });
    await completeSubmissionAfterPayment(tx, order.applicationId, null, now);
    await enqueuePaymentConfirmation(tx, order.applicationId);
    notify = { applicationId: order.applicationId };
    return { status: "applied", paymentStatus: "succeeded" };
  });
  if (notify) deliverSoon();
  return result;
}

/** "Payment received, application submitted", in the applicant's language. */
export async function enqueuePaymentConfirmation(tx: Prisma.TransactionClient, applicationId: string): Promise<void> {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { fileNumber: true, user: { select: { email: true, firstName: true, locale: true } }, order: { select: { totalCents: true, reference: true } } },
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
      amount: formatCad(order.totalCents, user.locale),
      reference: order.reference,
    },
  });
}
