import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DocumentStorage } from "./storage";
import { assertStorageKey } from "./storage-key";

/**
 * The embedded default (DESIGN.md, principle 1): files in a private folder (`.data/uploads` unless
 * UPLOADS_DIR says otherwise; the configuration refuses a folder under public/). Files are named by
 * their key only, readable by the server's user only, and reached through the download route.
 */
export class LocalFolderStorage implements DocumentStorage {
  readonly kind = "local";

  constructor(private readonly root: string) {}

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    // Written beside the target then renamed: a crash mid-write never leaves half a file under the key.
    const partial = `${target}.${randomBytes(6).toString("hex")}.partial`;
    await writeFile(partial, bytes, { mode: 0o600, flag: "wx" });
    try {
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      const contents = await readFile(this.pathOf(key));
      // A plain Uint8Array (a view of the Buffer's memory), as every provider returns.
      return new Uint8Array(contents.buffer, contents.byteOffset, contents.byteLength);
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** `<root>/ab/abcdef…`: a first-level folder per two hex digits keeps folders small. */
  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, key.slice(0, 2), key);
  }
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
