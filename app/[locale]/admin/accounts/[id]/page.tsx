import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { can, mayChangeAccountStatus } from "@/lib/auth/permissions";
import { getAccountForStaff } from "@/lib/accounts/staff";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { DataTable } from "@/components/data-table";
import { Button } from "@/components/button";
import { SelectField } from "@/components/field";
import { changeRoleAction, setAccountDisabledAction } from "./actions";
import { PageSection } from "@/components/page-section";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminAccountPage" }))("metaTitle") };
}

export default async function AdminAccountPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const staff = await requirePermission("searchRecords");
  const { id } = await params;
  const account = await getAccountForStaff(staff, id);
  if (!account) notFound();
  const t = await getTranslations("AdminAccountPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const languages = await getTranslations("Languages");
  const name = `${account.firstName} ${account.lastName}`;
  const isSelf = account.id === staff.id;

  return (
    <>
      <PageHeading caption={t("caption")}>{name}</PageHeading>
      <SummaryList
        rows={[
          { key: t("email"), value: account.email },
          { key: t("phone"), value: account.phone ?? "—" },
          { key: t("role"), value: terms(`accountRoles.${account.role}`) },
          { key: t("status"), value: terms(`accountStatuses.${account.status}`) },
          { key: t("language"), value: languages(account.locale) },
          { key: t("created"), value: format.dateTime(account.createdAt, "long") },
        ]}
      />

      <DataTable
        caption={t("linksTitle")}
        headers={[t("entity"), t("linkedBy"), t("since")]}
        rows={account.links.map((link) => [
          <Link key="entity" href={`/admin/entities/${link.entity.id}`}>
            {link.entity.legalName}
          </Link>,
          terms(`linkVia.${link.via}`),
          link.revokedAt
            ? t("unlinkedOn", { date: format.dateTime(link.revokedAt, "long") })
            : format.dateTime(link.createdAt, "long"),
        ])}
      />

      {!isSelf && account.status !== "pending" && mayChangeAccountStatus(staff.role, account.role) ? (
        <PageSection id="access-title" title={t("accessTitle")} className="mb-10" headingClassName="mb-3 text-2xl">
          <p className="mb-4 max-w-prose">{account.status === "active" ? t("disableHint") : t("enableHint")}</p>
          <form action={setAccountDisabledAction.bind(null, locale)}>
            <input type="hidden" name="userId" value={account.id} />
            <input type="hidden" name="disabled" value={account.status === "active" ? "yes" : "no"} />
            <Button variant={account.status === "active" ? "danger" : "secondary"}>
              {account.status === "active" ? t("disable", { name }) : t("enable", { name })}
            </Button>
          </form>
        </PageSection>
      ) : null}

      {!isSelf && can(staff.role, "manageStaff") ? (
        <PageSection id="role-title" title={t("roleTitle")} className="mb-10" headingClassName="mb-3 text-2xl">
          <form action={changeRoleAction.bind(null, locale)} className="max-w-md">
            <input type="hidden" name="userId" value={account.id} />
            <SelectField
              name="role"
              label={t("newRole")}
              hint={t("roleHint")}
              defaultValue={account.role}
              options={(["applicant", "customer_service", "licensing_officer", "admin"] as const).map((role) => ({
                value: role,
                label: terms(`accountRoles.${role}`),
              }))}
            />
            <Button variant="secondary">{t("changeRole")}</Button>
          </form>
        </PageSection>
      ) : null}
    </>
  );
}
