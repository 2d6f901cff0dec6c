import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getApplication, type ApplicationView } from "@/lib/applications/queries";
import { applyEvent } from "@/lib/applications/commands";
import { isUuid } from "@/lib/http/ids";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverSoon } from "@/lib/mail/deliver";
import { portalUrl } from "@/lib/http/portal-url";
import type { AppLocale } from "@/lib/i18n/routing";
import { getConfig } from "@/lib/config";
import { allowedMethods, generatePaymentReference } from "./methods";
import { isRenewalTooLate } from "@/lib/applications/on-licence";
import { formatMoney } from "@/lib/i18n/format";

/**
 * Orders: what an application owes, computed by the server from the fee schedule when the
 * applicant chooses "Pay fees and submit", and never from anything the browser sends.
 */

/** One line of an order: a fee-schedule row, paid `quantity` times (days of an event), or once when absent. */
export type OrderItem = {
  kind: string;
  action: string;
  termYears: number | null;
  amountCents: number;
  quantity?: number;
  unitCents?: number;
};

const orderSelect = {
  id: true,
  applicationId: true,
  userId: true,
  user: { select: { firstName: true, lastName: true } },
  reference: true,
  items: true,
  totalCents: true,
  currency: true,
  status: true,
  paidAt: true,
  createdAt: true,
  payments: {
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      method: true,
      provider: true,
      status: true,
      amountCents: true,
      cardBrand: true,
      failureCode: true,
      flaggedReason: true,
      createdAt: true,
    },
  },
} satisfies Prisma.OrderSelect;

export type OrderView = Prisma.OrderGetPayload<{ select: typeof orderSelect }> & { items: OrderItem[] };

function itemsOf(application: ApplicationView): OrderItem[] | null {
  const { fee } = application;
  if (!fee) return null;
  return [
    {
      kind: fee.basis.scheduleKind,
      action: fee.basis.action,
      termYears: fee.years,
      amountCents: fee.feeCents,
      quantity: fee.quantity,
      unitCents: fee.unitCents,
    },
  ];
}

/**
 * The application's order, created once (an order per application): a second tab or a retry
 * finds the same one. A wire-sized order e-mails its instructions when it is created.
 */
export async function ensureOrder(application: ApplicationView, locale: AppLocale): Promise<OrderView | null> {
  const existing = await getDb().order.findUnique({ where: { applicationId: application.id }, select: orderSelect });
  if (existing) return existing as OrderView;
  const items = itemsOf(application);
  if (!items) return null;
  const totalCents = items.reduce((sum, item) => sum + item.amountCents, 0);
  try {
    const created = await getDb().$transaction(async (tx) => {
      const order = await tx.order.create({
        data: {
          applicationId: application.id,
          userId: application.userId,
          reference: generatePaymentReference(),
          items,
          totalCents,
        },
        select: orderSelect,
      });
      if (allowedMethods(totalCents).includes("wire"))
        await enqueueWireInstructions(tx, order.reference, totalCents, application, locale);
      return order;
    });
    deliverSoon();
    return created as OrderView;
  } catch (error) {
    // Two requests at once: the other one created it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return (await getDb().order.findUnique({
        where: { applicationId: application.id },
        select: orderSelect,
      })) as OrderView | null;
    }
    throw error;
  }
}

async function enqueueWireInstructions(
  tx: Prisma.TransactionClient,
  reference: string,
  totalCents: number,
  application: ApplicationView,
  locale: AppLocale,
) {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: application.userId },
    select: { email: true, firstName: true, locale: true },
  });
  const { bank } = getConfig().payments;
  const amount = formatMoney(totalCents, user.locale);
  await enqueueEmail(tx, {
    to: user.email,
    locale: user.locale,
    template: "wireInstructions",
    values: {
      name: user.firstName,
      url: portalUrl(user.locale ?? locale, `/applications/${application.id}/payment`),
      fileNumber: application.fileNumber,
      amount,
      reference,
      bank: `${bank.name}\n${bank.institution} / ${bank.transit} / ${bank.account}\nSWIFT ${bank.swift}`,
    },
  });
}

export type SubmitResult =
  { ok: true } | { ok: false; reason: "notFound" | "incomplete" | "notAllowedFromStatus" | "noFee" | "renewalTooLate" };

/**
 * "Pay fees and submit": the application waits for its payment, with its order. Safe to repeat:
 * an application already awaiting payment just gets its order.
 */
export async function payFeesAndSubmit(
  actor: SessionUser,
  applicationId: string,
  locale: AppLocale,
): Promise<SubmitResult> {
  const application = await getApplication(actor, applicationId);
  if (!application || application.userId !== actor.id) return { ok: false, reason: "notFound" };
  if (!application.fee) return { ok: false, reason: "noFee" };
  if (application.type === "renewal" && (await isRenewalTooLate(application.licenceId)))
    return { ok: false, reason: "renewalTooLate" };
  if (application.status === "draft") {
    const moved = await applyEvent(actor, applicationId, "payFeesAndSubmit", "applicant");
    if (!moved.ok && moved.reason !== "notAllowedFromStatus")
      return { ok: false, reason: moved.reason === "incomplete" ? "incomplete" : "notFound" };
  }
  const current = await getApplication(actor, applicationId);
  if (!current || current.status !== "awaiting_payment") return { ok: false, reason: "notAllowedFromStatus" };
  await ensureOrder(current, locale);
  return { ok: true };
}

/** The order of an application the actor may see (its owner, or staff); null otherwise. */
export async function getOrder(actor: SessionUser, applicationId: string): Promise<OrderView | null> {
  if (!isUuid(applicationId)) return null;
  const order = await getDb().order.findFirst({
    where: { applicationId, ...(can(actor.role, "downloadReceipts") ? {} : { userId: actor.id }) },
    select: orderSelect,
  });
  return order as OrderView | null;
}
