import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { listInquiriesForStaff } from "@/lib/inquiries/staff";
import { staffQueueQuerySchema } from "@/lib/inquiries/schemas";
import { staffQueueFilters } from "@/lib/inquiries/rules";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { RadioGroup } from "@/components/field";
import { Button } from "@/components/button";
import { DataTable } from "@/components/data-table";
import { Pagination } from "@/components/admin/pagination";
import { InquiryStatusTag } from "@/app/[locale]/(portal)/inquiries/_components/inquiry-status-tag";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return {
    title: (await getTranslations({ locale, namespace: "AdminInquiriesPage" }))("metaTitle"),
    robots: { index: false, follow: false },
  };
}

/** The inquiries queue: open ones first, the longest waiting at the top; a GET form filters by status. */
export default async function AdminInquiriesPage({ params, searchParams }: Props) {
  await resolveLocale(params);
  const staff = await requirePermission("handleInquiries");
  const query = staffQueueQuerySchema.parse(await searchParams);
  const queue = await listInquiriesForStaff(staff, query);
  if (!queue) notFound();

  const t = await getTranslations("AdminInquiriesPage");
  const inquiry = await getTranslations("Inquiry");
  const format = await getFormatter();

  return (
    <>
      <PageHeading>{t("title")}</PageHeading>

      <form method="get" className="mb-6 flex flex-wrap items-end gap-x-8">
        <RadioGroup
          name="status"
          label={t("filterLegend")}
          inline
          options={staffQueueFilters.map((filter) => ({ value: filter, label: t(`filters.${filter}`) }))}
          defaultValue={query.status}
        />
        <Button variant="secondary" className="mb-6">
          {t("filterButton")}
        </Button>
      </form>

      <p className="mb-4 font-semibold">{t("count", { count: queue.total })}</p>

      {queue.items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("tableLabel")}
          hiddenCaption
          scrollable={{ label: t("tableLabel"), minWidth: "min-w-[52rem]" }}
          rowHeader={0}
          headers={[
            inquiry("reference"),
            t("applicant"),
            inquiry("subject"),
            t("entity"),
            inquiry("status"),
            inquiry("updatedAt"),
          ]}
          rows={queue.items.map((row) => [
            <Link key="reference" href={`/admin/inquiries/${row.id}`} className="font-semibold">
              {row.reference}
            </Link>,
            `${row.user.firstName} ${row.user.lastName}`,
            inquiry(`subjects.${row.subject}`),
            row.entity?.legalName ?? t("noEntity"),
            <InquiryStatusTag key="status" status={row.status} />,
            <time key="updated" dateTime={row.updatedAt.toISOString()}>
              {inquiry("writtenAt", {
                date: format.dateTime(row.updatedAt, "long"),
                time: format.dateTime(row.updatedAt, "time"),
              })}
            </time>,
          ])}
        />
      )}

      <Pagination page={queue.page} pages={queue.pages} path="/admin/inquiries" query={{ status: query.status }} />
    </>
  );
}
