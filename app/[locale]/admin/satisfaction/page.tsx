import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { satisfactionReport } from "@/lib/feedback/report";
import { monthStart, type Tally } from "@/lib/feedback/rate";
import { COMMISSION_TIME_ZONE } from "@/lib/time/time-zone";
import { PageHeading } from "@/components/page-heading";
import { PageSection } from "@/components/page-section";
import { DataTable } from "@/components/data-table";
import { Pagination } from "@/components/admin/pagination";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminSatisfactionPage" }))("metaTitle") };
}

/**
 * The satisfaction rate (the share of 4s and 5s) over the last 12 Commission months, by month and by
 * journey, the comments newest first, and the answers as a CSV file. Comments are the public's
 * words: shown as text, in the language they were written in.
 */
export default async function AdminSatisfactionPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const staff = await requirePermission("viewSatisfaction");
  const query = await searchParams;
  const page = Number(typeof query.page === "string" ? query.page : "1");
  const report = await satisfactionReport(staff, { page });
  if (!report) notFound();
  const t = await getTranslations("AdminSatisfactionPage");
  const format = await getFormatter();
  const percent = (rate: number) => format.number(rate, { style: "percent", maximumFractionDigits: 0 });
  const monthName = (month: Parameters<typeof monthStart>[0]) =>
    format.dateTime(monthStart(month), { month: "long", year: "numeric", timeZone: COMMISSION_TIME_ZONE });
  const { overall, period } = report;
  const span = {
    from: format.dateTime(period.from, "long"),
    // The period ends just before `to` (now): its last day is the one that moment falls on.
    to: format.dateTime(new Date(period.to.getTime() - 1), "long"),
  };
  const rateCell = (tally: Tally) =>
    tally.rate === null ? (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("noRate")}</span>
      </>
    ) : (
      percent(tally.rate)
    );
  const counts = (tally: Tally) => [format.number(tally.answers), format.number(tally.satisfied), rateCell(tally)];

  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>

      <PageSection id="overall-title" title={t("overallTitle")} className="mb-10">
        {overall.rate === null ? (
          <p>{t("noAnswers", span)}</p>
        ) : (
          <div className="max-w-2xl border-l-8 border-brand bg-surface px-5 py-4">
            <p className="font-heading text-4xl font-bold">{t("overallRate", { rate: percent(overall.rate) })}</p>
            <p className="mt-2">
              {t("overallBasis", { satisfied: overall.satisfied, answers: overall.answers, ...span })}
            </p>
          </div>
        )}
      </PageSection>

      <div className="grid gap-x-10 lg:grid-cols-2">
        <DataTable
          caption={t("byMonth")}
          scrollable={{ label: t("byMonth"), minWidth: "min-w-[24rem]" }}
          headers={[t("month"), t("answers"), t("satisfied"), t("rate")]}
          rowHeader={0}
          rows={report.byMonth.map((row) => [monthName(row.month), ...counts(row)])}
        />
        <DataTable
          caption={t("byJourney")}
          scrollable={{ label: t("byJourney"), minWidth: "min-w-[24rem]" }}
          headers={[t("journey"), t("answers"), t("satisfied"), t("rate")]}
          rowHeader={0}
          rows={report.byJourney.map((row) => [t(`journeys.${row.journey}`), ...counts(row)])}
        />
      </div>

      <PageSection id="comments-title" title={t("commentsTitle")} className="mb-10">
        {report.comments.total === 0 ? (
          <p>{t("noComments")}</p>
        ) : (
          <>
            <p className="mb-4 text-muted">{t("commentsCaption", { total: report.comments.total })}</p>
            {/* A list rather than a table: comments are read, and a table squeezes them on a phone. */}
            <ol className="max-w-3xl border-t border-line">
              {report.comments.rows.map((row) => (
                <li key={row.id} className="border-b border-line py-4">
                  <p className="mb-1 flex flex-wrap gap-x-2 text-sm text-muted">
                    <span>{format.dateTime(row.createdAt, "long")}</span>
                    <Separator />
                    <span>{t(`journeys.${row.journey}`)}</span>
                    <Separator />
                    <span>
                      {row.satisfaction === null ? t("noRating") : t("ratingValue", { value: row.satisfaction })}
                    </span>
                  </p>
                  <p lang={row.locale === "en" ? "en" : "fr"} className="max-w-prose whitespace-pre-line break-words">
                    {row.comment}
                  </p>
                </li>
              ))}
            </ol>
            <Pagination
              page={report.comments.page}
              pages={report.comments.pages}
              path="/admin/satisfaction"
              query={{}}
            />
          </>
        )}
      </PageSection>

      <PageSection id="export-title" title={t("exportTitle")}>
        <p className="mb-2 max-w-prose">{t("exportHint")}</p>
        <p>
          <a href={`/api/admin/satisfaction?locale=${locale}`} download className="font-semibold">
            {t("exportLink")}
          </a>
        </p>
      </PageSection>
    </>
  );
}

/** A dot between facts on screen, a comma for a screen reader. */
function Separator() {
  return (
    <>
      <span aria-hidden="true">·</span>
      <span className="sr-only">,</span>
    </>
  );
}
