import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's recommended floor (m = 19 MiB, t = 2, p = 1). The parameters are stored in
 * each hash, so raising them later still verifies older hashes.
 */
const ARGON2ID = 2; // Algorithm.Argon2id: the package's const enum can't be imported under isolatedModules.

export const passwordHashOptions = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, passwordHashOptions);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, never a crash.
    return false;
  }
}
