"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { TextField } from "@/components/field";
import { Button } from "@/components/button";

export function ForgotPasswordForm({
  action,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("ForgotPasswordPage");
  const { summary, errors, formProps, field, value, pending } = useActionForm(action, () =>
    import("@/lib/accounts/schemas").then((module) => module.forgotPasswordSchema),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <TextField
          label={t("email")}
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={value("email")}
          error={errors.email}
          {...field("email")}
        />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
