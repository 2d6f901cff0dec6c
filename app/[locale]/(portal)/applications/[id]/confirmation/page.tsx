import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { getConfig } from "@/lib/config";
import { getCurrentUser } from "@/lib/auth/session";
import { getOrder } from "@/lib/payments/orders";
import { acceptedCardBrand } from "@/lib/payments/methods";
import { ButtonLink } from "@/components/button";
import { PrintButton } from "@/components/print-button";
import { SummaryList } from "@/components/summary-list";
import { loadOwnApplication } from "../load";
import { formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { ApplicationView } from "@/lib/applications/queries";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { application } = await loadOwnApplication(params, "/confirmation");
  const t = await getTranslations({ locale, namespace: "ConfirmationPage" });
  return { title: issuedOnPayment(application) ? t("issuedTitle") : t("title") };
}

/** Paid, and the kind's rules let it through without an officer: approved by the payment itself. */
function issuedOnPayment(application: Pick<ApplicationView, "status" | "licenceId" | "events">): boolean {
  return (
    application.status === "approved" &&
    application.licenceId !== null &&
    application.events.some((event) => event.event === "issueOnPayment")
  );
}

/**
 * The payment confirmation (seed steps 17–18): the file number in a panel, what happens next,
 * contact details and the receipt. The submission is already complete when this shows — the
 * payment completed it — so "Finish payment process" only leads back to the main menu. When the
 * payment also approved it (a kind issued on payment), it says so and links to what was issued.
 */
export default async function ConfirmationPage({ params }: Props) {
  const { locale, application } = await loadOwnApplication(params, "/confirmation");
  const user = await getCurrentUser();
  const order = user ? await getOrder(user, application.id) : null;
  if (!order || order.status !== "paid") notFound();
  const t = await getTranslations("ConfirmationPage");
  const format = await getFormatter();
  const paid = order.payments.find((payment) => payment.status === "succeeded");
  const brand = acceptedCardBrand(paid?.cardBrand);
  const { branding } = getConfig();
  const issued = issuedOnPayment(application);

  return (
    <div className="max-w-2xl">
      <div className="mb-8 bg-success p-6 text-center text-white">
        <h1 className="mb-3 text-3xl text-white">{issued ? t("issuedTitle") : t("title")}</h1>
        <p className="text-lg">{t("fileNumberLabel")}</p>
        <p className="text-2xl font-bold">{application.fileNumber}</p>
      </div>
      <SummaryList
        rows={[
          { key: t("amount"), value: formatMoney(order.totalCents, locale) },
          { key: t("reference"), value: <span className="font-mono">{order.reference}</span> },
          ...(order.paidAt
            ? [
                {
                  key: t("paidOn"),
                  value: t("paidAt", {
                    date: format.dateTime(order.paidAt, "long"),
                    time: format.dateTime(order.paidAt, "time"),
                  }),
                },
              ]
            : []),
          ...(brand ? [{ key: t("method"), value: t(`brands.${brand}`) }] : []),
        ]}
      />
      <h2 className="mb-3 text-2xl">{t("nextTitle")}</h2>
      <p className="mb-4">{issued ? t("issuedNextBody") : t("nextBody")}</p>
      {issued ? (
        <p className="mb-4">
          <Link href={`/licences/${application.licenceId}`}>{t("issuedLink")}</Link>
        </p>
      ) : null}
      <p className="mb-8">{t("emailSent")}</p>
      <h2 className="mb-3 text-2xl">{t("contactTitle")}</h2>
      <p className="mb-8">{t("contactBody", { phone: branding.supportPhone, email: branding.supportEmail })}</p>
      <div className="flex flex-wrap items-center gap-4">
        <ButtonLink href="/dashboard">{t("finish")}</ButtonLink>
        <PrintButton label={t("print")} />
        <a
          href={`/api/applications/${application.id}/receipt?locale=${locale}`}
          download
          className="inline-flex min-h-11 items-center font-semibold"
        >
          {t("receipt")}
        </a>
      </div>
    </div>
  );
}
