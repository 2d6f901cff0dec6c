"use client";

import { useTranslations } from "next-intl";
import { newsAudiences } from "@/lib/news/rules";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup, TextArea, TextField } from "@/components/field";
import { Button, ButtonGroup } from "@/components/button";

/**
 * A news item: its title and text in both languages (a draft may wait for one of them), who sees
 * it, and when (Commission time; empty: from now, until withdrawn). "Publish" needs both languages.
 */
export function NewsItemForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("AdminNewsPage");
  const { summary, errors, formProps, field, value, pending } = useActionForm(action, () =>
    import("@/lib/news/schemas").then((module) => module.newsItemSchema),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        {(["Fr", "En"] as const).map((language) => (
          <fieldset key={language} className="mb-6 border-l-4 border-line pl-4">
            <legend className="mb-3 text-lg font-semibold">{t(`in${language}`)}</legend>
            <TextField
              label={t("titleLabel")}
              lang={language.toLowerCase()}
              defaultValue={value(`title${language}`)}
              error={errors[`title${language}`]}
              {...field(`title${language}`)}
            />
            <TextArea
              label={t("bodyLabel")}
              hint={t("bodyHint")}
              lang={language.toLowerCase()}
              rows={6}
              defaultValue={value(`body${language}`)}
              error={errors[`body${language}`]}
              {...field(`body${language}`)}
            />
          </fieldset>
        ))}
        <RadioGroup
          name="audience"
          label={t("audienceLabel")}
          options={newsAudiences.map((audience) => ({ value: audience, label: t(`audiences.${audience}`) }))}
          defaultValue={value("audience")}
          error={errors.audience}
        />
        <TextField
          label={t("showFromLabel")}
          hint={t("showFromHint")}
          type="datetime-local"
          width="medium"
          optional
          defaultValue={value("showFrom")}
          error={errors.showFrom}
          {...field("showFrom")}
        />
        <TextField
          label={t("showUntilLabel")}
          hint={t("showUntilHint")}
          type="datetime-local"
          width="medium"
          optional
          defaultValue={value("showUntil")}
          error={errors.showUntil}
          {...field("showUntil")}
        />
        <ButtonGroup>
          <Button name="intent" value="publish" disabled={pending}>
            {t("publish")}
          </Button>
          <Button name="intent" value="draft" variant="secondary" disabled={pending}>
            {t("saveDraft")}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
