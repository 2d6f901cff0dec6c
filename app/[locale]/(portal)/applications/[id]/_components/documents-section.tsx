import { getFormatter, getTranslations } from "next-intl/server";
import type { DocumentsSection } from "@/lib/applications/engine";
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENTS_PER_REQUIREMENT } from "@/lib/documents/rules";
import { uploadErrorCodes } from "@/lib/documents/uploads";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { FieldError } from "@/components/field";
import { ClientMessages } from "@/components/client-messages";
import { UploadForm } from "@/components/applications/upload-form";
import { continueFromSectionAction, removeDocumentAction, uploadDocumentAction } from "../actions";
import { readFlash } from "@/lib/forms/flash";
import { BackLink, LastSaved, ReturnField, SectionButtons, type SectionPageProps } from "./section-layout";

/** The notices this page shows after a redirect (lib/forms/flash). */
const notices = { done: ["uploaded", "removed"], error: ["incomplete", ...uploadErrorCodes] } as const;

/**
 * The documents these answers call for, each with its files and an upload form: a plain file input
 * that works without JavaScript, with the accepted types and size shown before choosing.
 */
export async function DocumentsSectionPage({
  application,
  query,
  back,
  caption,
  locale,
}: SectionPageProps<DocumentsSection>) {
  const kind = application.kindDefinition;
  const t = await getTranslations(kind.messages as "LiquorSalesApplication");
  const tPage = await getTranslations("DocumentsPage");
  const format = await getFormatter();
  const flash = readFlash(query, notices);
  const uploadError = flash?.kind === "error" && flash.notice !== "incomplete" ? flash.notice : null;
  const limits = { size: format.number(MAX_DOCUMENT_BYTES / 1024 / 1024), count: MAX_DOCUMENTS_PER_REQUIREMENT };
  const title = (id: string) => t(`documentTitles.${id as "floorPlan"}`);

  const errors: Array<{ field: string; message: string }> = [];
  if (uploadError && query.requirement)
    errors.push({ field: `file-${query.requirement}`, message: tPage(`errors.${uploadError}`, limits) });
  if (flash?.notice === "incomplete") {
    for (const requirement of application.requiredDocuments) {
      if (!application.facts.documents[requirement.id])
        errors.push({
          field: `file-${requirement.id}`,
          message: tPage("missing", { document: title(requirement.id) }),
        });
    }
  }
  const uploaded =
    flash?.notice === "uploaded" ? application.documents.find((document) => document.id === query.document) : undefined;

  return (
    <div className="max-w-3xl">
      <BackLink href={back} />
      <ErrorSummary errors={errors} />
      {uploaded ? (
        <NotificationBanner tone="success" title={tPage("uploaded", { name: uploaded.originalName })} />
      ) : null}
      {flash?.notice === "removed" ? <NotificationBanner tone="success" title={tPage("removed")} /> : null}
      <PageHeading caption={caption} lead={tPage("intro")}>
        {t("sections.documents")}
      </PageHeading>
      <p className="mb-8 font-semibold" id="document-rules">
        {tPage("rules", limits)}
      </p>

      <ClientMessages namespaces={["DocumentsPage"]}>
        {application.requiredDocuments.map((requirement) => {
          const files = application.documents.filter((document) => document.requirement === requirement.id);
          const inputId = `file-${requirement.id}`;
          const error = errors.find((candidate) => candidate.field === inputId)?.message;
          return (
            <section
              key={requirement.id}
              id={requirement.id}
              aria-labelledby={`${requirement.id}-title`}
              className="mb-10 border-t-4 border-brand pt-4"
            >
              <h2 id={`${requirement.id}-title`} className="mb-2 text-xl">
                {title(requirement.id)}
              </h2>
              <p className={files.length > 0 ? "mb-3 text-success" : "mb-3 font-semibold"}>
                {files.length > 0 ? tPage("filesUploaded", { count: files.length }) : tPage("required")}
              </p>
              {files.length > 0 ? (
                <ul className="mb-4 border-t border-line">
                  {files.map((file) => (
                    <li
                      key={file.id}
                      className="flex flex-wrap items-center justify-between gap-3 border-b border-line py-2"
                    >
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
                    <span className="sr-only"> – {title(requirement.id)}</span>
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
                    <span className="sr-only"> – {title(requirement.id)}</span>
                  </Button>
                </UploadForm>
              ) : null}
            </section>
          );
        })}
      </ClientMessages>

      <form action={continueFromSectionAction.bind(null, locale, application.id, "documents")}>
        <ReturnField returnTo={query.return} />
        <LastSaved application={application} />
        <SectionButtons />
      </form>
    </div>
  );
}
