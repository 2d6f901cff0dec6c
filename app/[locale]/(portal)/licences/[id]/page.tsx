import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { getLicence } from "@/lib/licences/queries";
import { renewalState } from "@/lib/licences/renewal-window";
import { displayedLicenceStatus } from "@/lib/licences/displayed-status";
import { openApplicationOn } from "@/lib/applications/on-licence";
import { listChangeRequestsForLicence } from "@/lib/licences/change-requests";
import { readFlash } from "@/lib/forms/flash";
import { PageHeading } from "@/components/page-heading";
import { NotificationBanner } from "@/components/notification-banner";
import { RenewalBlockedNotice } from "@/components/licences/renewal-notice";
import { LicenceStatusLine } from "./_components/status-line";
import { RenewalReceivedBanner } from "./_components/renewal-received-banner";
import { LicenceActions } from "./_components/licence-actions";
import { DetailsSection } from "./_components/details-section";
import { HistorySection } from "./_components/history-section";
import { DocumentsSection } from "./_components/documents-section";
import { ChangeRequestsSection } from "./_components/change-requests-section";

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

export default async function LicencePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requireUser(locale, `/licences/${id}`);
  const licence = await getLicence(user, id);
  if (!licence) notFound();
  const t = await getTranslations("LicencePage");
  const terms = await getTranslations("Terms");
  const now = new Date();
  const renewal = renewalState(licence, now);
  const renewalApplication =
    renewal.state === "renewalReceived" ? await openApplicationOn(licence.id, "renewal") : null;
  const changes = await listChangeRequestsForLicence(licence.id);
  const query = await searchParams;
  const sentReference =
    readFlash(query, notices) && typeof query.reference === "string" ? query.reference.slice(0, 20) : null;

  return (
    <>
      {sentReference ? (
        <NotificationBanner tone="success" title={t("changeSent", { reference: sentReference })} />
      ) : null}
      <PageHeading caption={terms(`licenceKinds.${licence.kind}`)}>{licence.number}</PageHeading>
      <LicenceStatusLine licence={licence} renewal={renewal} displayedStatus={displayedLicenceStatus(licence, now)} />
      <RenewalReceivedBanner application={renewalApplication} />
      <RenewalBlockedNotice renewal={renewal} messages="LicencePage" />
      <LicenceActions licenceId={licence.id} renewal={renewal} locale={locale} />
      <DetailsSection licence={licence} />
      <HistorySection events={licence.statusEvents} />
      <DocumentsSection documents={licence.documents} />
      <ChangeRequestsSection changes={changes} />
    </>
  );
}
