"use client";

import { useTranslations } from "next-intl";
import { locales, type AppLocale } from "@/lib/i18n/routing";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup, TextArea, type Option } from "@/components/field";
import { Button } from "@/components/button";
import { IssuedNotice } from "./issued-notice";

/**
 * A document written from a template: which one, its language (the holder's accounts' own unless
 * the officer chooses otherwise) and the officer's paragraph. The rest is filled in on the server.
 */
export function TemplateDocumentForm({
  action,
  templates,
  defaultLanguage,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  templates: Option[];
  defaultLanguage: AppLocale;
}) {
  const t = useTranslations("AdminComplianceDocuments");
  const languages = useTranslations("Languages");
  const { state, summary, errors, formProps, value, pending } = useActionForm(action, () =>
    import("@/lib/licences/compliance-schemas").then((module) => module.templateDocumentSchema),
  );
  return (
    <>
      <IssuedNotice state={state} />
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <RadioGroup
          name="template"
          label={t("templateLabel")}
          options={templates}
          defaultValue={value("template")}
          error={errors.template}
        />
        <RadioGroup
          name="language"
          label={t("languageLabel")}
          hint={t("languageHint")}
          inline
          options={locales.map((locale) => ({
            value: locale,
            label: <span lang={locale}>{languages(locale)}</span>,
          }))}
          defaultValue={value("language") ?? defaultLanguage}
          error={errors.language}
        />
        {/*
          Checked when the form is sent, not as the field is left: an error vanishing on blur moves the
          button under the pointer between press and release, and the first click would be lost.
        */}
        <TextArea
          name="paragraph"
          label={t("paragraphLabel")}
          hint={t("paragraphHint")}
          rows={8}
          defaultValue={value("paragraph")}
          error={errors.paragraph}
        />
        <Button disabled={pending}>{t("issue")}</Button>
      </form>
    </>
  );
}
