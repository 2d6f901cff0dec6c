import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { StaffEntity } from "@/lib/entities/staff";
import { ClientMessages } from "@/components/client-messages";
import { PublishReportForm } from "./publish-report-form";
import { publishReportAction } from "../actions";
import { PageSection } from "@/components/page-section";

/** The reports published to the entity, newest first, and publishing another. */
export async function ReportsSection({ entity, canPublish }: { entity: StaffEntity; canPublish: boolean }) {
  const t = await getTranslations("AdminEntityPage");
  const format = await getFormatter();

  return (
    <PageSection id="reports-title" title={t("reportsTitle")} className="mb-12">
      {entity.reports.length === 0 ? (
        <p className="mb-6">{t("noReports")}</p>
      ) : (
        <ul className="mb-6 list-disc pl-6">
          {entity.reports.map((report) => (
            <li key={report.id}>
              {report.title} – {format.dateTime(report.publishedAt, "long")}
            </li>
          ))}
        </ul>
      )}
      {canPublish ? (
        <ClientMessages namespaces={["AdminEntityPage"]}>
          <PublishReportForm action={publishReportAction.bind(null, entity.id)} />
        </ClientMessages>
      ) : null}
    </PageSection>
  );
}
