"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup, TextArea } from "@/components/field";
import { Button } from "@/components/button";
import { DisclosureDetails } from "@/components/disclosure-details";

type Person = { id: string; label: string };

/** An officer ends a person's time on the entity's file, saying why; the person stays in its history. */
export function EndPersonForm({
  action,
  people,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  people: Person[];
}) {
  const t = useTranslations("AdminEntityPage");
  const { state, summary, errors, formProps, value, pending } = useActionForm(action, () =>
    import("@/lib/entities/schemas").then((module) => module.endPersonSchema.omit({ entityId: true })),
  );
  const ended = state.status === "success";
  return (
    <DisclosureDetails summary={t("endPersonTitle")} open={state.status !== "idle"}>
      <p className="mb-6 max-w-prose">{t("endPersonIntro")}</p>
      {ended ? (
        <p role="status" className="mb-6 border-l-8 border-success bg-success-bg p-4">
          {t("personEnded")}
        </p>
      ) : null}
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <RadioGroup
          name="personId"
          label={t("personToEnd")}
          options={people.map((person) => ({ value: person.id, label: person.label }))}
          defaultValue={ended ? undefined : value("personId")}
          error={errors.personId}
        />
        <TextArea
          name="reason"
          label={t("endReason")}
          hint={t("reasonHint")}
          rows={3}
          defaultValue={ended ? "" : value("reason")}
          error={errors.reason}
        />
        <Button variant="secondary" disabled={pending}>
          {t("endPerson")}
        </Button>
      </form>
    </DisclosureDetails>
  );
}
