"use client";

import { useTranslations } from "next-intl";
import type { changeDecisions } from "@/lib/licences/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup, TextArea } from "@/components/field";
import { Button } from "@/components/button";
import type { FormState } from "@/lib/forms/state";

/** One decision, with the words the holder reads: approve (applies the change), refuse, or answer. */
export function DecisionForm({
  action,
  id,
  decisions,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  id: string;
  decisions: readonly (typeof changeDecisions)[number][];
}) {
  const t = useTranslations("AdminChangeRequestPage");
  const { summary, errors, formProps, value, pending } = useActionForm(action, () =>
    import("@/lib/licences/schemas").then((module) => module.decideChangeRequestSchema),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <input type="hidden" name="id" value={id} />
        <RadioGroup
          name="decision"
          label={t("decision")}
          options={decisions.map((decision) => ({
            value: decision,
            label: t(`decisions.${decision}`),
            hint: t(`decisionHints.${decision}`),
          }))}
          defaultValue={value("decision")}
          error={errors.decision}
        />
        <TextArea
          name="reply"
          label={t("reply")}
          hint={t("replyHint")}
          rows={5}
          defaultValue={value("reply")}
          error={errors.reply}
        />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
