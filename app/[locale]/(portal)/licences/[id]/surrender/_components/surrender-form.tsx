"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { Checkbox, DateField, TextArea } from "@/components/field";
import { Button, ButtonLink } from "@/components/button";
import type { FormState } from "@/lib/forms/state";
import type { ReactNode } from "react";

/** The request form; `children` (the page's heading and explanation) come after the error summary, at the top. */
export function SurrenderForm({
  action,
  licenceId,
  dateHint,
  children,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  licenceId: string;
  dateHint: string;
  children: ReactNode;
}) {
  const t = useTranslations("SurrenderPage");
  const { summary, errors, formProps, value, pending } = useActionForm(action, () =>
    import("@/lib/licences/surrender-schema").then((module) => module.surrenderRequestSchema()),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      {children}
      <form {...formProps}>
        <DateField
          name="effectiveOn"
          label={t("effectiveOn")}
          hint={dateHint}
          defaultValue={{
            day: value("effectiveOn.day"),
            month: value("effectiveOn.month"),
            year: value("effectiveOn.year"),
          }}
          error={errors.effectiveOn}
        />
        <TextArea
          name="surrenderReason"
          label={t("reason")}
          hint={t("reasonHint")}
          optional
          rows={4}
          defaultValue={value("surrenderReason")}
          error={errors.surrenderReason}
        />
        <Checkbox
          name="understood"
          label={t("understood")}
          defaultChecked={value("understood") === "yes"}
          error={errors.understood}
        />
        <div className="flex flex-wrap items-center gap-4">
          <Button disabled={pending}>{t("submit")}</Button>
          <ButtonLink href={`/licences/${licenceId}`} variant="tertiary">
            {t("back")}
          </ButtonLink>
        </div>
      </form>
    </>
  );
}
