import { getTranslations } from "next-intl/server";
import type { StaffFile } from "@/lib/applications/review";
import { PageSection } from "@/components/page-section";

/** The documents sent in answer to a request for information, where there are any. */
export async function ExtraDocumentsSection({ documents }: { documents: StaffFile["documents"] }) {
  const extra = documents.filter((document) => document.requirement === "additionalInformation");
  if (extra.length === 0) return null;
  const t = await getTranslations("AdminApplicationPage");
  return (
    <PageSection id="extra-documents" title={t("extraDocuments")} className="mb-10" headingClassName="mb-3 text-2xl">
      <ul className="list-disc pl-6">
        {extra.map((document) => (
          <li key={document.id}>
            <a href={`/api/documents/${document.id}`} download>
              {document.originalName}
            </a>
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
