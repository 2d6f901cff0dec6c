"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { DateField, RadioGroup, TextField, type DateParts } from "@/components/field";
import { Button } from "@/components/button";
import { updateProfileAction } from "../actions";

export function ProfileForm({
  defaults,
}: {
  defaults: { phone: string; locale: "fr" | "en"; dateOfBirth: DateParts };
}) {
  const t = useTranslations("ProfilePage");
  const languages = useTranslations("Languages");
  const { summary, errors, formProps, field, value, pending } = useActionForm(updateProfileAction, () =>
    import("@/lib/accounts/schemas").then((module) => module.profileSchema),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <TextField
          label={t("phone")}
          type="tel"
          autoComplete="tel"
          width="medium"
          defaultValue={value("phone") ?? defaults.phone}
          error={errors.phone}
          {...field("phone")}
        />
        <DateField
          name="dateOfBirth"
          label={t("dateOfBirth")}
          hint={t("dateOfBirthHint")}
          optional
          autoCompletePrefix="bday"
          defaultValue={{
            day: value("dateOfBirth.day") ?? defaults.dateOfBirth.day,
            month: value("dateOfBirth.month") ?? defaults.dateOfBirth.month,
            year: value("dateOfBirth.year") ?? defaults.dateOfBirth.year,
          }}
          error={errors.dateOfBirth}
        />
        <RadioGroup
          name="locale"
          label={t("locale")}
          hint={t("localeHint")}
          inline
          options={[
            { value: "fr", label: <span lang="fr">{languages("fr")}</span> },
            { value: "en", label: <span lang="en">{languages("en")}</span> },
          ]}
          defaultValue={value("locale") ?? defaults.locale}
          error={errors.locale}
        />
        <Button disabled={pending}>{t("save")}</Button>
      </form>
    </>
  );
}
