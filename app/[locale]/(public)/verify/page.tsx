import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { brandingFor, getFormatter, resolveLocale } from "@/lib/i18n/server";
import { clientIp } from "@/lib/http/client-ip";
import type { PublicLicence } from "@/lib/licences/queries";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { NotificationBanner } from "@/components/notification-banner";
import { ClientMessages } from "@/components/client-messages";
import { VerifyForm } from "./_components/verify-form";
import { lookUpLicence, type LicenceLookup } from "./lookup";
import { PageSection } from "@/components/page-section";
import { DetailLines } from "@/components/detail-lines";
import { printedDetails } from "@/lib/licences/printed-details";
import { translatorFor } from "@/lib/i18n/translator";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ number?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "VerifyPage" }))("metaTitle") };
}

/**
 * The public check of a licence (SPEC §5.4): no account, a number in, its public facts out —
 * holder's public name, kind and endorsements, status, expiry — and nothing else.
 */
export default async function VerifyPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("VerifyPage");
  const { commission } = brandingFor(locale);
  const query = (await searchParams).number;
  // Only a lookup reads the request (the visitor's address, for the rate limit): the empty form is
  // served from the cache (app/prerendered), where reading headers is not allowed.
  const lookup: LicenceLookup =
    query === undefined ? { outcome: "idle" } : await lookUpLicence(query, clientIp(await headers()));
  const typed = lookup.outcome === "idle" ? "" : lookup.number;

  return (
    <>
      <PageHeading lead={t("lead", { commission })}>{t("title")}</PageHeading>
      <ClientMessages namespaces={["VerifyPage"]}>
        <VerifyForm
          action={`/${locale}/verify`}
          defaultNumber={typed}
          error={lookup.outcome === "invalid" ? lookup.error : undefined}
        />
      </ClientMessages>
      {/* With JavaScript the answer replaces the previous one in place: a live region announces it. */}
      <div aria-live="polite" className="max-w-3xl">
        <LookupAnswer lookup={lookup} commission={commission} locale={locale} />
      </div>
    </>
  );
}

async function LookupAnswer({
  lookup,
  commission,
  locale,
}: {
  lookup: LicenceLookup;
  commission: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("VerifyPage");
  switch (lookup.outcome) {
    case "found":
      return <LicenceFound licence={lookup.licence} locale={locale} />;
    case "notFound":
      return (
        <NotificationBanner tone="warning" title={t("notFoundTitle")}>
          <p>{t("notFound", { number: lookup.number, commission })}</p>
        </NotificationBanner>
      );
    case "limited":
      return (
        <NotificationBanner tone="error" title={t("limitedTitle")}>
          <p>{t("limited", { minutes: Math.ceil(lookup.retryAfterSeconds / 60) })}</p>
        </NotificationBanner>
      );
    default:
      return null;
  }
}

async function LicenceFound({ licence, locale }: { licence: PublicLicence; locale: AppLocale }) {
  const t = await getTranslations("VerifyPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  // Licence dates are SQL dates (midnight UTC): in Toronto time they would show the day before.
  const expiresOn = format.dateTime(licence.expiresOn, "day");
  const inForce = licence.status === "active";
  return (
    <PageSection id="verify-result-title" title={t("resultTitle")}>
      {inForce ? (
        <NotificationBanner tone="success" headingLevel={3} title={t("inForceTitle")}>
          <p>{t("inForce", { date: expiresOn })}</p>
        </NotificationBanner>
      ) : (
        <NotificationBanner tone="error" headingLevel={3} title={t("notInForceTitle")}>
          <p>{t("notInForce", { status: licence.status })}</p>
        </NotificationBanner>
      )}
      <SummaryList
        rows={[
          { key: t("holder"), value: licence.holderName },
          { key: t("licenceNumber"), value: licence.number },
          { key: t("kind"), value: terms(`licenceKinds.${licence.kind}`) },
          // Its endorsements: what else the licence allows.
          ...printedDetails(licence.publicDetails, locale, translatorFor(locale)).map((detail) => ({
            key: detail.label,
            value: <DetailLines lines={detail.lines} />,
          })),
          { key: t("status"), value: terms(`licenceStatuses.${licence.status}`) },
          ...(licence.status === "suspended" && licence.suspendedUntil
            ? [
                {
                  key: t("suspendedUntil"),
                  value: t("suspendedUntilValue", { date: format.dateTime(licence.suspendedUntil, "day") }),
                },
              ]
            : []),
          { key: t("expiresOn"), value: expiresOn },
        ]}
      />
    </PageSection>
  );
}
