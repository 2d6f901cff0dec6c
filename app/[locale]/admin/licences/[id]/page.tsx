import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { getLicenceForStaff } from "@/lib/licences/staff";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { DetailLines } from "@/components/detail-lines";
import { printedDetails } from "@/lib/licences/printed-details";
import { translatorFor } from "@/lib/i18n/translator";
import { NotificationBanner } from "@/components/notification-banner";
import { readFlash } from "@/lib/forms/flash";
import { isLicenceStatusAction, licenceStatusActions } from "@/lib/licences/status-actions";
import { StatusSection } from "./_components/status-section";
import { ComplianceDocumentsSection } from "./_components/compliance-documents-section";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ statusAction?: string | string[]; done?: string | string[] }>;
};

/** The notice after a status action (lib/forms/flash). */
const notices = { done: licenceStatusActions } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminLicencePage" }))("metaTitle") };
}

/** One licence for staff: its holder and status, the status actions and the compliance documents. */
export default async function AdminLicencePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const staff = await requirePermission("viewEntities");
  const { id } = await params;
  const licence = await getLicenceForStaff(staff, id);
  if (!licence) notFound();
  const t = await getTranslations("AdminLicencePage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const query = await searchParams;
  const flash = readFlash(query, notices);
  const chosen = isLicenceStatusAction(query.statusAction) ? query.statusAction : null;

  return (
    <>
      {flash?.kind === "done" ? (
        <NotificationBanner
          tone="success"
          title={t(`statusSection.done.${flash.notice}`, { number: licence.number })}
        />
      ) : null}
      <PageHeading caption={terms(`licenceKinds.${licence.kind}`)}>{licence.number}</PageHeading>
      <SummaryList
        rows={[
          {
            key: t("holder"),
            value: <Link href={`/admin/entities/${licence.entity.id}`}>{licence.entity.legalName}</Link>,
          },
          {
            key: t("status"),
            value: licence.suspendedUntil
              ? t("statusSection.suspendedThrough", { date: format.dateTime(licence.suspendedUntil, "day") })
              : terms(`licenceStatuses.${licence.status}`),
          },
          // What the certificate prints beyond these facts: a permit's event, a licence's endorsements.
          ...printedDetails(licence.details, locale, translatorFor(locale)).map((detail) => ({
            key: detail.label,
            value: <DetailLines lines={detail.lines} />,
          })),
          { key: t("issuedOn"), value: format.dateTime(licence.issuedOn, "day") },
          { key: t("expiresOn"), value: format.dateTime(licence.expiresOn, "day") },
        ]}
      />
      <StatusSection licence={licence} staff={staff} locale={locale} chosen={chosen} />
      <ComplianceDocumentsSection licenceId={licence.id} staff={staff} locale={locale} />
    </>
  );
}
