import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { listMyApplicationsPage, myApplicationGroupNames } from "@/lib/applications/queries";
import { applicationKinds } from "@/lib/applications/registry";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import { Link, redirect } from "@/lib/i18n/navigation";
import { Pagination } from "@/components/admin/pagination";
import { Button, ButtonLink } from "@/components/button";
import { RadioGroup } from "@/components/field";
import { PageHeading } from "@/components/page-heading";
import { MyApplicationList } from "./_components/my-application-list";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "MyApplicationsPage" }))("metaTitle") };
}

/**
 * Every application the account started, of every kind, a page at a time, filtered by where it
 * stands (a GET form: it works without JavaScript and the filter stays in the address).
 */
export default async function MyApplicationsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, "/applications");
  const query = await searchParams;
  const applications = await listMyApplicationsPage(user, {
    status: query.status,
    page: typeof query.page === "string" ? Number(query.page) : 1,
  });
  const kept: Record<string, string> = applications.group ? { status: applications.group } : {};
  // Past the last page (a list that got shorter, an edited address): the last page there is.
  if (applications.page > applications.pages) {
    redirect({ href: { pathname: "/applications", query: { ...kept, page: applications.pages } }, locale });
  }
  const t = await getTranslations("MyApplicationsPage");
  const statusLabels = await getTranslations("ApplicationPage");
  // Each application is named by its kind's own title, as on the main menu.
  const rows = await Promise.all(
    applications.rows.map(async (application) => {
      const kind = applicationKinds.get(application.kind);
      return {
        id: application.id,
        fileNumber: application.fileNumber,
        title: kind ? (await getKindTranslations(kind.messages))("title") : "—",
        status: statusLabels(`statuses.${application.status}`),
        updatedAt: application.updatedAt,
      };
    }),
  );

  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <p className="mb-8">
        <ButtonLink href="/applications/new" variant="secondary">
          {t("startApplication")}
        </ButtonLink>
      </p>
      <form method="get" role="search" aria-label={t("filters")} className="mb-8">
        <RadioGroup
          name="status"
          label={t("show")}
          inline
          defaultValue={applications.group ?? "all"}
          options={["all" as const, ...myApplicationGroupNames].map((group) => ({
            value: group,
            label: t(`groups.${group}`),
          }))}
        />
        <Button variant="secondary">{t("apply")}</Button>
      </form>
      {applications.total === 0 ? (
        <p className="mb-8">
          {applications.group ? (
            <>
              {t("noneInGroup")} <Link href="/applications">{t("showAll")}</Link>
            </>
          ) : (
            t("none")
          )}
        </p>
      ) : (
        <>
          <p className="mb-3" role="status">
            {t("count", { count: applications.total })}
          </p>
          <MyApplicationList rows={rows} />
        </>
      )}
      <Pagination page={applications.page} pages={applications.pages} path="/applications" query={kept} />
    </>
  );
}
