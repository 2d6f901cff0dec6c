import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { getConfig } from "@/lib/config";
import { ensureOrder } from "@/lib/payments/orders";
import { allowedMethods } from "@/lib/payments/methods";
import { Button } from "@/components/button";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { loadOwnApplication } from "../load";
import { BackLink } from "../_components/section-layout";
import { startCardPaymentAction } from "./actions";
import { formatMoney } from "@/lib/i18n/format";
import { PageSection } from "@/components/page-section";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "PaymentPage" }))("title") };
}

/**
 * The order summary (seed step 12): the items and total the server computed, and the payment
 * methods that total allows — card under $30,000, wire or EFT from $30,000.
 */
export default async function PaymentPage({ params, searchParams }: Props) {
  const { locale, application } = await loadOwnApplication(params, "/payment");
  const query = await searchParams;
  if (application.status === "submitted" || application.status === "under_review")
    redirect(`/${locale}/applications/${application.id}/confirmation`);
  if (application.status !== "awaiting_payment") notFound();
  const order = await ensureOrder(application, locale);
  if (!order) notFound();
  const t = await getTranslations("PaymentPage");
  const kind = await getTranslations(application.kindDefinition.messages);
  const money = (cents: number) => formatMoney(cents, locale);
  const methods = allowedMethods(order.totalCents);
  const lastCard = order.payments.find((payment) => payment.method === "card");
  // An attempt that expired on its own is not a decline: the applicant simply starts again.
  const declined =
    lastCard?.status === "failed" && lastCard.failureCode !== "expired" && lastCard.failureCode !== "withdrawn";
  const { bank } = getConfig().payments;

  return (
    <div className="max-w-3xl">
      <BackLink href={`/applications/${application.id}`} />
      {declined ? (
        <NotificationBanner tone="error" title={t("declinedTitle")}>
          <p>{t(lastCard.failureCode === "brand_not_accepted" ? "brandNotAccepted" : "declinedBody")}</p>
        </NotificationBanner>
      ) : null}
      {query.cancelled === "1" ? (
        <NotificationBanner title={t("cancelledTitle")}>{t("cancelledBody")}</NotificationBanner>
      ) : null}
      <PageHeading caption={t("caption", { number: application.fileNumber })}>{t("title")}</PageHeading>
      <SummaryList
        rows={[
          ...order.items.map((item) => ({
            key:
              item.quantity && item.quantity > 1 && item.unitCents
                ? t("itemTimes", { kind: kind("title"), quantity: item.quantity, unit: money(item.unitCents) })
                : item.termYears
                  ? t("itemWithTerm", { kind: kind("title"), years: item.termYears })
                  : kind("title"),
            value: money(item.amountCents),
          })),
          { key: <strong>{t("total")}</strong>, value: <strong className="text-xl">{money(order.totalCents)}</strong> },
          { key: t("reference"), value: <span className="font-mono">{order.reference}</span> },
        ]}
      />
      {methods.includes("card") ? (
        <PageSection id="card-title" title={t("cardTitle")} headingClassName="mb-3 text-2xl">
          <p className="mb-2">{t("cardBody")}</p>
          <ul className="mb-6 list-disc pl-6">
            {(["visa", "mastercard", "visaDebit", "mastercardDebit"] as const).map((brand) => (
              <li key={brand}>{t(`brands.${brand}`)}</li>
            ))}
          </ul>
          <form action={startCardPaymentAction.bind(null, locale, application.id)}>
            <Button>{declined ? t("tryAgain") : t("makePayment")}</Button>
          </form>
        </PageSection>
      ) : (
        <PageSection id="wire-title" title={t("wireTitle")} headingClassName="mb-3 text-2xl">
          <p className="mb-4">{t("wireWhy", { limit: money(3_000_000) })}</p>
          <SummaryList
            rows={[
              { key: t("bank.name"), value: bank.name },
              { key: t("bank.institution"), value: bank.institution },
              { key: t("bank.transit"), value: bank.transit },
              { key: t("bank.account"), value: bank.account },
              { key: t("bank.swift"), value: bank.swift },
              { key: t("bank.amount"), value: <strong>{money(order.totalCents)}</strong> },
              { key: t("bank.reference"), value: <strong className="font-mono">{order.reference}</strong> },
            ]}
          />
          <p className="mb-4">{t("wireEmailed")}</p>
          <p className="mb-8 font-semibold">{t("wireNext")}</p>
        </PageSection>
      )}
    </div>
  );
}
