import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { DocumentsSection } from "@/lib/applications/engine";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import type { PortalNames } from "@/lib/applications/kinds/names";
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENTS_PER_REQUIREMENT } from "@/lib/documents/rules";
import { uploadErrorCodes } from "@/lib/documents/uploads";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { ClientMessages } from "@/components/client-messages";
import { continueFromSectionAction } from "../actions";
import { readFlash } from "@/lib/forms/flash";
import { DocumentRequirement } from "./document-requirement";
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
  const t = await getKindTranslations(kind.messages);
  const tPage = await getTranslations("DocumentsPage");
  const format = await getFormatter();
  const flash = readFlash(query, notices);
  const uploadError = flash?.kind === "error" && flash.notice !== "incomplete" ? flash.notice : null;
  const limits = { size: format.number(MAX_DOCUMENT_BYTES / 1024 / 1024), count: MAX_DOCUMENTS_PER_REQUIREMENT };
  const title = (id: PortalNames["document"]) => t(`documentTitles.${id}`);

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
        {application.requiredDocuments.map((requirement) => (
          <DocumentRequirement
            key={requirement.id}
            application={application}
            requirement={requirement}
            error={errors.find((candidate) => candidate.field === `file-${requirement.id}`)?.message}
            limits={limits}
            locale={locale}
          />
        ))}
      </ClientMessages>

      <form action={continueFromSectionAction.bind(null, locale, application.id, "documents")}>
        <ReturnField returnTo={query.return} />
        <LastSaved application={application} />
        <SectionButtons />
      </form>
    </div>
  );
}
