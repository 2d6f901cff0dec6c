"use client";

import { useTranslations } from "next-intl";
import type { LicenceStatusAction } from "@/lib/licences/status-actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { DateField, TextArea } from "@/components/field";
import { Button, ButtonLink } from "@/components/button";
import type { FormState } from "@/lib/forms/state";

/**
 * The confirmation of one status action: what it does, the reason the holder will read, a
 * suspension's last day, and a button that names the action and the licence.
 */
export function StatusActionForm({
  action,
  serverAction,
  number,
  backHref,
}: {
  action: LicenceStatusAction;
  serverAction: (previous: FormState, formData: FormData) => Promise<FormState>;
  number: string;
  backHref: string;
}) {
  const t = useTranslations("AdminLicencePage.statusSection");
  const { summary, errors, formProps, value, pending } = useActionForm(serverAction, () =>
    import("@/lib/licences/status-actions").then((module) => module.statusActionSchema(action)),
  );
  return (
    <div className="border-4 border-brand p-4 sm:p-5">
      <ErrorSummary {...summary} />
      <h3 id="status-action-title" className="mb-3 text-xl">
        {t(`confirmTitle.${action}`, { number })}
      </h3>
      <p className="mb-6 max-w-prose">{t(`confirmBody.${action}`)}</p>
      <form {...formProps} aria-labelledby="status-action-title">
        <TextArea
          name="statusReason"
          label={t("reason")}
          hint={t("reasonHint")}
          rows={4}
          defaultValue={value("statusReason")}
          error={errors.statusReason}
        />
        {action === "suspend" ? (
          <DateField
            name="lastDay"
            label={t("lastDay")}
            hint={t("lastDayHint")}
            optional
            defaultValue={{ day: value("lastDay.day"), month: value("lastDay.month"), year: value("lastDay.year") }}
            error={errors.lastDay}
          />
        ) : null}
        <div className="flex flex-wrap items-center gap-4">
          <Button variant={action === "reinstate" ? "primary" : "danger"} disabled={pending}>
            {t(`submit.${action}`, { number })}
          </Button>
          <ButtonLink href={backHref} variant="tertiary">
            {t("back")}
          </ButtonLink>
        </div>
      </form>
    </div>
  );
}
