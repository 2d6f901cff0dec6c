"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { parseAmountToCents } from "@/lib/payments/methods";
import { recordWirePayment } from "@/lib/payments/wire";
import { resolveFlaggedPayment } from "@/lib/payments/flags";
import { flagResolutionSchema } from "@/lib/payments/schemas";
import { calendarDate } from "@/lib/time/commission-date";
import { bound, fieldsFor, redirectAction } from "@/lib/forms/action";
import { fieldErrorsFrom } from "@/lib/forms/state";
import { withFlash } from "@/lib/forms/flash";

/** Funds received by wire or EFT, as staff type them from the bank's record. Messages are the page's error codes. */
const wireSchema = z.object({
  amount: z
    .string()
    .catch("")
    .transform((value, context) => {
      const cents = parseAmountToCents(value.trim());
      if (cents !== null) return cents;
      context.addIssue({ code: "custom", message: "amount" });
      return z.NEVER;
    }),
  // A real calendar day, today at the latest.
  receivedOn: z
    .record(z.string(), z.string())
    .catch({})
    .transform((parts, context) => {
      const date = calendarDate(parts.year ?? "", parts.month ?? "", parts.day ?? "");
      if (date && date.getTime() <= Date.now()) return date;
      context.addIssue({ code: "custom", message: "receivedOn" });
      return z.NEVER;
    }),
  bankReference: z
    .string()
    .catch("")
    .transform((value) => value.trim())
    .refine((value) => value.length >= 3, { error: "bankReference" }),
  quotedReference: z
    .string()
    .catch("")
    .transform((value) => value.trim()),
  method: z
    .string()
    .catch("")
    .transform((value) => (value.trim() === "eft" ? ("eft" as const) : ("wire" as const))),
});

/** Staff record funds received by wire or EFT: matching funds submit the application, others are flagged. */
export const recordWireAction = redirectAction({
  guard: { permission: "reconcilePayments" },
  bound: [bound.locale, bound.id],
  // Field names carry the order id (several orders share the page).
  schema: (_locale, orderId) => fieldsFor(orderId, wireSchema),
  invalid: ({ args: [locale, orderId], error }) =>
    redirect(
      withFlash(
        `/${locale}/admin/payments#order-${orderId}`,
        { error: error.issues[0]?.message ?? "amount" },
        { order: orderId },
      ),
    ),
  run: async ({ user: staff, args: [locale, orderId], input }) => {
    const base = `/${locale}/admin/payments`;
    const { amount: amountCents, ...record } = input;
    const result = await recordWirePayment(staff, orderId, { amountCents, ...record });
    if (!result.ok) redirect(withFlash(`${base}#order-${orderId}`, { error: result.reason }, { order: orderId }));
    redirect(
      result.applied
        ? withFlash(base, { done: "applied" })
        : withFlash(base, { done: "flagged" }, { flag: result.reason }),
    );
  },
});

/** The resolution form's problems, "field:code" pairs the page puts beside each field. */
function notResolved(locale: string, paymentId: string, problems: string[]): never {
  redirect(
    withFlash(
      `/${locale}/admin/payments#payment-${paymentId}`,
      { error: "notResolved" },
      { payment: paymentId, problems: problems.join(",") },
    ),
  );
}

/**
 * Staff record how a flagged payment was settled (refund made, applied, written off) with a note.
 * The permission is checked here and again in resolveFlaggedPayment; a second person resolving
 * the same payment is told it is already done.
 */
export const resolveFlagAction = redirectAction({
  guard: { permission: "reconcilePayments" },
  bound: [bound.locale, bound.id],
  // Field names carry the payment id (several forms share the page).
  schema: (_locale, paymentId) => fieldsFor(paymentId, flagResolutionSchema),
  invalid: ({ args: [locale, paymentId], error }) =>
    notResolved(
      locale,
      paymentId,
      Object.entries(fieldErrorsFrom(error)).map(([field, code]) => `${field}:${code}`),
    ),
  run: async ({ user: staff, args: [locale, paymentId], input }) => {
    const result = await resolveFlaggedPayment(staff, paymentId, input);
    if (!result.ok) {
      notResolved(
        locale,
        paymentId,
        result.reason === "invalid"
          ? Object.entries(result.fieldErrors).map(([field, code]) => `${field}:${code}`)
          : [`form:${result.reason}`],
      );
    }
    redirect(withFlash(`/${locale}/admin/payments`, { done: "resolved" }));
  },
});
