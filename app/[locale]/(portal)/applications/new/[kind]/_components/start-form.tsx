"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { KindNamespace } from "@/lib/applications/kinds/names";
import { formDataToObject, type FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup } from "@/components/field";
import { Button } from "@/components/button";
import { PageSection } from "@/components/page-section";
import { SectionFields, type FieldView } from "@/components/applications/section-fields";
import { isBreachErrorId, type OtherApplicantChoice } from "../start-choices";

export type StartQuestions = { title: string; fields: FieldView[]; namespace: KindNamespace };

/**
 * The one form of a kind's start page: who is applying, then the kind's start questions, if any.
 * A refusal comes back with what was typed, each problem beside its question and in the summary,
 * which comes first on the page, above the page's heading and rules (`header`), as on every form.
 */
export function StartKindForm({
  header,
  action,
  other,
  entities,
  personName,
  questions,
}: {
  /** The page's heading and rules, shown below the error summary. */
  header: ReactNode;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The answer besides a linked business: a new business, or the person themself; null when only a person applies. */
  other: OtherApplicantChoice;
  entities: { id: string; name: string }[];
  personName: string;
  questions: StartQuestions | null;
}) {
  const t = useTranslations("StartApplicationPage");
  const fields = useTranslations("Fields");
  const { summary, errors, formProps, value, pending, state } = useActionForm(action);
  const breaches = Object.entries(errors).filter(([id]) => isBreachErrorId(id));
  const linked = entities.map((entity) => ({ value: entity.id, label: entity.name }));

  return (
    <>
      <ErrorSummary {...summary} />
      {header}
      <form {...formProps}>
        {other === null ? (
          <p className="mb-6">{t("individual", { name: personName })}</p>
        ) : (
          <RadioGroup
            name="applicant"
            label={t("applicant")}
            hint={other === "new" ? t("applicantHintBusiness") : t("applicantHintEither")}
            options={
              other === "new"
                ? [...linked, { value: other, label: t("newBusiness") }]
                : [{ value: other, label: t("myself", { name: personName }) }, ...linked]
            }
            defaultValue={value("applicant") ?? (entities.length === 0 ? other : undefined)}
            error={errors.applicant}
          />
        )}
        {questions ? (
          <PageSection id="start-questions" title={questions.title}>
            {breaches.length > 0 ? (
              <ul className="mb-6 space-y-2 border-l-4 border-error pl-4">
                {breaches.map(([id, message]) => (
                  <li key={id} id={id} tabIndex={-1} className="font-bold text-error">
                    <span className="sr-only">{fields("errorPrefix")} </span>
                    {message}
                  </li>
                ))}
              </ul>
            ) : null}
            <SectionFields
              fields={questions.fields}
              values={typedAnswers(state.values)}
              errors={errors}
              namespace={questions.namespace}
            />
          </PageSection>
        ) : null}
        <Button disabled={pending}>{t("start")}</Button>
      </form>
    </>
  );
}

/** What was typed, back in the shape the fields read (a date's or an address's parts together). */
function typedAnswers(values: Record<string, string> = {}): Record<string, unknown> {
  const form = new FormData();
  for (const [name, typed] of Object.entries(values)) form.append(name, typed);
  return formDataToObject(form);
}
