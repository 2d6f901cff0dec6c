import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { listMyLicencesPage } from "@/lib/licences/queries";
import { displayedLicenceStatus } from "@/lib/licences/displayed-status";
import { Link, redirect } from "@/lib/i18n/navigation";
import { Pagination } from "@/components/admin/pagination";
import { Button } from "@/components/button";
import { TextField } from "@/components/field";
import { DataTable } from "@/components/data-table";
import { PageHeading } from "@/components/page-heading";
import { LicenceStatusTag } from "@/components/licences/status-tag";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "MyLicencesPage" }))("metaTitle") };
}

/**
 * Every licence, permit and registration of the businesses linked to the account, a page at a
 * time: the main menu shows the first few, and an agent may hold hundreds. A GET search form, so
 * it works without JavaScript and the search stays in the address.
 */
export default async function MyLicencesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, "/licences");
  const query = await searchParams;
  const licences = await listMyLicencesPage(user, {
    search: query.q,
    page: typeof query.page === "string" ? Number(query.page) : 1,
  });
  const kept: Record<string, string> = licences.search ? { q: licences.search } : {};
  // Past the last page (a shorter list, an edited address): the last page there is.
  if (licences.page > licences.pages) {
    redirect({ href: { pathname: "/licences", query: { ...kept, page: licences.pages } }, locale });
  }
  const t = await getTranslations("MyLicencesPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const now = new Date();

  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <form method="get" role="search" aria-label={t("searchLabel")} className="mb-8 flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1 sm:max-w-xl">
          <TextField
            name="q"
            label={t("searchLabel")}
            hint={t("searchHint")}
            type="search"
            defaultValue={licences.search}
            autoComplete="off"
          />
        </div>
        <div className="mb-6">
          <Button variant="secondary">{t("search")}</Button>
        </div>
      </form>
      {licences.total === 0 ? (
        <p className="mb-8">
          {licences.search ? (
            <>
              {t("noneMatching")} <Link href="/licences">{t("showAll")}</Link>
            </>
          ) : (
            t.rich("none", { link: (chunks) => <Link href="/profile#access-codes">{chunks}</Link> })
          )}
        </p>
      ) : (
        <>
          <p className="mb-3" role="status">
            {t("count", { count: licences.total })}
          </p>
          <DataTable
            caption={t("title")}
            hiddenCaption
            rowHeader={0}
            scrollable={{ label: t("tableLabel"), minWidth: "min-w-[44rem]" }}
            headers={[t("number"), t("kind"), t("holder"), t("status"), t("expiresOn")]}
            rows={licences.rows.map((licence) => {
              const status = displayedLicenceStatus(licence, now);
              return [
                <Link key="number" href={`/licences/${licence.id}`} className="whitespace-nowrap font-semibold">
                  {licence.number}
                </Link>,
                terms(`licenceKinds.${licence.kind}`),
                licence.premises?.name ?? licence.entity.operatingName ?? licence.entity.legalName,
                <LicenceStatusTag key="status" status={status} label={terms(`licenceStatuses.${status}`)} />,
                format.dateTime(licence.expiresOn, "day"),
              ];
            })}
          />
        </>
      )}
      <Pagination page={licences.page} pages={licences.pages} path="/licences" query={kept} />
    </>
  );
}
