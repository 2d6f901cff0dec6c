import { randomBytes } from "node:crypto";

/**
 * Storage keys are made by us, never from a file's name: 128 random bits in lowercase hex.
 * Unguessable (a key alone gives no access, but it should not be findable either) and made of
 * characters that cannot form a path, a URL segment or a header of their own.
 */
const STORAGE_KEY = /^[0-9a-f]{32}$/;

export class InvalidStorageKeyError extends Error {
  constructor() {
    // The key itself stays out of the message: it may be an attacker's path.
    super("Invalid storage key: expected 32 lowercase hexadecimal characters");
    this.name = "InvalidStorageKeyError";
  }
}

export function generateStorageKey(): string {
  return randomBytes(16).toString("hex");
}

export function isStorageKey(key: string): boolean {
  return STORAGE_KEY.test(key);
}

/** Every storage operation starts here, so "../../etc/passwd" never reaches a file system or an API. */
export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new InvalidStorageKeyError();
}
