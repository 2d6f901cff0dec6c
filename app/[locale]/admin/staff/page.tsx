import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { listStaff } from "@/lib/accounts/staff";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { DataTable } from "@/components/data-table";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminStaffPage" }))("metaTitle") };
}

/** Administrators see every staff account and open one to change its role. */
export default async function AdminStaffPage({ params }: Props) {
  await resolveLocale(params);
  const admin = await requirePermission("manageStaff");
  const staff = await listStaff(admin);
  if (!staff) notFound();
  const t = await getTranslations("AdminStaffPage");
  const terms = await getTranslations("Terms");
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <DataTable
        caption={t("caption")}
        headers={[t("name"), t("email"), t("role"), t("status")]}
        rows={staff.map((user) => [
          <Link key="name" href={`/admin/accounts/${user.id}`}>{`${user.firstName} ${user.lastName}`}</Link>,
          user.email,
          terms(`accountRoles.${user.role}`),
          terms(`accountStatuses.${user.status}`),
        ])}
      />
    </>
  );
}
