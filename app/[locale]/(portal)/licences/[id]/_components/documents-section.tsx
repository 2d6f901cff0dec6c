import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { SessionUser } from "@/lib/auth/session";
import { listComplianceDocumentsForHolder } from "@/lib/licences/compliance-documents";
import { PageSection } from "@/components/page-section";

/** The documents the Commission issued on the licence, newest first, each downloaded as a PDF. */
export async function DocumentsSection({ licenceId, user }: { licenceId: string; user: SessionUser }) {
  const documents = (await listComplianceDocumentsForHolder(user, licenceId)) ?? [];
  const t = await getTranslations("LicencePage");
  const format = await getFormatter();
  return (
    <PageSection id="documents-title" title={t("documentsTitle")} className="mb-10">
      {documents.length === 0 ? (
        <p>{t("noDocuments")}</p>
      ) : (
        <ul className="space-y-3">
          {documents.map((document) => (
            <li key={document.id} className="border-l-4 border-brand bg-surface px-4 py-3">
              <h3 className="text-lg">{document.title}</h3>
              <p className="text-sm text-muted">
                {t("documentIssuedOn", { date: format.dateTime(document.issuedAt, "long") })}
              </p>
              <a
                href={`/api/licences/${licenceId}/documents/${document.id}`}
                download
                className="mt-1 inline-block py-1"
              >
                {t("downloadDocument")}
                <span className="sr-only"> – {document.title}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </PageSection>
  );
}
