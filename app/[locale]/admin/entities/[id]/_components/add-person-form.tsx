"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { SelectField, TextArea, TextField, type Option } from "@/components/field";
import { Button } from "@/components/button";
import { DisclosureDetails } from "@/components/disclosure-details";

/** An officer puts a person on the entity's file, saying why (a change the Commission consented to, a correction). */
export function AddPersonForm({
  action,
  roles,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The roles on file, named in the page's language. */
  roles: Option[];
}) {
  const t = useTranslations("AdminEntityPage");
  const { state, summary, errors, formProps, value, pending } = useActionForm(action, () =>
    import("@/lib/entities/schemas").then((module) => module.addPersonFormSchema),
  );
  const added = state.status === "success";
  const kept = (name: string) => (added ? "" : value(name));
  return (
    <DisclosureDetails summary={t("addPersonTitle")} open={state.status !== "idle"}>
      <p className="mb-6 max-w-prose">{t("addPersonIntro")}</p>
      {added ? (
        <p role="status" className="mb-6 border-l-8 border-success bg-success-bg p-4">
          {t("personAdded")}
        </p>
      ) : null}
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <TextField
          name="firstName"
          label={t("firstName")}
          width="medium"
          autoComplete="off"
          defaultValue={kept("firstName")}
          error={errors.firstName}
        />
        <TextField
          name="lastName"
          label={t("lastName")}
          width="medium"
          autoComplete="off"
          defaultValue={kept("lastName")}
          error={errors.lastName}
        />
        <TextField
          name="email"
          type="email"
          label={t("personEmail")}
          hint={t("personEmailHint")}
          autoComplete="off"
          defaultValue={kept("email")}
          error={errors.email}
        />
        <SelectField
          name="role"
          label={t("role")}
          placeholder={t("chooseRole")}
          options={roles}
          defaultValue={kept("role")}
          error={errors.role}
        />
        <TextField
          name="sharePercent"
          label={t("sharePercent")}
          hint={t("sharePercentHint")}
          width="short"
          inputMode="decimal"
          defaultValue={kept("sharePercent")}
          error={errors.sharePercent}
        />
        <TextArea
          name="reason"
          label={t("addReason")}
          hint={t("reasonHint")}
          rows={3}
          defaultValue={kept("reason")}
          error={errors.reason}
        />
        <Button disabled={pending}>{t("addPerson")}</Button>
      </form>
    </DisclosureDetails>
  );
}
