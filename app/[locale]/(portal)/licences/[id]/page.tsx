import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { getLicence } from "@/lib/licences/queries";
import { renewalState } from "@/lib/licences/renewal-window";
import { displayedLicenceStatus } from "@/lib/licences/displayed-status";
import { isoDateToUtc } from "@/lib/time/commission-date";
import { openRenewalOf } from "@/lib/applications/renewal";
import { listChangeRequestsForLicence } from "@/lib/licences/change-requests";
import { EXPIRY_REASON } from "@/lib/licences/jobs";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { NotificationBanner } from "@/components/notification-banner";
import { ButtonLink } from "@/components/button";
import { DataTable } from "@/components/data-table";
import { readFlash } from "@/lib/forms/flash";
import { LicenceStatusTag } from "@/components/licences/status-tag";
import { RenewalBlockedNotice } from "@/components/licences/renewal-notice";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string | string[]; reference?: string | string[] }>;
};

/** The notices this page shows after a redirect (lib/forms/flash). */
const notices = { done: ["change-sent"] } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "LicencePage" }))("metaTitle") };
}

type Address = { line1?: string; city?: string; province?: string; postalCode?: string };
const formatAddress = (value: unknown) => {
  const address = (value ?? {}) as Address;
  return [address.line1, address.city, address.province, address.postalCode].filter(Boolean).join(", ");
};

export default async function LicencePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requireUser(locale, `/licences/${id}`);
  const licence = await getLicence(user, id);
  if (!licence) notFound();
  const t = await getTranslations("LicencePage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const day = (value: Date) => format.dateTime(value, "day");
  const now = new Date();
  const renewal = renewalState(licence, now);
  const renewalApplication = renewal.state === "renewalReceived" ? await openRenewalOf(licence.id) : null;
  const changes = await listChangeRequestsForLicence(licence.id);
  const query = await searchParams;
  const sentReference =
    readFlash(query, notices) && typeof query.reference === "string" ? query.reference.slice(0, 20) : null;
  const displayedStatus = displayedLicenceStatus(licence, now);

  return (
    <>
      {sentReference ? (
        <NotificationBanner tone="success" title={t("changeSent", { reference: sentReference })} />
      ) : null}
      <PageHeading caption={terms(`licenceKinds.${licence.kind}`)}>{licence.number}</PageHeading>

      <div className="mb-8 flex flex-wrap items-center gap-3">
        <LicenceStatusTag status={displayedStatus} label={terms(`licenceStatuses.${displayedStatus}`)} />
        <span>
          {renewal.state === "open" ? t("renewOpen", { days: renewal.daysLeft, date: day(licence.expiresOn) }) : null}
        </span>
        <span>
          {renewal.state === "notYet" ? t("renewNotYet", { date: day(isoDateToUtc(renewal.opensOn)) }) : null}
        </span>
      </div>

      {renewalApplication?.submittedAt ? (
        <NotificationBanner tone="success" title={t("renewalReceivedTitle")}>
          <p>
            {t("renewalReceivedBody", {
              number: renewalApplication.fileNumber,
              date: format.dateTime(renewalApplication.submittedAt, "long"),
            })}
          </p>
        </NotificationBanner>
      ) : null}
      <RenewalBlockedNotice renewal={renewal} messages="LicencePage" />

      <div className="mb-10 flex flex-wrap gap-3">
        <a
          href={`/api/licences/${licence.id}/certificate?lang=${locale}`}
          className="inline-flex min-h-11 items-center rounded border-2 border-brand px-5 py-2 font-semibold text-brand no-underline visited:text-brand hover:bg-info-bg"
        >
          {t("print")}
        </a>
        {renewal.state === "open" ? <ButtonLink href={`/licences/${licence.id}/renew`}>{t("renew")}</ButtonLink> : null}
        {renewal.state !== "expired" ? (
          <ButtonLink href={`/licences/${licence.id}/change`} variant="secondary">
            {t("requestChange")}
          </ButtonLink>
        ) : null}
      </div>

      <h2 className="mb-4 text-2xl">{t("detailsTitle")}</h2>
      <SummaryList
        rows={[
          {
            key: t("holder"),
            value: licence.entity.operatingName
              ? `${licence.entity.legalName} (${licence.entity.operatingName})`
              : licence.entity.legalName,
          },
          {
            key: t("premises"),
            value: licence.premises ? `${licence.premises.name} – ${formatAddress(licence.premises.address)}` : "—",
          },
          { key: t("term"), value: t("termYears", { years: licence.termYears }) },
          { key: t("issuedOn"), value: day(licence.issuedOn) },
          { key: t("expiresOn"), value: day(licence.expiresOn) },
        ]}
      />

      {licence.premises && licence.premises.areas.length > 0 ? (
        <DataTable
          caption={t("areasTitle")}
          headers={[t("areaName"), t("areaSetting"), t("areaFloor"), t("areaCapacity")]}
          rows={licence.premises.areas.map((area) => [
            area.name,
            area.indoor ? t("indoor") : t("outdoor"),
            area.floor,
            format.number(area.capacity),
          ])}
        />
      ) : null}

      <section aria-labelledby="history-title" className="mb-10">
        <h2 id="history-title" className="mb-4 text-2xl">
          {t("historyTitle")}
        </h2>
        <ol className="border-l-4 border-line pl-5">
          {licence.statusEvents.map((event) => (
            <li key={event.id} className="mb-3">
              <strong>{terms(`licenceStatuses.${event.status}`)}</strong> – {format.dateTime(event.occurredAt, "long")}
              {event.reason ? (
                <span className="block text-sm text-muted">
                  {event.reason === EXPIRY_REASON ? t("notRenewedReason") : event.reason}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="documents-title" className="mb-10">
        <h2 id="documents-title" className="mb-4 text-2xl">
          {t("documentsTitle")}
        </h2>
        {licence.documents.length === 0 ? (
          <p>{t("noDocuments")}</p>
        ) : (
          <ul className="space-y-3">
            {licence.documents.map((document) => (
              <li key={document.id} className="border-l-4 border-brand bg-surface px-4 py-3">
                <h3 className="text-lg">{document.title}</h3>
                <p className="text-sm text-muted">{format.dateTime(document.issuedAt, "long")}</p>
                <p className="whitespace-pre-line">{document.body}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {changes.length > 0 ? (
        <section aria-labelledby="changes-title">
          <h2 id="changes-title" className="mb-4 text-2xl">
            {t("changesTitle")}
          </h2>
          <ul className="space-y-3">
            {changes.map((change) => (
              <li key={change.id} className="border border-line px-4 py-3">
                <p className="font-semibold">
                  {change.reference} – {t(`changeKinds.${change.kind}`)} – {t(`changeStatuses.${change.status}`)}
                </p>
                <p className="whitespace-pre-line">{change.description}</p>
                {change.staffReply ? (
                  <p className="mt-2 whitespace-pre-line border-l-4 border-success pl-3">
                    <span className="block text-sm font-semibold">{t("staffReply")}</span>
                    {change.staffReply}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
