"use client";

import { useTranslations } from "next-intl";
import { ratingScales } from "@/lib/feedback/schemas";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup, TextArea } from "@/components/field";
import { Button } from "@/components/button";

/**
 * How satisfied the visitor is and what they have to say: one of the two at least (the page says
 * so above the form), so neither is marked optional.
 */
export function FeedbackForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("FeedbackPage");
  const scale = useTranslations("Survey");
  const { summary, errors, formProps, field, value, pending } = useActionForm(action, () =>
    import("@/lib/feedback/schemas").then((module) => module.portalFeedbackSchema),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <RadioGroup
          name="satisfaction"
          label={t("satisfactionLegend")}
          options={ratingScales.satisfaction.map(([rating, key]) => ({
            value: rating,
            label: scale(`satisfaction.${key}`),
          }))}
          defaultValue={value("satisfaction")}
          error={errors.satisfaction}
        />
        <TextArea
          label={t("commentLabel")}
          hint={t("commentHint")}
          rows={6}
          defaultValue={value("comment")}
          error={errors.comment}
          {...field("comment")}
        />
        <Button disabled={pending}>{t("send")}</Button>
      </form>
    </>
  );
}
