"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/error-summary";
import { FieldError, TextField } from "@/components/field";
import { Button } from "@/components/button";
import { IssuedNotice } from "./issued-notice";

const FILE_FIELD = "file";

/**
 * A PDF written elsewhere, with the title the holder will see. The server reads the file's content
 * to accept it; with JavaScript, a file over the limit is refused before it is sent.
 */
export function UploadDocumentForm({
  action,
  maxBytes,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  maxBytes: number;
}) {
  const t = useTranslations("AdminComplianceDocuments");
  const { state, summary, errors, formProps, value, pending } = useActionForm(action, () =>
    import("@/lib/licences/compliance-schemas").then((module) => module.uploadedDocumentSchema),
  );
  // The browser's own check of the file's size, tied to the server answer it preceded.
  const [tooLarge, setTooLarge] = useState<{ afterServerAnswer: number | undefined; attempt: number } | null>(null);
  const tooLargeNow = tooLarge && tooLarge.afterServerAnswer === state.submittedAt ? tooLarge : null;
  const fileError = tooLargeNow ? t("errors.fileTooLarge") : errors[FILE_FIELD];
  const summaryErrors = [
    ...summary.errors.filter((error) => error.field !== FILE_FIELD),
    ...(fileError ? [{ field: FILE_FIELD, message: fileError }] : []),
  ];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get(FILE_FIELD);
    if (file instanceof File && file.size > maxBytes) {
      event.preventDefault();
      setTooLarge((previous) => ({ afterServerAnswer: state.submittedAt, attempt: (previous?.attempt ?? 0) + 1 }));
      return;
    }
    setTooLarge(null);
    formProps.onSubmit(event);
  }

  return (
    <>
      <IssuedNotice state={state} />
      <ErrorSummary {...summary} errors={summaryErrors} focusKey={`${summary.focusKey}-${tooLargeNow?.attempt ?? 0}`} />
      <form {...formProps} onSubmit={onSubmit}>
        {/* Checked when the form is sent, as in the template form (an error vanishing on blur moves the button). */}
        <TextField
          name="title"
          label={t("titleLabel")}
          hint={t("titleHint")}
          defaultValue={value("title")}
          error={errors.title}
        />
        <div className={fileError ? "mb-6 border-l-4 border-error pl-4" : "mb-6"}>
          <label htmlFor={FILE_FIELD} className="mb-1 block font-semibold">
            {t("fileLabel")}
          </label>
          <p id={`${FILE_FIELD}-hint`} className="mb-2 text-muted">
            {t("fileHint", { size: Math.round(maxBytes / (1024 * 1024)) })}
          </p>
          <FieldError id={FILE_FIELD} message={fileError} />
          <input
            id={FILE_FIELD}
            name={FILE_FIELD}
            type="file"
            accept=".pdf,application/pdf"
            aria-describedby={`${FILE_FIELD}-hint${fileError ? ` ${FILE_FIELD}-error` : ""}`}
            aria-invalid={fileError ? true : undefined}
            className="block w-full max-w-xl border-2 border-ink bg-white p-2 file:mr-4 file:min-h-8 file:cursor-pointer file:border-0 file:bg-surface file:px-3 file:font-semibold"
          />
        </div>
        <Button disabled={pending} variant="secondary">
          {t("upload")}
        </Button>
      </form>
    </>
  );
}
