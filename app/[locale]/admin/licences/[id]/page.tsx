import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { getLicenceForStaff } from "@/lib/licences/staff";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { StatusSection } from "./_components/status-section";
import { ComplianceDocumentsSection } from "./_components/compliance-documents-section";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminLicencePage" }))("metaTitle") };
}

/** One licence for staff: its holder and status, the status actions and the compliance documents. */
export default async function AdminLicencePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const staff = await requirePermission("viewEntities");
  const { id } = await params;
  const licence = await getLicenceForStaff(staff, id);
  if (!licence) notFound();
  const t = await getTranslations("AdminLicencePage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();

  return (
    <>
      <PageHeading caption={terms(`licenceKinds.${licence.kind}`)}>{licence.number}</PageHeading>
      <SummaryList
        rows={[
          {
            key: t("holder"),
            value: <Link href={`/admin/entities/${licence.entity.id}`}>{licence.entity.legalName}</Link>,
          },
          { key: t("status"), value: terms(`licenceStatuses.${licence.status}`) },
          { key: t("issuedOn"), value: format.dateTime(licence.issuedOn, "day") },
          { key: t("expiresOn"), value: format.dateTime(licence.expiresOn, "day") },
        ]}
      />
      <StatusSection licence={licence} staff={staff} locale={locale} />
      <ComplianceDocumentsSection licenceId={licence.id} staff={staff} locale={locale} />
    </>
  );
}
