import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getEntityForStaff } from "@/lib/entities/staff";
import { listPeopleHistory } from "@/lib/entities/people";
import { PageHeading } from "@/components/page-heading";
import { EntitySummary } from "./_components/entity-summary";
import { PeopleSection } from "./_components/people-section";
import { LicencesTable } from "./_components/licences-table";
import { AccessCodesSection } from "./_components/access-codes-section";
import { LinkedAccountsSection } from "./_components/linked-accounts-section";
import { ReportsSection } from "./_components/reports-section";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminEntityPage" }))("metaTitle") };
}

/** The whole entity file for staff: people, licences, access codes, linked accounts, reports. */
export default async function AdminEntityPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const staff = await requirePermission("viewEntities");
  const { id } = await params;
  const [entity, people] = await Promise.all([getEntityForStaff(staff, id), listPeopleHistory(staff, id)]);
  if (!entity || !people) notFound();
  const t = await getTranslations("AdminEntityPage");
  const now = new Date();

  return (
    <>
      <PageHeading caption={t("caption")}>{entity.legalName}</PageHeading>
      <EntitySummary entity={entity} />
      <PeopleSection entityId={entity.id} people={people} canManage={can(staff.role, "managePeopleOnFile")} />
      <LicencesTable licences={entity.licences} canPrintLetters={can(staff.role, "issueAccessCodes")} now={now} />
      <AccessCodesSection
        entity={entity}
        locale={locale}
        now={now}
        canRevoke={can(staff.role, "revokeAccessCodes")}
        canIssue={can(staff.role, "issueAccessCodes")}
      />
      <LinkedAccountsSection
        entity={entity}
        locale={locale}
        canGrantReports={can(staff.role, "grantReportsAccess")}
        canUnlink={can(staff.role, "unlinkAccounts")}
      />
      <ReportsSection entity={entity} canPublish={can(staff.role, "publishReports")} />
    </>
  );
}
