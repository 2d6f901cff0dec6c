"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { TextField } from "@/components/field";
import { Button } from "@/components/button";
import { redeemAccessCodeAction } from "../actions";

export function AccessCodeForm() {
  const t = useTranslations("ProfilePage");
  const { summary, errors, formProps, field, value, pending } = useActionForm(redeemAccessCodeAction, () =>
    import("@/lib/access-codes/schemas").then((module) => module.redeemAccessCodeSchema),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <TextField
          label={t("accessCode")}
          hint={t("accessCodeHint")}
          width="medium"
          autoComplete="off"
          spellCheck={false}
          defaultValue={value("accessCode")}
          error={errors.accessCode}
          {...field("accessCode")}
        />
        <Button disabled={pending} variant="secondary">
          {t("addAccessCode")}
        </Button>
      </form>
    </>
  );
}
