import { z } from "zod";
import { locales } from "@/lib/i18n/routing";

/**
 * The two forms that issue a compliance document on a licence, shared by the staff page (instant
 * checks) and the server: a document written from a template, or an uploaded PDF (whose file is
 * read and checked by its content on the server only). Messages are keys of AdminComplianceDocuments.
 */

export const complianceTemplates = ["complianceNotice", "warningLetter", "inspectionResults"] as const;
export type ComplianceTemplate = (typeof complianceTemplates)[number];

export const COMPLIANCE_PARAGRAPH_MAX_LENGTH = 4000;
export const COMPLIANCE_TITLE_MAX_LENGTH = 150;

const errors = (key: string) => `AdminComplianceDocuments.errors.${key}`;

export const templateDocumentSchema = z.object({
  template: z.enum(complianceTemplates, { error: errors("templateRequired") }),
  language: z.enum(locales, { error: errors("languageRequired") }),
  // A browser sends a text area's line breaks as CRLF: counted as one character, as the officer sees them.
  paragraph: z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value),
    z
      .string({ error: errors("paragraphRequired") })
      .trim()
      .min(1, { error: errors("paragraphRequired") })
      .max(COMPLIANCE_PARAGRAPH_MAX_LENGTH, { error: errors("paragraphTooLong") }),
  ),
});
export type TemplateDocumentInput = z.output<typeof templateDocumentSchema>;

export const uploadedDocumentSchema = z.object({
  title: z
    .string({ error: errors("titleRequired") })
    .trim()
    .min(1, { error: errors("titleRequired") })
    .max(COMPLIANCE_TITLE_MAX_LENGTH, { error: errors("titleTooLong") }),
});
export type UploadedDocumentInput = z.output<typeof uploadedDocumentSchema>;
