import "server-only";
import { UTApi, UTFile } from "uploadthing/server";
import type { DocumentStorage } from "./storage";
import { assertStorageKey } from "./storage-key";

/**
 * Documents on UploadThing, uploaded from the server with its official SDK (UTApi): the browser
 * never talks to UploadThing, so our content checks always run first.
 *
 * Our storage key is sent as the file's `customId` and as its name: UploadThing addresses a file
 * by custom id as well as by its own key, so we keep one key (ours) and UploadThing never receives
 * the sender's file name. Files are uploaded private and read through a short-lived signed URL.
 * A private upload needs the UploadThing app to be private, or to allow ACL overrides.
 */

/** Where the SDK sends its requests; the defaults are UploadThing's own servers. Tests point them at a stand-in. */
export type UploadThingEndpoints = {
  apiUrl?: string;
  ingestUrl?: string;
  /** Host of the file CDN (`ufs.sh`); the SDK uses plain HTTP for a host containing "local". */
  ufsHost?: string;
  ufsAppIdLocation?: "subdomain" | "path";
};

export type UploadThingSettings = { token: string } & UploadThingEndpoints;

/** A signed read URL only needs to outlive the one request that follows it. */
const READ_URL_LIFETIME_SECONDS = 60;

export class UploadThingStorage implements DocumentStorage {
  readonly kind = "uploadthing";
  private readonly api: UTApi;

  constructor(settings: UploadThingSettings) {
    this.api = new UTApi({ ...settings, logLevel: "Error" });
  }

  async put(key: string, bytes: Uint8Array, mimeType: string): Promise<void> {
    assertStorageKey(key);
    const file = new UTFile([new Uint8Array(bytes)], key, { type: mimeType, customId: key });
    const result = await this.api.uploadFiles(file, { acl: "private", contentDisposition: "attachment" });
    if (result.error) throw new Error(`UploadThing refused the upload (${result.error.code}): ${result.error.message}`);
  }

  async get(key: string): Promise<Uint8Array | null> {
    assertStorageKey(key);
    const { ufsUrl } = await this.api.generateSignedURL(key, { expiresIn: READ_URL_LIFETIME_SECONDS });
    const response = await fetch(ufsUrl, { cache: "no-store" });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`UploadThing answered ${response.status} to a file read`);
    return new Uint8Array(await response.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.api.deleteFiles(key, { keyType: "customId" });
  }
}
