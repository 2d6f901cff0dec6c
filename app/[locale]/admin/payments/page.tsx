import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { listReconciliationQueue } from "@/lib/payments/wire";
import { Button } from "@/components/button";
import { DateField, RadioGroup, TextField } from "@/components/field";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { recordWireAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminPaymentsPage" }))("title") };
}

const errorCodes = ["amount", "receivedOn", "bankReference", "notFound", "alreadyPaid", "alreadyRecorded"] as const;
const flagCodes = ["amountMismatch", "referenceMismatch"] as const;

/**
 * Reconciliation: orders of $30,000 or more waiting for a wire or EFT, oldest first. Staff record
 * what the bank received; a match submits the application, a mismatch is kept and flagged here.
 */
export default async function AdminPaymentsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const staff = await requirePermission("reconcilePayments");
  const queue = await listReconciliationQueue(staff);
  if (!queue) notFound();
  const query = await searchParams;
  const t = await getTranslations("AdminPaymentsPage");
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, "money");
  const error = errorCodes.find((code) => code === query.error);
  const recorded = query.recorded === "applied" ? "applied" : flagCodes.find((code) => code === query.recorded);

  return (
    <>
      <ErrorSummary errors={error && query.order ? [{ field: `amount-${query.order}`, message: t(`errors.${error}`) }] : []} />
      {recorded === "applied" ? <NotificationBanner tone="success" title={t("applied")} /> : null}
      {recorded && recorded !== "applied" ? <NotificationBanner tone="warning" title={t("flagged")}>{t(`flags.${recorded}`)}</NotificationBanner> : null}
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {queue.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="space-y-8">
        {queue.map((order) => (
          <li key={order.id} id={`order-${order.id}`} className="border border-line p-5">
            <h2 className="mb-1 text-xl">{t("orderTitle", { number: order.application.fileNumber, amount: money(order.totalCents) })}</h2>
            <p className="mb-1">{t("reference", { reference: order.reference })}</p>
            <p className="mb-4 text-muted">
              {order.application.user.firstName} {order.application.user.lastName} ({order.application.user.email}) – {t("since", { date: format.dateTime(order.createdAt, "long") })}
            </p>
            {order.payments.length > 0 ? (
              <ul className="mb-4 border-l-4 border-warning pl-4">
                {order.payments.map((payment) => (
                  <li key={payment.id}>
                    {t("flaggedEntry", { amount: money(payment.amountCents), reference: (payment.providerReference ?? "").replace(/^manual:/, "") })} –{" "}
                    <strong>{t(`flags.${(payment.flaggedReason ?? "amountMismatch") as "amountMismatch"}`)}</strong>
                  </li>
                ))}
              </ul>
            ) : null}
            <form action={recordWireAction.bind(null, locale, order.id)} noValidate>
              {/* Each order's fields carry its id: several forms share the page, and ids must be unique. */}
              <RadioGroup name={`method-${order.id}`} label={t("method")} inline defaultValue="wire" options={[{ value: "wire", label: t("wire") }, { value: "eft", label: t("eft") }]} />
              <TextField name={`amount-${order.id}`} label={t("amount")} hint={t("amountHint")} inputMode="decimal" width="medium" />
              <DateField name={`receivedOn-${order.id}`} label={t("receivedOn")} />
              <TextField name={`bankReference-${order.id}`} label={t("bankReference")} width="medium" />
              <TextField name={`quotedReference-${order.id}`} label={t("quotedReference")} hint={t("quotedReferenceHint")} width="medium" />
              <Button>{t("record", { number: order.application.fileNumber })}</Button>
            </form>
          </li>
        ))}
      </ul>
    </>
  );
}
