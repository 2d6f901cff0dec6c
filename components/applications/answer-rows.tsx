import { getLocale, getTranslations } from "next-intl/server";
import { applicableFields } from "@/lib/applications/fields";
import { isDisclosureAsked, itemLabel, listItems } from "@/lib/applications/engine";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import type { PortalSection } from "@/lib/applications/kinds/names";
import type { ApplicationView } from "@/lib/applications/queries";
import type { SummaryRow } from "@/components/summary-list";
import { AnswerValue } from "./answer-value";
import { formatMoney, formatCalendarDay } from "@/lib/i18n/format";
import { withDynamicKeys } from "@/lib/i18n/message-keys";

/**
 * "Check your answers" rows of one section: every answer as the applicant sees it. With
 * `changeBase`, each row has its Change link (back to the review); staff read the same rows with
 * the documents downloadable instead.
 */
export async function answerRows(
  section: PortalSection,
  application: ApplicationView,
  options: { changeBase?: string; documentLinks?: boolean },
): Promise<SummaryRow[]> {
  const base = options.changeBase ?? "";
  const kind = application.kindDefinition;
  const t = await getTranslations("ReviewPage");
  const tKind = await getKindTranslations(kind.messages);
  const tSection = await getTranslations("SectionPage");
  const locale = await getLocale();
  const label = (name: string) => withDynamicKeys(tKind)(`fields.${name}.label`);
  const change = (href: string, hidden: string) =>
    options.changeBase ? { href, label: t("change"), hiddenLabel: hidden } : undefined;

  if (section.page === "form") {
    const values = application.answers[section.id] ?? {};
    return applicableFields(section.fields, values).map((field) => ({
      key: label(field.name),
      value: (
        <>
          <AnswerValue field={field} value={values[field.name]} namespace={kind.messages} />
          {section.id === kind.termAnswer?.section && field.name === kind.termAnswer.field && application.fee ? (
            <span className="block text-muted">{t("fee", { fee: formatMoney(application.fee.feeCents, locale) })}</span>
          ) : null}
        </>
      ),
      action: change(`${base}/${section.id}?return=review`, label(field.name)),
    }));
  }
  if (section.page === "list") {
    const items = listItems(application.answers, section.id);
    if (items.length === 0)
      return [
        {
          key: tKind(`sections.${section.id}`),
          // An optional list left empty is an answer ("No entity added."), not a question skipped.
          value: section.min === 0 ? tKind(`items.${section.id}.empty`) : tSection("notAnswered"),
          action: change(`${base}/${section.id}?return=review`, tKind(`sections.${section.id}`)),
        },
      ];
    return items.map((item) => {
      const name = itemLabel(section, item, (day) => formatCalendarDay(day, locale)) || tSection("unnamed");
      const details = section.fields.filter(
        (field) => !section.labelFields.includes(field.name) && item[field.name] !== undefined,
      );
      const disclosure = section.disclosures ? application.facts.disclosures[item.id] : undefined;
      return {
        key: name,
        value: (
          <>
            {details.map((field) => (
              <span key={field.name} className="block">
                {tSection("labelled", { label: label(field.name) })}{" "}
                <AnswerValue field={field} value={item[field.name]} namespace={kind.messages} />
              </span>
            ))}
            {section.disclosures ? (
              <span className="block font-semibold">
                {isDisclosureAsked(section, item, application.facts)
                  ? tSection(`itemStates.${disclosure?.status ?? "notSent"}`)
                  : tSection("itemStates.onFile")}
              </span>
            ) : null}
          </>
        ),
        action: change(`${base}/${section.id}/${item.id}?return=review`, name),
      };
    });
  }
  return application.requiredDocuments.map((requirement) => {
    const files = application.documents.filter((document) => document.requirement === requirement.id);
    const title = tKind(`documentTitles.${requirement.id}`);
    return {
      key: title,
      value:
        files.length > 0 ? (
          files.map((file) =>
            options.documentLinks ? (
              <a key={file.id} href={`/api/documents/${file.id}`} download className="block">
                {file.originalName}
              </a>
            ) : (
              <span key={file.id} className="block">
                {file.originalName}
              </span>
            ),
          )
        ) : (
          <span className="text-muted">{t("notUploaded")}</span>
        ),
      action: change(`${base}/${section.id}#${requirement.id}`, title),
    };
  });
}
