"use client";

import { useTranslations } from "next-intl";
import { ratingScales } from "@/lib/feedback/schemas";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup, TextArea } from "@/components/field";
import { Button, ButtonGroup } from "@/components/button";

/**
 * Two scales and a comment, all optional. "Skip the survey" belongs to its own form (`skipForm`,
 * the id of an empty form beside this one): it sends nothing of what was chosen here, and the
 * browser's checks of this form never stand in its way.
 */
export function SurveyForm({
  action,
  skipForm,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  skipForm: string;
}) {
  const t = useTranslations("Survey");
  const { summary, errors, formProps, field, value, pending } = useActionForm(action, () =>
    import("@/lib/feedback/schemas").then((module) => module.surveySchema),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <RadioGroup
          name="satisfaction"
          label={t("satisfactionLegend")}
          optional
          options={ratingScales.satisfaction.map(([rating, key]) => ({
            value: rating,
            label: t(`satisfaction.${key}`),
          }))}
          defaultValue={value("satisfaction")}
          error={errors.satisfaction}
        />
        <RadioGroup
          name="ease"
          label={t("easeLegend")}
          optional
          options={ratingScales.ease.map(([rating, key]) => ({ value: rating, label: t(`ease.${key}`) }))}
          defaultValue={value("ease")}
          error={errors.ease}
        />
        <TextArea
          label={t("commentLabel")}
          hint={t("commentHint")}
          optional
          rows={4}
          defaultValue={value("comment")}
          error={errors.comment}
          {...field("comment")}
        />
        <ButtonGroup>
          <Button disabled={pending}>{t("send")}</Button>
          <Button variant="secondary" form={skipForm}>
            {t("skip")}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
