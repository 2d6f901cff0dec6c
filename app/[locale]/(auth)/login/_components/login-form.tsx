"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { TextField } from "@/components/field";
import { Button } from "@/components/button";

export function LoginForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("LoginPage");
  const { summary, errors, formProps, field, value, pending } = useActionForm(action, () =>
    import("@/lib/accounts/schemas").then((module) => module.signInSchema),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <TextField
          label={t("email")}
          type="email"
          autoComplete="username"
          spellCheck={false}
          defaultValue={value("email")}
          error={errors.email}
          {...field("email")}
        />
        <TextField
          label={t("password")}
          type="password"
          autoComplete="current-password"
          error={errors.password}
          {...field("password")}
        />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
