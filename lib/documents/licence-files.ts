import "server-only";
import { checkDocumentContent, safeDisplayName } from "./rules";
import { getDocumentStorage, type DocumentStorage } from "./storage";
import { generateStorageKey } from "./storage-key";

/**
 * The document files a licence's compliance documents use (lib/licences/compliance-documents.ts):
 * the same storage, content check, size limit and safe names as application documents. Handed to
 * lib/licences by the page or route that calls it, since lib/licences cannot import lib/documents.
 */
export function licenceDocumentFiles(storage: DocumentStorage = getDocumentStorage()) {
  return {
    storage,
    checkContent: checkDocumentContent,
    safeName: safeDisplayName,
    newStorageKey: generateStorageKey,
  };
}
