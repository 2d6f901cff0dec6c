"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { TextArea, TextField } from "@/components/field";
import { Button } from "@/components/button";

/**
 * An extra maintenance window: its start and end on the Commission's clock (a browser's date and
 * time picker, or typed), and what users are told, in both languages.
 */
export function AddWindowForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("AdminMaintenancePage");
  const { summary, errors, formProps, field, value, pending } = useActionForm(action, () =>
    import("@/lib/maintenance-windows/schemas").then((module) => module.addMaintenanceWindowSchema),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <TextField
          label={t("startsAt")}
          hint={t("timeHint")}
          type="datetime-local"
          width="medium"
          defaultValue={value("startsAt")}
          error={errors.startsAt}
          {...field("startsAt")}
        />
        <TextField
          label={t("endsAt")}
          hint={t("timeHint")}
          type="datetime-local"
          width="medium"
          defaultValue={value("endsAt")}
          error={errors.endsAt}
          {...field("endsAt")}
        />
        <TextArea
          label={t("messageFr")}
          hint={t("messageHint")}
          lang="fr"
          rows={3}
          defaultValue={value("messageFr")}
          error={errors.messageFr}
          {...field("messageFr")}
        />
        <TextArea
          label={t("messageEn")}
          hint={t("messageHint")}
          lang="en"
          rows={3}
          defaultValue={value("messageEn")}
          error={errors.messageEn}
          {...field("messageEn")}
        />
        <Button disabled={pending}>{t("add")}</Button>
      </form>
    </>
  );
}
