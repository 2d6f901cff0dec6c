import { getFormatter, getTranslations } from "next-intl/server";
import type { StaffFile } from "@/lib/applications/review";
import { disclosureFields } from "@/lib/disclosures/form";
import { AnswerValue } from "@/components/applications/answer-value";
import { SummaryList } from "@/components/summary-list";
import { PageSection } from "@/components/page-section";

/** Each declared person's disclosure: waiting, or completed with what they declared. */
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
            {disclosure.fullName} –{" "}
            {disclosure.status === "completed" && disclosure.completedAt
              ? t("disclosureCompleted", { date: format.dateTime(disclosure.completedAt, "long") })
              : t("disclosureWaiting")}
          </h3>
          {disclosure.status === "completed" ? (
            <SummaryList
              rows={disclosureFields.map((field) => ({
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
