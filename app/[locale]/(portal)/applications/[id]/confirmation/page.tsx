import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { getConfig } from "@/lib/config";
import { getCurrentUser } from "@/lib/auth/session";
import { surveyStatus } from "@/lib/feedback/survey";
import { readFlash } from "@/lib/forms/flash";
import { getOrder, type OrderView } from "@/lib/payments/orders";
import { acceptedCardBrand } from "@/lib/payments/methods";
import { ButtonLink } from "@/components/button";
import { PrintButton } from "@/components/print-button";
import { SummaryList } from "@/components/summary-list";
import { loadOwnApplication } from "../load";
import { formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { ApplicationView } from "@/lib/applications/queries";
import type { AppLocale } from "@/lib/i18n/routing";
import { SurveySection } from "./_components/survey-section";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The notices this page shows after a redirect (lib/forms/flash): the survey just answered or skipped. */
const notices = { done: ["surveySent", "surveySkipped"] } as const;

/**
 * What the page confirms: a paid order (the payment submitted the file), or a file that owed
 * nothing and was submitted without one. Anything else (a draft, a payment still awaited) is a 404.
 */
async function loadConfirmation(params: Props["params"]) {
  const { locale, application } = await loadOwnApplication(params, "/confirmation");
  const user = await getCurrentUser();
  const order = user ? await getOrder(user, application.id) : null;
  const paidOrder = order?.status === "paid" ? order : null;
  const submittedWithoutFee = order === null && application.submittedAt !== null;
  if (!paidOrder && !submittedWithoutFee) notFound();
  return { locale, application, paidOrder };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { application, paidOrder } = await loadConfirmation(params);
  const t = await getTranslations({ locale, namespace: "ConfirmationPage" });
  return { title: t(titleKey(application, paidOrder)) };
}

/** Paid, and the kind's rules let it through without an officer: approved by the payment itself. */
function issuedOnPayment(application: Pick<ApplicationView, "status" | "licenceId" | "events">): boolean {
  return (
    application.status === "approved" &&
    application.licenceId !== null &&
    application.events.some((event) => event.event === "issueOnPayment")
  );
}

function titleKey(application: ApplicationView, paidOrder: OrderView | null) {
  if (!paidOrder) return "submittedTitle";
  return issuedOnPayment(application) ? "issuedTitle" : "title";
}

/**
 * The confirmation (seed steps 17–18): the file number in a panel, what happens next, contact
 * details and, when paid, the payment and its receipt. The submission is already complete when
 * this shows — the payment completed it — so "Finish payment process" only leads back to the main
 * menu. When the payment also approved it (a kind issued on payment), it says so and links to what
 * was issued. Below, once per file, the short satisfaction survey.
 */
export default async function ConfirmationPage({ params, searchParams }: Props) {
  const { locale, application, paidOrder } = await loadConfirmation(params);
  const flash = readFlash(await searchParams, notices);
  const user = await getCurrentUser();
  const survey = user ? await surveyStatus(user, application.id) : null;
  const t = await getTranslations("ConfirmationPage");
  const { branding } = getConfig();
  const issued = paidOrder !== null && issuedOnPayment(application);

  return (
    <div className="max-w-2xl">
      <div className="mb-8 bg-success p-6 text-center text-white">
        <h1 className="mb-3 text-3xl text-white">{t(titleKey(application, paidOrder))}</h1>
        <p className="text-lg">{t("fileNumberLabel")}</p>
        <p className="text-2xl font-bold">{application.fileNumber}</p>
      </div>
      {paidOrder ? <PaymentSummary order={paidOrder} locale={locale} /> : null}
      <h2 className="mb-3 text-2xl">{t("nextTitle")}</h2>
      {/* Paid, a link or the e-mail's line follows before the next heading. */}
      <p className={paidOrder ? "mb-4" : "mb-8"}>
        {issued ? t("issuedNextBody") : paidOrder ? t("nextBody") : t("submittedNextBody")}
      </p>
      {issued ? (
        <p className="mb-4">
          <Link href={`/licences/${application.licenceId}`}>{t("issuedLink")}</Link>
        </p>
      ) : null}
      {paidOrder ? <p className="mb-8">{t("emailSent")}</p> : null}
      <h2 className="mb-3 text-2xl">{t("contactTitle")}</h2>
      <p className="mb-8">{t("contactBody", { phone: branding.supportPhone, email: branding.supportEmail })}</p>
      <div className="flex flex-wrap items-center gap-4">
        <ButtonLink href="/dashboard">{paidOrder ? t("finish") : t("toDashboard")}</ButtonLink>
        <PrintButton label={t("print")} />
        {paidOrder ? (
          <a
            href={`/api/applications/${application.id}/receipt?locale=${locale}`}
            download
            className="inline-flex min-h-11 items-center font-semibold"
          >
            {t("receipt")}
          </a>
        ) : null}
      </div>
      {survey ? (
        <SurveySection locale={locale} applicationId={application.id} status={survey} justDone={flash !== null} />
      ) : null}
    </div>
  );
}

/** What was paid, how, and its reference. */
async function PaymentSummary({ order, locale }: { order: OrderView; locale: AppLocale }) {
  const t = await getTranslations("ConfirmationPage");
  const format = await getFormatter();
  const paid = order.payments.find((payment) => payment.status === "succeeded");
  const brand = acceptedCardBrand(paid?.cardBrand);
  return (
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
  );
}
