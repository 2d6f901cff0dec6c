import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import type { ApplicationView } from "@/lib/applications/queries";
import type { AppLocale } from "@/lib/i18n/routing";
import { MAX_DOCUMENTS_PER_REQUIREMENT } from "@/lib/documents/rules";
import { Button } from "@/components/button";
import { FieldError } from "@/components/field";
import { UploadForm } from "@/components/applications/upload-form";
import { removeDocumentAction, uploadDocumentAction } from "../actions";

/** One document the answers call for: the files sent for it, each removable, and the upload form while more may be sent. */
export async function DocumentRequirement({
  application,
  requirement,
  error,
  limits,
  locale,
}: {
  application: ApplicationView;
  requirement: ApplicationView["requiredDocuments"][number];
  error: string | undefined;
  limits: { size: string; count: number };
  locale: AppLocale;
}) {
  const t = await getKindTranslations(application.kindDefinition.messages);
  const tPage = await getTranslations("DocumentsPage");
  const format = await getFormatter();
  const title = t(`documentTitles.${requirement.id}`);
  const files = application.documents.filter((document) => document.requirement === requirement.id);
  const inputId = `file-${requirement.id}`;

  return (
    <section
      id={requirement.id}
      aria-labelledby={`${requirement.id}-title`}
      className="mb-10 border-t-4 border-brand pt-4"
    >
      <h2 id={`${requirement.id}-title`} className="mb-2 text-xl">
        {title}
      </h2>
      <p className={files.length > 0 ? "mb-3 text-success" : "mb-3 font-semibold"}>
        {files.length > 0 ? tPage("filesUploaded", { count: files.length }) : tPage("required")}
      </p>
      {files.length > 0 ? (
        <ul className="mb-4 border-t border-line">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center justify-between gap-3 border-b border-line py-2">
              <a href={`/api/documents/${file.id}`} download>
                {file.originalName}
                <span className="text-muted">
                  {" "}
                  ({format.number(file.sizeBytes / 1024, { maximumFractionDigits: 0 })} {tPage("kilobytes")})
                </span>
              </a>
              <form action={removeDocumentAction.bind(null, locale, application.id, file.id)}>
                <Button variant="tertiary" className="min-h-6 px-0">
                  {tPage("remove")}
                  <span className="sr-only"> {file.originalName}</span>
                </Button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
      {files.length < MAX_DOCUMENTS_PER_REQUIREMENT ? (
        <UploadForm
          action={uploadDocumentAction.bind(null, locale, application.id)}
          endpoint={`/api/applications/${application.id}/documents?locale=${locale}&requirement=${encodeURIComponent(requirement.id)}`}
          locale={locale}
          className={error ? "border-l-4 border-error pl-4" : undefined}
        >
          <input type="hidden" name="requirement" value={requirement.id} />
          <label htmlFor={inputId} className="mb-1 block font-semibold">
            {tPage("uploadLabel")}
            <span className="sr-only"> – {title}</span>
          </label>
          <p id={`${inputId}-hint`} className="mb-2 text-muted">
            {tPage("uploadHint", limits)}
          </p>
          <FieldError id={inputId} message={error} />
          <input
            id={inputId}
            name="file"
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
            aria-invalid={error ? true : undefined}
            className="mb-3 block w-full max-w-xl border-2 border-ink bg-white p-2 file:mr-4 file:min-h-8 file:cursor-pointer file:border-0 file:bg-surface file:px-3 file:font-semibold"
          />
          <Button variant="secondary">
            {tPage("upload")}
            <span className="sr-only"> – {title}</span>
          </Button>
        </UploadForm>
      ) : null}
    </section>
  );
}
