import { getFormatter, getTranslations } from "next-intl/server";
import type { LicenceDetails } from "@/lib/licences/queries";
import { PageSection } from "@/components/page-section";

/** The documents the Commission issued with the licence, newest first. */
export async function DocumentsSection({ documents }: { documents: LicenceDetails["documents"] }) {
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
              <p className="text-sm text-muted">{format.dateTime(document.issuedAt, "long")}</p>
              <p className="whitespace-pre-line">{document.body}</p>
            </li>
          ))}
        </ul>
      )}
    </PageSection>
  );
}
