"use server";

import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { bound, stateAction } from "@/lib/forms/action";
import { echoValues, fieldErrorsFrom, type FormState } from "@/lib/forms/state";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/rules";
import { licenceDocumentFiles } from "@/lib/documents/licence-files";
import { templateDocumentSchema, uploadedDocumentSchema } from "@/lib/licences/compliance-schemas";
import {
  issueTemplateDocument,
  issueUploadedDocument,
  type IssueResult,
  type UploadRefusal,
} from "@/lib/licences/compliance-documents";

/**
 * A licensing officer issues a compliance document on the staff licence page: from a template, or
 * an uploaded PDF. Both stay on the page, which lists the new document and says who was told.
 */

const licencePage = (locale: string, licenceId: string) => `/${locale}/admin/licences/${licenceId}`;

function issuedState(issued: IssueResult): FormState {
  return {
    status: "success",
    result: { title: issued.title, emailed: String(issued.emailed) },
    submittedAt: Date.now(),
  };
}

export const issueTemplateDocumentAction = stateAction({
  guard: { permission: "issueComplianceDocuments" },
  bound: [bound.locale, bound.id],
  schema: templateDocumentSchema,
  run: async ({ user: staff, args: [locale, licenceId], input }) => {
    const issued = await issueTemplateDocument(staff, licenceId, input);
    if (!issued.ok) notFound();
    revalidatePath(licencePage(locale, licenceId));
    return issuedState(issued);
  },
});

const fileError = (code: UploadRefusal) => `AdminComplianceDocuments.errors.${code}`;

/**
 * The title is checked with the file, so both errors show at once: the file never reaches the
 * schema (a form's plain data holds its text fields only).
 */
export const issueUploadedDocumentAction = stateAction({
  guard: { permission: "issueComplianceDocuments" },
  bound: [bound.locale, bound.id],
  schema: z.object({ title: z.string().catch("") }),
  run: async ({ user: staff, args: [locale, licenceId], input, formData }) => {
    const title = uploadedDocumentSchema.safeParse(input);
    const sent = formData.get("file");
    // Without a file chosen, a browser still sends the field: no name, no bytes.
    const file = sent instanceof File && !(sent.size === 0 && sent.name === "") ? sent : null;
    // Refused before its bytes are read into memory.
    const early: UploadRefusal | null = !file ? "fileMissing" : file.size > MAX_DOCUMENT_BYTES ? "fileTooLarge" : null;
    if (!title.success || early) {
      return {
        status: "error",
        fieldErrors: {
          ...(title.success ? {} : fieldErrorsFrom(title.error)),
          ...(early ? { file: fileError(early) } : {}),
        },
        values: echoValues(formData),
        submittedAt: Date.now(),
      };
    }
    const issued = await issueUploadedDocument(
      staff,
      licenceId,
      { title: title.data.title, file: file && { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } },
      licenceDocumentFiles(),
    );
    if (!issued.ok) {
      // The title and the licence were checked above: only the file's content can be refused here.
      if (issued.reason === "notFound" || issued.reason === "invalid") notFound();
      return {
        status: "error",
        fieldErrors: { file: fileError(issued.reason) },
        values: echoValues(formData),
        submittedAt: Date.now(),
      };
    }
    revalidatePath(licencePage(locale, licenceId));
    return issuedState(issued);
  },
});
