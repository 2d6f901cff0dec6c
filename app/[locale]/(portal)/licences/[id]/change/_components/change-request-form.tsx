"use client";

import { useTranslations } from "next-intl";
import { changeKinds, changeRequestSchema } from "@/lib/licences/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup, SelectField, TextArea } from "@/components/field";
import { Button } from "@/components/button";
import type { FormState } from "@/lib/forms/state";

export function ChangeRequestForm({
  action,
  licences,
  selected,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  licences: { id: string; label: string }[];
  selected: string;
}) {
  const t = useTranslations("ChangeRequestPage");
  const { summary, errors, formProps, value, pending } = useActionForm(action, changeRequestSchema);
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <SelectField
          name="licenceId"
          label={t("licence")}
          options={licences.map((licence) => ({ value: licence.id, label: licence.label }))}
          defaultValue={value("licenceId") ?? selected}
          error={errors.licenceId}
        />
        <RadioGroup
          name="kind"
          label={t("kind")}
          options={changeKinds.map((kind) => ({
            value: kind,
            label: t(`kinds.${kind}`),
            hint: t(`kindHints.${kind}`),
          }))}
          defaultValue={value("kind")}
          error={errors.kind}
        />
        <TextArea
          name="description"
          label={t("description")}
          hint={t("descriptionHint")}
          rows={6}
          defaultValue={value("description")}
          error={errors.description}
        />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
