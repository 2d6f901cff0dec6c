import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { listChangeRequestsForStaff } from "@/lib/change-requests/requests";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { DataTable } from "@/components/data-table";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminChangeRequestsPage" }))("metaTitle") };
}

/**
 * The change-request queue: oldest open first, each opened on its own page to decide it. A
 * surrender is recorded on the staff licence page, which its row leads to.
 */
export default async function AdminChangeRequestsPage({ params, searchParams }: Props) {
  await resolveLocale(params);
  const staff = await requirePermission("handleChangeRequests");
  const queue = (await searchParams).status === "decided" ? "decided" : "open";
  const requests = await listChangeRequestsForStaff(staff, queue);
  if (!requests) notFound();
  const t = await getTranslations("AdminChangeRequestsPage");
  const kinds = await getTranslations("LicencePage");
  const format = await getFormatter();
  return (
    <>
      <PageHeading>{t("title")}</PageHeading>
      <nav aria-label={t("filter")} className="mb-8 flex gap-6">
        <Link
          href="/admin/change-requests"
          aria-current={queue === "open" ? "page" : undefined}
          className={queue === "open" ? "font-bold" : ""}
        >
          {t("open")}
        </Link>
        <Link
          href="/admin/change-requests?status=decided"
          aria-current={queue === "decided" ? "page" : undefined}
          className={queue === "decided" ? "font-bold" : ""}
        >
          {t("decided")}
        </Link>
      </nav>
      {requests.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          caption={queue === "open" ? t("open") : t("decided")}
          hiddenCaption
          rowHeader={0}
          scrollable={{ label: t("tableLabel"), minWidth: "min-w-[44rem]" }}
          headers={[t("reference"), t("kind"), t("holder"), t("licence"), t("received"), t("status")]}
          rows={requests.map((request) => [
            <Link key="reference" href={`/admin/change-requests/${request.id}`}>
              {request.reference}
            </Link>,
            request.kind === "surrender" ? (
              <span key="kind">
                {kinds(`changeKinds.${request.kind}`)}{" "}
                <Link href={`/admin/licences/${request.licence.id}`} className="block text-sm">
                  {t("surrenderOnLicence", { number: request.licence.number })}
                </Link>
              </span>
            ) : (
              kinds(`changeKinds.${request.kind}`)
            ),
            <Link key="holder" href={`/admin/entities/${request.licence.entity.id}`}>
              {request.licence.entity.legalName}
            </Link>,
            request.licence.number,
            format.dateTime(request.createdAt, "long"),
            kinds(`changeStatuses.${request.status}`),
          ])}
        />
      )}
    </>
  );
}
