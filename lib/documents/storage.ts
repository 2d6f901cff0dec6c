import "server-only";
import { getConfig, type Config } from "@/lib/config";
import { LocalFolderStorage } from "./local-folder-storage";
import { UploadThingStorage, type UploadThingEndpoints } from "./uploadthing-storage";

/**
 * Where document bytes live, chosen once from configuration (DESIGN.md, principle 1):
 * - "uploadthing": UploadThing, when UPLOADTHING_TOKEN is set;
 * - "local": a private folder (UPLOADS_DIR, `.data/uploads` by default).
 * Callers (commands.ts, queries.ts) never branch on the kind. Keys are ours (storage-key.ts) and
 * every provider refuses any other.
 */
export type DocumentStorage = {
  readonly kind: "local" | "uploadthing";
  put(key: string, bytes: Uint8Array, mimeType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
};

/** Tests pass their own storage; the portal uses the configured one. */
export type StorageOption = { storage?: DocumentStorage };

export type StorageSettings = Config["documents"];

export function createDocumentStorage(
  settings: StorageSettings,
  endpoints: UploadThingEndpoints = {},
): DocumentStorage {
  if (settings.uploadThingToken) return new UploadThingStorage({ token: settings.uploadThingToken, ...endpoints });
  return new LocalFolderStorage(settings.uploadsDir);
}

let defaultStorage: DocumentStorage | undefined;

/** The process's storage, built from the configuration on first use. */
export function getDocumentStorage(): DocumentStorage {
  defaultStorage ??= createDocumentStorage(getConfig().documents);
  return defaultStorage;
}

export { LocalFolderStorage } from "./local-folder-storage";
export { UploadThingStorage } from "./uploadthing-storage";
export { generateStorageKey, InvalidStorageKeyError, isStorageKey } from "./storage-key";
