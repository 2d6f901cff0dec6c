"use client";

import type { ReactNode } from "react";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "./use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { TextField } from "@/components/field";
import { Button } from "@/components/button";
import { NewPasswordField } from "./password-field";

/**
 * A form around a link's token: activation (the password again) or reset (a new password twice).
 * The token travels in a hidden field, never in the page's referrer.
 */
export function TokenPasswordForm({
  action,
  token,
  mode,
  labels,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  token: string;
  mode: "existing" | "new";
  labels: { password: string; passwordConfirm?: string; submit: string };
}) {
  const { summary, errors, formProps, field, pending } = useActionForm(action, () =>
    import("@/lib/accounts/schemas").then((module) =>
      mode === "existing" ? module.activateSchema : module.resetPasswordSchema,
    ),
  );
  let passwordFields: ReactNode;
  if (mode === "existing") {
    passwordFields = (
      <TextField
        label={labels.password}
        type="password"
        autoComplete="current-password"
        error={errors.password}
        {...field("password")}
      />
    );
  } else {
    passwordFields = (
      <>
        <NewPasswordField label={labels.password} error={errors.password} {...field("password")} />
        <TextField
          label={labels.passwordConfirm ?? ""}
          type="password"
          autoComplete="new-password"
          error={errors.passwordConfirm}
          {...field("passwordConfirm")}
        />
      </>
    );
  }
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <input type="hidden" name="token" value={token} />
        {passwordFields}
        <Button disabled={pending}>{labels.submit}</Button>
      </form>
    </>
  );
}
