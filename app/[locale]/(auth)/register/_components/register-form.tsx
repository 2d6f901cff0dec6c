"use client";

import { useTranslations } from "next-intl";
import type { Challenge } from "altcha-lib";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup, TextField } from "@/components/field";
import { Button } from "@/components/button";
import { NewPasswordField } from "@/components/forms/password-field";
import { HumanCheck } from "@/components/forms/human-check";

export function RegisterForm({
  action,
  locale,
  challenge,
  question,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  locale: "fr" | "en";
  challenge: Challenge;
  question: { a: number; b: number; token: string };
}) {
  const t = useTranslations("RegisterPage");
  const languages = useTranslations("Languages");
  const { summary, errors, formProps, field, value, pending } = useActionForm(action, () =>
    import("@/lib/accounts/schemas").then((module) => module.registerSchema),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <h2 className="mb-4 text-2xl">{t("signInSection")}</h2>
        <TextField
          label={t("email")}
          hint={t("emailHint")}
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={value("email")}
          error={errors.email}
          {...field("email")}
        />
        <NewPasswordField label={t("password")} error={errors.password} {...field("password")} />
        <TextField
          label={t("passwordConfirm")}
          type="password"
          autoComplete="new-password"
          error={errors.passwordConfirm}
          {...field("passwordConfirm")}
        />

        <h2 className="mb-4 mt-10 text-2xl">{t("aboutYouSection")}</h2>
        <TextField
          label={t("firstName")}
          autoComplete="given-name"
          width="medium"
          defaultValue={value("firstName")}
          error={errors.firstName}
          {...field("firstName")}
        />
        <TextField
          label={t("lastName")}
          autoComplete="family-name"
          width="medium"
          defaultValue={value("lastName")}
          error={errors.lastName}
          {...field("lastName")}
        />
        <TextField
          label={t("phone")}
          hint={t("phoneHint")}
          type="tel"
          autoComplete="tel"
          width="medium"
          defaultValue={value("phone")}
          error={errors.phone}
          {...field("phone")}
        />
        <RadioGroup
          name="locale"
          label={t("locale")}
          hint={t("localeHint")}
          options={[
            { value: "fr", label: <span lang="fr">{languages("fr")}</span> },
            { value: "en", label: <span lang="en">{languages("en")}</span> },
          ]}
          defaultValue={value("locale") ?? locale}
          error={errors.locale}
        />
        <TextField
          label={t("accessCode")}
          hint={t("accessCodeHint")}
          optional
          autoComplete="off"
          spellCheck={false}
          width="medium"
          defaultValue={value("accessCode")}
          error={errors.accessCode}
          {...field("accessCode")}
        />

        <HumanCheck
          key={challenge.parameters.nonce}
          locale={locale}
          challenge={challenge}
          question={question}
          error={errors.humanCheck}
        />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
