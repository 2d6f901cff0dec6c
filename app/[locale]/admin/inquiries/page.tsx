import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { listInquiriesForStaff } from "@/lib/inquiries/staff";
import { staffQueueQuerySchema } from "@/lib/inquiries/schemas";
import { staffQueueFilters, type StaffQueueFilter } from "@/lib/inquiries/rules";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { RadioGroup } from "@/components/field";
import { Button } from "@/components/button";
import { InquiryStatusTag } from "@/app/[locale]/(portal)/inquiries/_components/inquiry-status-tag";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminInquiriesPage" }))("metaTitle"), robots: { index: false, follow: false } };
}

const queuePath = (status: StaffQueueFilter, page: number) => `/admin/inquiries?status=${status}&page=${page}`;

/** The inquiries queue: open ones first, the longest waiting at the top; a GET form filters by status. */
export default async function AdminInquiriesPage({ params, searchParams }: Props) {
  await resolveLocale(params);
  const staff = await requirePermission("handleInquiries");
  const query = staffQueueQuerySchema.parse(await searchParams);
  const queue = await listInquiriesForStaff(staff, query);
  if (!queue) notFound();

  const t = await getTranslations("AdminInquiriesPage");
  const pages = await getTranslations("Pagination");
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
        <Button variant="secondary" className="mb-6">{t("filterButton")}</Button>
      </form>

      <p className="mb-4 font-semibold">
        {t("count", { count: queue.total })}
      </p>

      {queue.items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="relative overflow-x-auto" role="region" aria-label={t("tableLabel")} tabIndex={0}>
          <table className="w-full min-w-[52rem] border-collapse text-left">
            <caption className="sr-only">{t("tableLabel")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">{inquiry("reference")}</th>
                <th scope="col" className="py-2 pr-4">{t("applicant")}</th>
                <th scope="col" className="py-2 pr-4">{inquiry("subject")}</th>
                <th scope="col" className="py-2 pr-4">{t("entity")}</th>
                <th scope="col" className="py-2 pr-4">{inquiry("status")}</th>
                <th scope="col" className="py-2">{inquiry("updatedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.items.map((row) => (
                <tr key={row.id} className="border-b border-line align-top">
                  <th scope="row" className="py-3 pr-4 font-normal">
                    <Link href={`/admin/inquiries/${row.id}`} className="font-semibold">
                      {row.reference}
                    </Link>
                  </th>
                  <td className="py-3 pr-4">{`${row.user.firstName} ${row.user.lastName}`}</td>
                  <td className="py-3 pr-4">{inquiry(`subjects.${row.subject}`)}</td>
                  <td className="py-3 pr-4">{row.entity?.legalName ?? t("noEntity")}</td>
                  <td className="py-3 pr-4">
                    <InquiryStatusTag status={row.status} />
                  </td>
                  <td className="py-3">
                    <time dateTime={row.updatedAt.toISOString()}>
                      {inquiry("writtenAt", { date: format.dateTime(row.updatedAt, "long"), time: format.dateTime(row.updatedAt, "time") })}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {queue.pages > 1 ? (
        <nav aria-label={t("paginationLabel")} className="mt-8 flex flex-wrap items-center gap-6">
          {queue.page > 1 ? (
            <Link href={queuePath(query.status, queue.page - 1)} rel="prev" className="inline-block py-1">
              {pages("previous")}
            </Link>
          ) : null}
          <p>{pages("pageOf", { page: queue.page, pages: queue.pages })}</p>
          {queue.page < queue.pages ? (
            <Link href={queuePath(query.status, queue.page + 1)} rel="next" className="inline-block py-1">
              {pages("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
