"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup, TextArea } from "@/components/field";
import { Button } from "@/components/button";

type Person = { id: string; label: string };

/**
 * Customer service issues a code to a caller who is listed on the entity, after checking who they
 * are. The code is shown here once, to be read aloud; it is never shown again.
 */
export function IssueCodeForm({
  action,
  people,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  people: Person[];
}) {
  const t = useTranslations("AdminEntityPage");
  const { state, summary, errors, formProps, value, pending } = useActionForm(action, () =>
    import("@/lib/access-codes/schemas").then((module) => module.issueAccessCodeSchema.omit({ entityId: true })),
  );
  const issuedCode = state.status === "success" ? state.result?.code : undefined;
  return (
    <>
      {issuedCode ? (
        <div role="status" className="mb-6 border-l-8 border-success bg-success-bg p-5">
          <h3 className="text-lg">{t("codeIssuedTitle")}</h3>
          <p className="my-3 font-mono text-3xl font-bold tracking-widest" aria-label={issuedCode.split("").join(" ")}>
            {issuedCode}
          </p>
          <p>{t("codeIssuedBody")}</p>
        </div>
      ) : null}
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <RadioGroup
          name="callerPersonId"
          label={t("caller")}
          hint={t("callerHint")}
          options={people.map((person) => ({ value: person.id, label: person.label }))}
          defaultValue={issuedCode ? undefined : value("callerPersonId")}
          error={errors.callerPersonId}
        />
        <RadioGroup
          name="verificationMethod"
          label={t("verificationMethod")}
          options={(["security_questions", "callback_on_file", "identity_document", "other"] as const).map(
            (method) => ({
              value: method,
              label: t(`verificationMethods.${method}`),
            }),
          )}
          defaultValue={issuedCode ? undefined : value("verificationMethod")}
          error={errors.verificationMethod}
        />
        <TextArea
          name="verificationNote"
          label={t("verificationNote")}
          hint={t("verificationNoteHint")}
          rows={3}
          defaultValue={issuedCode ? "" : value("verificationNote")}
          error={errors.verificationNote}
        />
        <Button disabled={pending}>{t("issueCode")}</Button>
      </form>
    </>
  );
}
