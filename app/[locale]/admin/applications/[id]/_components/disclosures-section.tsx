import { getFormatter, getTranslations } from "next-intl/server";
import type { StaffFile } from "@/lib/applications/review";
import { disclosureFields } from "@/lib/disclosures/form";
import { AnswerValue } from "@/components/applications/answer-value";
import { SummaryList } from "@/components/summary-list";

/** Each declared person's disclosure: waiting, or completed with what they declared. */
export async function DisclosuresSection({ disclosures }: { disclosures: StaffFile["declaredDisclosures"] }) {
  if (disclosures.length === 0) return null;
  const t = await getTranslations("AdminApplicationPage");
  const format = await getFormatter();
  return (
    <section aria-labelledby="disclosures-title" className="mb-10">
      <h2 id="disclosures-title" className="mb-3 text-2xl">
        {t("disclosuresTitle")}
      </h2>
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
    </section>
  );
}
