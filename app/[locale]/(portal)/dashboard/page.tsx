import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { listMyLicences } from "@/lib/licences/queries";
import { listMyApplications } from "@/lib/applications/queries";
import { DataTable } from "@/components/data-table";
import { renewalState } from "@/lib/licences/renewal-window";
import { displayedLicenceStatus } from "@/lib/licences/displayed-status";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { NotificationBanner } from "@/components/notification-banner";
import { ButtonLink } from "@/components/button";
import { LicenceStatusTag } from "@/components/licences/status-tag";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "DashboardPage" }))("metaTitle") };
}

/** The main menu: what needs attention first, then licences, applications and messages. */
export default async function DashboardPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, "/dashboard");
  const t = await getTranslations("DashboardPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const now = new Date();
  const licences = (await listMyLicences(user)).map((licence) => ({
    ...licence,
    renewal: renewalState(licence, now),
    displayedStatus: displayedLicenceStatus(licence, now),
  }));
  const expiryDate = (value: Date) => format.dateTime(value, "day");
  const attention = licences.filter((licence) => licence.renewal.state === "open");
  const applications = await listMyApplications(user);
  const applicationLabels = await getTranslations("ApplicationPage");
  const kinds = await getTranslations("NewApplicationPage");

  return (
    <>
      <PageHeading lead={t("welcome", { name: user.firstName })}>{t("title")}</PageHeading>

      {attention.length > 0 ? (
        <NotificationBanner tone="warning" title={t("attentionTitle")}>
          <ul className="list-disc space-y-1 pl-6">
            {attention.map((licence) => (
              <li key={licence.id}>
                {t.rich("renewSoon", {
                  number: licence.number,
                  date: expiryDate(licence.expiresOn),
                  days: licence.renewal.state === "open" ? licence.renewal.daysLeft : 0,
                  link: (chunks) => <Link href={`/licences/${licence.id}/renew`}>{chunks}</Link>,
                })}
              </li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}

      <section aria-labelledby="licences-title" className="mb-12">
        <h2 id="licences-title" className="mb-4 text-2xl">
          {t("licencesTitle")}
        </h2>
        {licences.length === 0 ? (
          <p className="max-w-prose">
            {t.rich("noLicences", { link: (chunks) => <Link href="/profile#access-codes">{chunks}</Link> })}
          </p>
        ) : (
          <ul className="grid gap-4 lg:grid-cols-2">
            {licences.map((licence) => (
              <li key={licence.id} className="flex flex-col border border-line border-t-4 border-t-brand p-5">
                <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                  <h3 className="text-xl">
                    <Link href={`/licences/${licence.id}`}>{licence.number}</Link>
                  </h3>
                  <LicenceStatusTag
                    status={licence.displayedStatus}
                    label={terms(`licenceStatuses.${licence.displayedStatus}`)}
                  />
                </div>
                <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="font-semibold">{t("kind")}</dt>
                  <dd>{terms(`licenceKinds.${licence.kind}`)}</dd>
                  <dt className="font-semibold">{t("premises")}</dt>
                  <dd>{licence.premises?.name ?? licence.entity.operatingName ?? licence.entity.legalName}</dd>
                  <dt className="font-semibold">{t("expiresOn")}</dt>
                  <dd>{expiryDate(licence.expiresOn)}</dd>
                </dl>
                {licence.renewal.state === "expired" ? (
                  <p className="mb-4 border-l-4 border-error bg-error-bg px-3 py-2 text-sm">
                    {t.rich("expiredExplanation", { link: (chunks) => <Link href="/applications/new">{chunks}</Link> })}
                  </p>
                ) : null}
                <div className="mt-auto flex flex-wrap gap-3">
                  {licence.renewal.state === "open" ? (
                    <ButtonLink href={`/licences/${licence.id}/renew`}>
                      {t("renew", { number: licence.number })}
                    </ButtonLink>
                  ) : null}
                  <ButtonLink href={`/licences/${licence.id}`} variant="secondary">
                    {t("view", { number: licence.number })}
                  </ButtonLink>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="applications-title" className="mb-12">
        <h2 id="applications-title" className="mb-3 text-2xl">
          {t("applicationsTitle")}
        </h2>
        {applications.length === 0 ? (
          <p className="mb-4">{t("noApplications")}</p>
        ) : (
          <DataTable
            caption={<span className="sr-only">{t("applicationsCaption")}</span>}
            headers={[
              t("fileNumber"),
              t("applicationKind"),
              t("applicationStatus"),
              t("lastChange"),
              <span key="action" className="sr-only">
                {t("applicationAction")}
              </span>,
            ]}
            rows={applications.map((application) => [
              application.fileNumber,
              kinds(`kinds.${application.kind as "liquor_sales_new"}`),
              applicationLabels(`statuses.${application.status}`),
              format.dateTime(application.updatedAt, "long"),
              application.status === "awaiting_payment" ? (
                <Link key="open" href={`/applications/${application.id}/payment`} className="font-semibold">
                  {t("payApplication")}
                  <span className="sr-only"> {application.fileNumber}</span>
                </Link>
              ) : (
                <span key="open" className="flex flex-col gap-1">
                  <Link href={`/applications/${application.id}`}>
                    {application.status === "draft" ? t("continueApplication") : t("viewApplication")}
                    <span className="sr-only"> {application.fileNumber}</span>
                  </Link>
                  {application.order?.status === "paid" ? (
                    <a href={`/api/applications/${application.id}/receipt?locale=${locale}`} download>
                      {t("receipt")}
                      <span className="sr-only"> {application.fileNumber}</span>
                    </a>
                  ) : null}
                </span>
              ),
            ])}
          />
        )}
        <ButtonLink href="/applications/new" variant="secondary">
          {t("startApplication")}
        </ButtonLink>
      </section>

      <section aria-labelledby="more-title">
        <h2 id="more-title" className="mb-3 text-2xl">
          {t("moreTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <Link href="/inquiries">{t("inquiriesLink")}</Link>
          </li>
          <li>
            <Link href="/reports">{t("reportsLink")}</Link>
          </li>
          <li>
            <Link href="/profile">{t("profileLink")}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
