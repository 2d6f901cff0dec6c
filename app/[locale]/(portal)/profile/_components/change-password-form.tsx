"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { TextField } from "@/components/field";
import { Button } from "@/components/button";
import { NewPasswordField } from "@/components/forms/password-field";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm() {
  const t = useTranslations("ProfilePage");
  const { summary, errors, formProps, field, pending } = useActionForm(changePasswordAction, () =>
    import("@/lib/accounts/schemas").then((module) => module.changePasswordSchema),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <TextField
          label={t("currentPassword")}
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword}
          {...field("currentPassword")}
        />
        <NewPasswordField label={t("newPassword")} error={errors.password} {...field("password")} />
        <TextField
          label={t("newPasswordConfirm")}
          type="password"
          autoComplete="new-password"
          error={errors.passwordConfirm}
          {...field("passwordConfirm")}
        />
        <Button disabled={pending} variant="secondary">
          {t("changePassword")}
        </Button>
      </form>
    </>
  );
}
