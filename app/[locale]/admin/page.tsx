import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { searchAccounts } from "@/lib/accounts/staff";
import { searchEntities } from "@/lib/entities/staff";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { Button } from "@/components/button";
import { TextField } from "@/components/field";
import { DataTable } from "@/components/data-table";
import { Pagination } from "@/components/admin/pagination";
import { PageSection } from "@/components/page-section";
import { NewsList } from "@/components/news-list";
import { currentNews } from "@/lib/news/queries";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminSearchPage" }))("metaTitle") };
}

/** Staff search: accounts by name or e-mail, entities by name, business number or licence number. */
export default async function AdminSearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const staff = await requirePermission("searchRecords");
  const t = await getTranslations("AdminSearchPage");
  const terms = await getTranslations("Terms");
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q.slice(0, 100) : "";
  const page = Number(typeof query.page === "string" ? query.page : "1");
  const [accounts, entities, news] = await Promise.all([
    searchAccounts(staff, q, page),
    searchEntities(staff, q, page),
    currentNews("staff", locale),
  ]);

  return (
    <>
      <PageHeading>{t("title")}</PageHeading>
      {news.length > 0 ? (
        <PageSection id="news-title" title={t("newsTitle")} className="mb-10 border-l-8 border-brand bg-info-bg p-6">
          <NewsList items={news} />
        </PageSection>
      ) : null}
      <form method="get" role="search" className="mb-10 flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1">
          <TextField
            name="q"
            label={t("searchLabel")}
            hint={t("searchHint")}
            type="search"
            defaultValue={q}
            autoComplete="off"
          />
        </div>
        <div className="mb-6">
          <Button>{t("submit")}</Button>
        </div>
      </form>

      {!accounts || !entities ? (
        <p className="text-muted">{t("startHint")}</p>
      ) : (
        <>
          {accounts.rows.length === 0 ? (
            <p className="mb-8">{t("noAccounts")}</p>
          ) : (
            <DataTable
              caption={`${t("accountsTitle")} (${accounts.total})`}
              headers={[t("name"), t("email"), t("role"), t("status")]}
              rows={accounts.rows.map((user) => [
                <Link key="name" href={`/admin/accounts/${user.id}`}>{`${user.firstName} ${user.lastName}`}</Link>,
                user.email,
                terms(`accountRoles.${user.role}`),
                terms(`accountStatuses.${user.status}`),
              ])}
            />
          )}
          {entities.rows.length === 0 ? (
            <p className="mb-8">{t("noEntities")}</p>
          ) : (
            <DataTable
              caption={`${t("entitiesTitle")} (${entities.total})`}
              headers={[t("legalName"), t("businessNumber"), t("licences")]}
              rows={entities.rows.map((entity) => [
                <Link key="name" href={`/admin/entities/${entity.id}`}>
                  {entity.legalName}
                </Link>,
                entity.businessNumber ?? "—",
                entity.licences.map((licence) => licence.number).join(", ") || "—",
              ])}
            />
          )}
          <Pagination page={page} pages={Math.max(accounts.pages, entities.pages)} path="/admin" query={{ q }} />
        </>
      )}
    </>
  );
}
