import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { audit } from "@/lib/audit";
import { completeSubmissionAfterPayment } from "@/lib/applications/commands";
import { deliverSoon } from "@/lib/mail/deliver";
import { isUuid } from "@/lib/http/ids";
import { enqueuePaymentConfirmation } from "./fulfilment";

/**
 * Wire transfers and EFTs (orders of $30,000 or more): staff record the funds the bank received.
 * Funds that match the order (amount and reference) of an application still awaiting payment
 * complete the submission; anything else (including money for a withdrawn application) is kept
 * and flagged for a person to sort out, never applied.
 */

/** The reconciliation queue: open orders that can only be paid by wire or EFT, oldest first, with what was recorded. */
export async function listReconciliationQueue(staff: SessionUser) {
  if (!can(staff.role, "reconcilePayments")) return null;
  return getDb().order.findMany({
    where: { status: "open", totalCents: { gte: 3_000_000 } },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: {
      id: true,
      reference: true,
      totalCents: true,
      createdAt: true,
      application: {
        select: {
          id: true,
          fileNumber: true,
          kind: true,
          status: true,
          user: { select: { firstName: true, lastName: true, email: true } },
        },
      },
      payments: {
        where: { provider: "manual" },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          amountCents: true,
          flaggedReason: true,
          providerReference: true,
          receivedOn: true,
          method: true,
        },
      },
    },
  });
}

export type WireRecord = {
  amountCents: number;
  receivedOn: Date;
  bankReference: string;
  quotedReference: string;
  method: "wire" | "eft";
};

export type WireResult =
  | { ok: true; applied: true }
  | { ok: true; applied: false; reason: "amountMismatch" | "referenceMismatch" | "applicationWithdrawn" }
  | { ok: false; reason: "notFound" | "alreadyPaid" | "alreadyRecorded" };

export async function recordWirePayment(
  staff: SessionUser,
  orderId: string,
  record: WireRecord,
  now = new Date(),
): Promise<WireResult> {
  if (!can(staff.role, "reconcilePayments") || !isUuid(orderId)) return { ok: false, reason: "notFound" };
  let applied = false;
  const result = await getDb().$transaction(async (tx): Promise<WireResult> => {
    // Locks the order and its application: a withdrawal at the same moment waits, then finds it submitted.
    const [order] = await tx.$queryRaw<
      Array<{
        id: string;
        status: string;
        totalCents: number;
        reference: string;
        applicationId: string;
        applicationStatus: string;
      }>
    >`
      SELECT o."id", o."status", o."totalCents", o."reference", o."applicationId", a."status" AS "applicationStatus"
      FROM "Order" o JOIN "Application" a ON a."id" = o."applicationId" WHERE o."id" = ${orderId}::uuid FOR UPDATE`;
    if (!order) return { ok: false, reason: "notFound" };
    if (order.status !== "open") return { ok: false, reason: "alreadyPaid" };
    const reason =
      record.amountCents !== order.totalCents
        ? "amountMismatch"
        : record.quotedReference.trim().toUpperCase() !== order.reference
          ? "referenceMismatch"
          : order.applicationStatus !== "awaiting_payment"
            ? "applicationWithdrawn"
            : null;
    const bankReference = `manual:${record.bankReference.trim().slice(0, 100)}`;
    let paymentId: string;
    try {
      ({ id: paymentId } = await tx.payment.create({
        data: {
          orderId,
          method: record.method,
          provider: "manual",
          providerReference: bankReference,
          idempotencyKey: `order-${orderId}-${bankReference}`,
          amountCents: record.amountCents,
          status: reason ? "pending" : "succeeded",
          flaggedReason: reason,
          receivedOn: record.receivedOn,
          recordedById: staff.id,
        },
        select: { id: true },
      }));
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        return { ok: false, reason: "alreadyRecorded" };
      throw error;
    }
    const subject = { type: "order", id: orderId };
    const details = { paymentId, amountCents: record.amountCents, bankReference, reason };
    await audit(
      {
        actor: { id: staff.id, role: staff.role },
        action: reason ? "payment.flagged" : "payment.recorded",
        subject,
        details,
      },
      tx,
    );
    if (reason) return { ok: true, applied: false, reason };
    await tx.order.update({ where: { id: orderId }, data: { status: "paid", paidAt: now } });
    await completeSubmissionAfterPayment(tx, order.applicationId, staff, now);
    await enqueuePaymentConfirmation(tx, order.applicationId);
    applied = true;
    return { ok: true, applied: true };
  });
  if (applied) deliverSoon();
  return result;
}
