import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { listMyReports } from "@/lib/entities/queries";
import { PageHeading } from "@/components/page-heading";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "ReportsPage" }))("metaTitle") };
}

/** Regulatory reports the Commission published to the user's entities, when staff granted access. */
export default async function ReportsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, "/reports");
  const reports = await listMyReports(user);
  const t = await getTranslations("ReportsPage");
  const format = await getFormatter();
  return (
    <div className="max-w-3xl">
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {reports.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-6">
          {reports.map((report) => (
            <li key={report.id} className="border-l-4 border-brand bg-surface px-5 py-4">
              <h2 className="text-xl">{report.title}</h2>
              <p className="mb-2 text-sm text-muted">
                {report.entity.legalName} – {format.dateTime(report.publishedAt, "long")}
              </p>
              <p className="whitespace-pre-line">{report.body}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
