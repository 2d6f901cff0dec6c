import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { getLicence } from "@/lib/licences/queries";
import { renewalState, type RenewalState } from "@/lib/licences/renewal-window";
import { displayedLicenceStatus } from "@/lib/licences/displayed-status";
import { openApplicationOn } from "@/lib/applications/on-licence";
import { applicationKinds, isRenewable } from "@/lib/applications/registry";
import { openReportsOn, reportsDue } from "@/lib/applications/reports";
import { MAX_OPEN_DRAFTS } from "@/lib/applications/commands";
import { listChangeRequestsForLicence } from "@/lib/change-requests/requests";
import { surrenderOffer } from "@/lib/licences/surrender";
import { isFinalStatus } from "@/lib/licences/status-actions";
import type { LicenceStatus } from "@/lib/db/generated/client";
import { readFlash } from "@/lib/forms/flash";
import { PageHeading } from "@/components/page-heading";
import { NotificationBanner } from "@/components/notification-banner";
import { RenewalBlockedNotice } from "@/components/licences/renewal-notice";
import { LicenceStatusLine } from "./_components/status-line";
import { RenewalReceivedBanner } from "./_components/renewal-received-banner";
import { ReportsSection } from "./_components/reports-section";
import { LicenceActions, type ChangeOffer } from "./_components/licence-actions";
import { LicenceParticulars } from "@/components/licences/licence-particulars";
import { HistorySection } from "./_components/history-section";
import { DocumentsSection } from "./_components/documents-section";
import { ChangeRequestsSection } from "./_components/change-requests-section";
import { AccessSection } from "./_components/access-section";
import { listAccountsWithAccess } from "@/lib/entities/queries";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string | string[]; error?: string | string[]; reference?: string | string[] }>;
};

/** The notices this page shows after a redirect (lib/forms/flash): a change request sent, a change application refused. */
const notices = {
  done: ["change-sent", "surrender-sent"],
  error: ["inProgress", "notFound", "expired", "tooManyDrafts", "alreadyFiled"],
} as const;

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
  // What the licence's kind offers: a permit for its event days has no renewal.
  const renewable = isRenewable(licence.kind);
  const renewal = renewalState({ ...licence, renewable }, now);
  const renewalApplication =
    renewal.state === "renewalReceived" ? await openApplicationOn(licence.id, "renewal") : null;
  const change = await changeOffer(licence, renewal, user.id);
  const changes = await listChangeRequestsForLicence(licence.id);
  // Null for staff reading the page: only the holder's accounts ask to surrender.
  const surrender = renewal.state === "expired" ? null : await surrenderOffer(user, licence.id);
  const [dueReports, openReports, accounts] = await Promise.all([
    reportsDue([licence], now),
    openReportsOn(licence.id, user.id),
    listAccountsWithAccess(user, licence.entity.id),
  ]);
  const query = await searchParams;
  const flash = readFlash(query, notices);
  const sentReference =
    flash?.kind === "done" && typeof query.reference === "string" ? query.reference.slice(0, 20) : null;

  return (
    <>
      {sentReference ? (
        <NotificationBanner
          tone="success"
          title={t(flash?.notice === "surrender-sent" ? "surrenderSent" : "changeSent", { reference: sentReference })}
        >
          {flash?.notice === "surrender-sent" ? <p>{t("surrenderSentBody")}</p> : null}
        </NotificationBanner>
      ) : null}
      {flash?.kind === "error" ? (
        <NotificationBanner tone="error" title={t("changeApplication.refusedTitle")}>
          <p>{t(`changeApplication.refused.${flash.notice}`, { max: MAX_OPEN_DRAFTS })}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={terms(`licenceKinds.${licence.kind}`)}>{licence.number}</PageHeading>
      <LicenceStatusLine licence={licence} renewal={renewal} displayedStatus={displayedLicenceStatus(licence, now)} />
      <RenewalReceivedBanner application={renewalApplication} />
      {/* What never renews needs no word on why it cannot be renewed. */}
      {renewable ? (
        <RenewalBlockedNotice
          renewal={renewal}
          status={licence.status}
          licenceKind={licence.kind}
          messages="LicencePage"
        />
      ) : null}
      <LicenceActions licenceId={licence.id} renewal={renewal} change={change} surrender={surrender} locale={locale} />
      <ReportsSection licence={licence} due={dueReports} open={openReports} locale={locale} />
      <LicenceParticulars licence={licence} locale={locale} title={t("detailsTitle")} />
      <HistorySection events={licence.statusEvents} changes={changes} />
      <DocumentsSection licenceId={licence.id} user={user} />
      <ChangeRequestsSection changes={changes} />
      <AccessSection entityId={licence.entity.id} accounts={accounts} />
    </>
  );
}

/** How this licence can be changed today, and whether a change application is already open on it. */
async function changeOffer(
  licence: { id: string; kind: string; status: LicenceStatus },
  renewal: RenewalState,
  userId: string,
): Promise<ChangeOffer> {
  // Nothing changes on a licence that has ended: expired, cancelled or surrendered.
  if (renewal.state === "expired" || isFinalStatus(licence.status)) return { type: "none" };
  if (licence.status !== "active" || !applicationKinds.onLicence(licence.kind, "change")) return { type: "request" };
  const open = await openApplicationOn(licence.id, "change");
  if (!open) return { type: "application", own: null, otherNumber: null };
  return open.userId === userId
    ? { type: "application", own: { id: open.id, fileNumber: open.fileNumber }, otherNumber: null }
    : { type: "application", own: null, otherNumber: open.fileNumber };
}
