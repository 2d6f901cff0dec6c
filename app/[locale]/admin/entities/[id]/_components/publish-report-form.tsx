"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { TextArea, TextField } from "@/components/field";
import { Button } from "@/components/button";

export function PublishReportForm({
  action,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("AdminEntityPage");
  const { state, summary, errors, formProps, pending } = useActionForm(action, () =>
    import("@/lib/entities/schemas").then((module) => module.publishReportSchema.omit({ entityId: true })),
  );
  return (
    <>
      {state.status === "success" ? (
        <p role="status" className="mb-4 font-semibold text-success">
          {t("reportPublished")}
        </p>
      ) : null}
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <TextField name="title" label={t("reportTitle")} error={errors.title} />
        <TextArea name="body" label={t("reportBody")} rows={6} error={errors.body} />
        <Button disabled={pending} variant="secondary">
          {t("publishReport")}
        </Button>
      </form>
    </>
  );
}
