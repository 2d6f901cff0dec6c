import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { MAX_DOCUMENT_BYTES } from "./rules";
import { storeDocument, type DocumentErrorCode } from "./commands";
import type { AppLocale } from "@/lib/i18n/routing";
import { withFlash } from "@/lib/forms/flash";

/** Every reason an upload can be refused, as the pages read it back from the URL. */
export const uploadErrorCodes = [
  "fileMissing",
  "fileEmpty",
  "fileTooLarge",
  "fileTypeNotAllowed",
  "tooManyFiles",
  "applicationNotFound",
  "applicationLocked",
  "unknownRequirement",
] as const satisfies ReadonlyArray<DocumentErrorCode | "fileMissing">;

/**
 * The most a whole upload request may carry: the largest document plus room for the multipart
 * envelope (boundaries, headers, the requirement and locale fields).
 */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;

export type UploadOutcome =
  | { ok: true; documentId: string; requirement: string }
  | { ok: false; code: DocumentErrorCode | "fileMissing"; requirement: string };

/**
 * One upload from the documents page — by the no-JavaScript form (a server action) or by the
 * script that shows progress (a route): the same checks, the same storage, the same answer.
 */
export async function uploadApplicationDocument(
  user: SessionUser,
  applicationId: string,
  formData: FormData,
): Promise<UploadOutcome> {
  const requirement = String(formData.get("requirement") ?? "").slice(0, 100);
  const file = formData.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === ""))
    return { ok: false, code: "fileMissing", requirement };
  // Refused before its bytes are read into memory.
  if (file.size > MAX_DOCUMENT_BYTES) return { ok: false, code: "fileTooLarge", requirement };
  const stored = await storeDocument({
    owner: user,
    applicationId,
    requirement,
    file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
  });
  return stored.ok
    ? { ok: true, documentId: stored.document.id, requirement }
    : { ok: false, code: stored.code, requirement };
}

const UNNAMED = ["", "blob", "undefined"];

/**
 * The files a form sent under `name` (an `<input type="file" multiple>`), with a file over the size
 * limit refused before its bytes are read into memory. A box left empty sends one empty file
 * without a name: no file. (Without JavaScript its name is ""; with it, React re-sends the form
 * and its server names a file without a name "undefined", or "blob" where File is missing.)
 */
export async function readAttachedFiles(
  formData: FormData,
  name: string,
): Promise<{ ok: true; files: { name: string; bytes: Uint8Array }[] } | { ok: false; code: "fileTooLarge" }> {
  const chosen = formData
    .getAll(name)
    .filter((entry): entry is File => entry instanceof File && !(entry.size === 0 && UNNAMED.includes(entry.name)));
  if (chosen.some((file) => file.size > MAX_DOCUMENT_BYTES)) return { ok: false, code: "fileTooLarge" };
  const files = [];
  for (const file of chosen) files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return { ok: true, files };
}

/** The documents page showing the outcome, at the document it was for. */
export function pathAfterUpload(locale: AppLocale, applicationId: string, outcome: UploadOutcome): string {
  const base = `/${locale}/applications/${applicationId}/documents`;
  const anchor = /^[A-Za-z0-9_-]+$/.test(outcome.requirement) ? `#${outcome.requirement}` : "";
  return outcome.ok
    ? withFlash(`${base}${anchor}`, { done: "uploaded" }, { document: outcome.documentId })
    : withFlash(`${base}${anchor}`, { error: outcome.code }, { requirement: outcome.requirement });
}
