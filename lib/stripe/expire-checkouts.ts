import "server-only";
import Stripe from "stripe";
import { getDb } from "@/lib/db/client";
import { stripeClient } from "./client";

/**
 * A withdrawn application can no longer be paid: its open card checkouts are closed. The attempts
 * are marked failed ("withdrawn") first, so the sandbox refuses them at once; Stripe's sessions are
 * then expired one by one. A session Stripe will not expire (already paid or expired) is left as
 * Stripe says: if money was taken, its webhook arrives and fulfilment flags it for a refund.
 *
 * Runs after the withdrawal is committed (a network call has no place in its transaction), and
 * never undoes it: a Stripe failure is logged, and the session ends on its own within 24 hours.
 */
export async function expireOpenCheckouts(applicationId: string): Promise<void> {
  const db = getDb();
  // A flagged attempt already holds money: it stays as it is, for staff.
  const open = await db.payment.findMany({
    where: { method: "card", status: "pending", flaggedReason: null, order: { applicationId } },
    select: { id: true, provider: true, providerReference: true },
  });
  if (open.length === 0) return;
  await db.payment.updateMany({
    where: { id: { in: open.map((payment) => payment.id) }, status: "pending", flaggedReason: null },
    data: { status: "failed", failureCode: "withdrawn" },
  });
  const stripe = stripeClient();
  if (!stripe) return;
  for (const payment of open) {
    if (payment.provider !== "stripe" || !payment.providerReference) continue;
    try {
      await stripe.checkout.sessions.expire(payment.providerReference);
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeError)) throw error;
      console.error(
        `Checkout Session ${payment.providerReference} of withdrawn application ${applicationId} not expired: ${error.type} ${error.message}`,
      );
    }
  }
}
