import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { AppLocale } from "@/lib/i18n/routing";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/rules";
import { complianceTemplates } from "@/lib/licences/compliance-schemas";
import { defaultLanguageForLicence, listComplianceDocumentsForStaff } from "@/lib/licences/compliance-documents";
import { PageSection } from "@/components/page-section";
import { DataTable } from "@/components/data-table";
import { ClientMessages } from "@/components/client-messages";
import { issueTemplateDocumentAction, issueUploadedDocumentAction } from "../compliance-actions";
import { TemplateDocumentForm } from "./template-document-form";
import { UploadDocumentForm } from "./upload-document-form";

/** The compliance documents issued on the licence, and the forms to issue one (licensing officers). */
export async function ComplianceDocumentsSection({
  licenceId,
  staff,
  locale,
}: {
  licenceId: string;
  staff: SessionUser;
  locale: AppLocale;
}) {
  const documents = await listComplianceDocumentsForStaff(staff, licenceId);
  if (!documents) return null;
  const t = await getTranslations("AdminComplianceDocuments");
  const templates = await getTranslations("ComplianceTemplates");
  const format = await getFormatter();
  const defaultLanguage = can(staff.role, "issueComplianceDocuments")
    ? await defaultLanguageForLicence(staff, licenceId)
    : null;

  return (
    <PageSection id="compliance-documents-title" title={t("title")} className="mb-12">
      {documents.length === 0 ? (
        <p className="mb-8">{t("none")}</p>
      ) : (
        <DataTable
          caption={t("caption")}
          hiddenCaption
          headers={[t("document"), t("issuedOn"), t("issuedBy")]}
          rowHeader={0}
          rows={documents.map((document) => [
            <div key="document">
              <span className="block font-semibold">{document.title}</span>
              <span className="block text-sm text-muted">
                {document.file
                  ? `${t("uploaded")} · ${document.file.name} (${format.number(document.file.sizeBytes / 1024, { maximumFractionDigits: 0 })} ${t("kilobytes")})`
                  : t("written")}
              </span>
              <a href={`/api/licences/${licenceId}/documents/${document.id}`} download className="inline-block py-1">
                {t("download")}
                <span className="sr-only"> – {document.title}</span>
              </a>
            </div>,
            format.dateTime(document.issuedAt, "long"),
            document.issuedBy ?? t("unknownIssuer"),
          ])}
        />
      )}
      {defaultLanguage ? (
        <ClientMessages namespaces={["AdminComplianceDocuments"]}>
          <div className="mb-10 border-t-4 border-brand pt-4">
            <h3 className="mb-2 text-xl">{t("templateTitle")}</h3>
            <p className="mb-6 max-w-prose">{t("templateIntro")}</p>
            <TemplateDocumentForm
              action={issueTemplateDocumentAction.bind(null, locale, licenceId)}
              templates={complianceTemplates.map((template) => ({
                value: template,
                label: templates(`${template}.title`),
                hint: templates(`${template}.description`),
              }))}
              defaultLanguage={defaultLanguage}
            />
          </div>
          <div className="border-t-4 border-brand pt-4">
            <h3 className="mb-2 text-xl">{t("uploadTitle")}</h3>
            <p className="mb-6 max-w-prose">{t("uploadIntro")}</p>
            <UploadDocumentForm
              action={issueUploadedDocumentAction.bind(null, locale, licenceId)}
              maxBytes={MAX_DOCUMENT_BYTES}
            />
          </div>
        </ClientMessages>
      ) : null}
    </PageSection>
  );
}
