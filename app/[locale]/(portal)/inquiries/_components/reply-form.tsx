"use client";

import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { TextArea } from "@/components/field";
import { Button } from "@/components/button";

/**
 * A message in an inquiry's thread, from the applicant or from staff: the page passes its own
 * action and words. Needs the `Inquiry` messages (its errors) and those of the action's formError.
 */
export function ReplyForm({
  action,
  labels,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  labels: { message: string; hint: string; submit: string };
}) {
  const { summary, errors, formProps, field, value, pending } = useActionForm(action, () =>
    import("@/lib/inquiries/schemas").then((module) => module.replySchema),
  );
  return (
    <>
      <ErrorSummary {...summary} />
      <form {...formProps}>
        <TextArea
          label={labels.message}
          hint={labels.hint}
          rows={8}
          defaultValue={value("message")}
          error={errors.message}
          {...field("message")}
        />
        <Button disabled={pending}>{labels.submit}</Button>
      </form>
    </>
  );
}
