import { getTranslations } from "next-intl/server";
import type { StaffFile } from "@/lib/applications/review";

/** The documents sent in answer to a request for information, where there are any. */
export async function ExtraDocumentsSection({ documents }: { documents: StaffFile["documents"] }) {
  const extra = documents.filter((document) => document.requirement === "additionalInformation");
  if (extra.length === 0) return null;
  const t = await getTranslations("AdminApplicationPage");
  return (
    <section aria-labelledby="extra-documents" className="mb-10">
      <h2 id="extra-documents" className="mb-3 text-2xl">
        {t("extraDocuments")}
      </h2>
      <ul className="list-disc pl-6">
        {extra.map((document) => (
          <li key={document.id}>
            <a href={`/api/documents/${document.id}`} download>
              {document.originalName}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
