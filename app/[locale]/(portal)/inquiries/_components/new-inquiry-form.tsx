"use client";

import { useTranslations } from "next-intl";
import { inquirySubjects, type InquirySubject } from "@/lib/inquiries/rules";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { RadioGroup, SelectField, TextArea, type Option } from "@/components/field";
import { Button } from "@/components/button";

/** What the inquiry is about, the business it concerns (only when the account has some), and the message. */
export function NewInquiryForm({
  action,
  entities,
  defaultSubject,
  defaultEntityId,
  defaultMessage,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  entities: Option[];
  defaultSubject?: InquirySubject;
  defaultEntityId?: string;
  /** A request the page wrote for the user (ending someone's access), which they may change. */
  defaultMessage?: string;
}) {
  const t = useTranslations("NewInquiryPage");
  const { summary, errors, formProps, field, value, pending } = useActionForm(action, () =>
    import("@/lib/inquiries/schemas").then((module) => module.newInquirySchema),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <RadioGroup
          name="subject"
          label={t("subjectLegend")}
          options={inquirySubjects.map((subject) => ({
            value: subject,
            label: t(`subjectOptions.${subject}`),
            hint: t(`subjectHints.${subject}`),
          }))}
          defaultValue={value("subject") ?? defaultSubject}
          error={errors.subject}
        />
        {entities.length > 0 ? (
          <SelectField
            name="entityId"
            label={t("entity")}
            hint={t("entityHint")}
            optional
            placeholder={t("entityNone")}
            options={entities}
            defaultValue={value("entityId") ?? defaultEntityId ?? ""}
            error={errors.entityId}
          />
        ) : null}
        <TextArea
          label={t("message")}
          hint={t("messageHint")}
          rows={10}
          defaultValue={value("message") ?? defaultMessage}
          error={errors.message}
          {...field("message")}
        />
        <p className="mb-6 max-w-prose">{t("whatNext")}</p>
        <Button disabled={pending}>{t("send")}</Button>
      </form>
    </>
  );
}
