import "server-only";
import { getDb } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { audit } from "@/lib/audit";
import { isUuid } from "@/lib/http/ids";
import { fieldErrorsFrom } from "@/lib/forms/state";
import { flagResolutionSchema } from "./schemas";

/**
 * Payments needing attention: money that fulfilment (cards) or reconciliation (wires, EFTs) kept
 * instead of applying — an amount, currency, card network or reference that does not match, a
 * second payment of a paid order, money for a withdrawn application. Staff settle each one outside
 * the portal (a refund, applying it, writing it off) and record here what they did, once.
 */

/** Flagged payments nobody has resolved yet, oldest first; null for anyone without the permission. */
export async function listFlaggedPayments(staff: SessionUser) {
  if (!can(staff.role, "reconcilePayments")) return null;
  return getDb().payment.findMany({
    where: { flaggedReason: { not: null }, flagResolution: null },
    orderBy: { updatedAt: "asc" },
    take: 100,
    select: {
      id: true,
      method: true,
      provider: true,
      amountCents: true,
      currency: true,
      cardBrand: true,
      flaggedReason: true,
      // When it was flagged: nothing else changes a flagged payment until it is resolved.
      updatedAt: true,
      order: {
        select: {
          reference: true,
          totalCents: true,
          application: {
            select: {
              fileNumber: true,
              status: true,
              user: { select: { firstName: true, lastName: true, email: true } },
            },
          },
        },
      },
    },
  });
}

export type FlagResolutionResult =
  | { ok: true }
  | { ok: false; reason: "notFound" | "alreadyResolved" }
  /** Field → message key of AdminPaymentsPage.attention.errors. */
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> };

/**
 * Records how a flagged payment was settled. Two people at once: the first one wins, the other is
 * told it is already resolved (the condition is in the UPDATE, so the database decides).
 */
export async function resolveFlaggedPayment(
  staff: SessionUser,
  paymentId: string,
  input: unknown,
  now = new Date(),
): Promise<FlagResolutionResult> {
  if (!can(staff.role, "reconcilePayments") || !isUuid(paymentId)) return { ok: false, reason: "notFound" };
  const parsed = flagResolutionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  const { resolution, note } = parsed.data;
  return getDb().$transaction(async (tx): Promise<FlagResolutionResult> => {
    const { count } = await tx.payment.updateMany({
      where: { id: paymentId, flaggedReason: { not: null }, flagResolution: null },
      data: { flagResolution: resolution, flagResolutionNote: note, flagResolvedAt: now, flagResolvedById: staff.id },
    });
    if (count === 0) {
      const flagged = await tx.payment.findFirst({
        where: { id: paymentId, flaggedReason: { not: null } },
        select: { id: true },
      });
      return { ok: false, reason: flagged ? "alreadyResolved" : "notFound" };
    }
    const payment = await tx.payment.findUniqueOrThrow({
      where: { id: paymentId },
      select: { orderId: true, flaggedReason: true, amountCents: true },
    });
    await audit(
      {
        actor: { id: staff.id, role: staff.role },
        action: "payment.flag_resolved",
        subject: { type: "payment", id: paymentId },
        details: {
          orderId: payment.orderId,
          reason: payment.flaggedReason,
          amountCents: payment.amountCents,
          resolution,
          note,
        },
      },
      tx,
    );
    return { ok: true };
  });
}
