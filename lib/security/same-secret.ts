import { createHash, timingSafeEqual } from "node:crypto";

/** Both sides are hashed first, so the comparison takes the same time whatever their lengths. */
export function isSameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
