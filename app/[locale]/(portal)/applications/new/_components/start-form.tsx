"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup } from "@/components/field";
import { Button } from "@/components/button";

export function StartApplicationForm({
  action,
  entities,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  entities: { id: string; name: string }[];
}) {
  const t = useTranslations("NewApplicationPage");
  const { summary, errors, formProps, pending } = useActionForm(action);
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <RadioGroup
          name="kind"
          label={t("kind")}
          options={[
            { value: "liquor_sales_new", label: t("kinds.liquor_sales_new"), hint: t("kindHints.liquor_sales_new") },
          ]}
          defaultValue="liquor_sales_new"
          error={errors.kind}
        />
        <RadioGroup
          name="entityId"
          label={t("entity")}
          hint={t("entityHint")}
          options={[
            ...entities.map((entity) => ({ value: entity.id, label: entity.name })),
            { value: "new", label: t("newEntity") },
          ]}
          defaultValue={entities.length === 0 ? "new" : undefined}
          error={errors.entityId}
        />
        <Button disabled={pending}>{t("start")}</Button>
      </form>
    </>
  );
}
