import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import { applicationKinds } from "@/lib/applications/registry";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import type { DueReport } from "@/lib/applications/reports";
import type { AppLocale } from "@/lib/i18n/routing";
import { isoDateToUtc } from "@/lib/time/commission-date";
import { Button, ButtonLink } from "@/components/button";
import { PageSection } from "@/components/page-section";
import { startReportAction } from "../actions";

/**
 * The reports filed on the licence (a lottery's post-event report, an incident report): where the
 * report due after its last day stands, and a button for each report its kind declares — or a link
 * back to this account's report already under way.
 */
export async function ReportsSection({
  licence,
  due,
  open,
  locale,
}: {
  licence: { id: string; kind: string };
  due: readonly DueReport[];
  open: readonly { id: string; kind: string; fileNumber: string; status: string }[];
  locale: AppLocale;
}) {
  const kinds = applicationKinds.reportsOn(licence.kind);
  if (kinds.length === 0) return null;
  const t = await getTranslations("LicencePage");
  const format = await getFormatter();
  const reports = await Promise.all(
    kinds.map(async (kind) => ({
      kind,
      title: (await getKindTranslations(kind.messages))("title"),
      underWay: open.find((report) => report.kind === kind.id && report.status === "draft") ?? null,
      due: due.find((report) => report.kindId === kind.id)?.due ?? null,
    })),
  );
  return (
    <PageSection id="reports-title" title={t("reportsTitle")} className="mb-10">
      <ul className="space-y-5">
        {reports.map(({ kind, title, underWay, due: dueReport }) => (
          <li key={kind.id}>
            <h3 className="mb-1 text-lg">{title}</h3>
            {dueReport ? (
              <p className={`mb-3 max-w-prose ${dueReport.state === "overdue" ? "font-semibold text-error" : ""}`}>
                {t("reportDue", {
                  state: dueReport.state,
                  date: "dueOn" in dueReport ? format.dateTime(isoDateToUtc(dueReport.dueOn), "day") : "",
                })}
              </p>
            ) : null}
            {underWay ? (
              <ButtonLink href={`/applications/${underWay.id}`} variant="secondary">
                {t("continueReport", { fileNumber: underWay.fileNumber })}
              </ButtonLink>
            ) : dueReport?.state === "filed" ? null : (
              <form action={startReportAction.bind(null, locale, licence.id)}>
                <input type="hidden" name="kind" value={kind.id} />
                <Button variant="secondary">{kind.report ? t("fileReport") : t("reportIncident")}</Button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
