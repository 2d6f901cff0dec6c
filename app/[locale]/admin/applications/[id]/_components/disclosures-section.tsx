import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { StaffFile } from "@/lib/applications/review";
import { disclosureFormFields } from "@/lib/disclosures/form";
import { AnswerValue } from "@/components/applications/answer-value";
import { SummaryList } from "@/components/summary-list";
import { PageSection } from "@/components/page-section";

/**
 * Each declared party's disclosure, labelled by its form (a person's, a premises manager's, an
 * associated entity's): waiting, or completed with what they declared.
 */
export async function DisclosuresSection({ disclosures }: { disclosures: StaffFile["declaredDisclosures"] }) {
  if (disclosures.length === 0) return null;
  const t = await getTranslations("AdminApplicationPage");
  const format = await getFormatter();
  return (
    <PageSection
      id="disclosures-title"
      title={t("disclosuresTitle")}
      className="mb-10"
      headingClassName="mb-3 text-2xl"
    >
      {disclosures.map((disclosure) => (
        <div key={disclosure.personId} className="mb-6">
          <h3 className="mb-2 text-xl">
            {disclosure.fullName}
            <span className="block text-base font-normal text-muted">
              {t(`disclosureForms.${disclosure.form}`)} –{" "}
              {disclosure.status === "completed" && disclosure.completedAt
                ? t("disclosureCompleted", { date: format.dateTime(disclosure.completedAt, "long") })
                : t("disclosureWaiting")}
            </span>
          </h3>
          {disclosure.status === "completed" ? (
            <SummaryList
              rows={disclosureFormFields[disclosure.form].map((field) => ({
                key: t(`disclosureFields.${field.name}`),
                value: (
                  <AnswerValue
                    field={field}
                    value={(disclosure.answers as Record<string, unknown> | null)?.[field.name]}
                    namespace="DisclosurePage"
                  />
                ),
              }))}
            />
          ) : null}
        </div>
      ))}
    </PageSection>
  );
}
