import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { createChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { verify } from "altcha-lib/frameworks/shared";
import type { Store } from "altcha-lib/frameworks/types";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";

/**
 * "I'm not a robot" without a third-party service or a puzzle: ALTCHA's proof of work, solved by
 * the browser in the background. Without JavaScript the form shows a one-line arithmetic question
 * instead (signed, so the server keeps no state). Each proof is accepted once.
 */
const CHALLENGE_LIFETIME_MS = 30 * 60 * 1000;

function secret(purpose: string): string {
  return createHmac("sha256", getConfig().authSecret).update(`human-check:${purpose}`).digest("hex");
}

export async function createHumanChallenge(now = new Date()): Promise<Challenge> {
  return createChallenge({
    // A second or so of SHA-256 work in a phone's browser; the server checks it with one hash.
    algorithm: "SHA-256",
    cost: 1,
    counter: randomInt(5_000, 20_000),
    deriveKey,
    expiresAt: new Date(now.getTime() + CHALLENGE_LIFETIME_MS),
    hmacSignatureSecret: secret("altcha"),
    hmacKeySignatureSecret: secret("altcha-key"),
  });
}

/** Remembers used proofs in the shared RateLimit table: a replayed proof is refused. */
function usedProofs(): Store {
  const remember = async (key: string) => {
    const { count } = await getDb().rateLimit.createMany({
      data: [{ key: `human-check:${key}`, points: 1, expire: new Date(Date.now() + 2 * CHALLENGE_LIFETIME_MS) }],
      skipDuplicates: true,
    });
    return count === 1;
  };
  return {
    get: async (key) => Boolean(await getDb().rateLimit.findUnique({ where: { key: `human-check:${key}` } })),
    set: (key) => remember(key),
    setIfAbsent: (key) => remember(key),
  };
}

export type ArithmeticQuestion = { a: number; b: number; token: string };

/** The no-JavaScript fallback: "What is 4 plus 7?", its answer sealed in a signed token. */
export function createArithmeticQuestion(now = new Date()): ArithmeticQuestion {
  const a = randomInt(1, 10);
  const b = randomInt(1, 10);
  const expires = now.getTime() + CHALLENGE_LIFETIME_MS;
  const nonce = randomInt(0, 2 ** 40).toString(36);
  const body = `${a + b}.${expires}.${nonce}`;
  const signature = createHmac("sha256", secret("arithmetic")).update(body).digest("base64url");
  return { a, b, token: `${expires}.${nonce}.${signature}` };
}

async function verifyArithmetic(token: string, answer: string, now: Date): Promise<boolean> {
  const [expires, nonce, signature] = token.split(".");
  if (!expires || !nonce || !signature || Number(expires) < now.getTime()) return false;
  const given = answer.trim();
  if (!/^\d{1,3}$/.test(given)) return false;
  const expected = createHmac("sha256", secret("arithmetic"))
    .update(`${Number(given)}.${expires}.${nonce}`)
    .digest("base64url");
  const matches =
    expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
  return matches && (await usedProofs().setIfAbsent?.(`arithmetic:${nonce}`, true)) === true;
}

/** Whether the form carries a valid, unused proof: the widget's payload or the fallback answer. */
export async function verifyHumanCheck(formData: FormData, now = new Date()): Promise<boolean> {
  const payload = formData.get("altcha");
  if (typeof payload === "string" && payload.length > 0 && payload.length < 10_000) {
    const result = await verify(payload, deriveKey, secret("altcha"), secret("altcha-key"), usedProofs());
    return result.error === null;
  }
  const token = formData.get("humanCheckToken");
  const answer = formData.get("humanCheckAnswer");
  if (typeof token === "string" && typeof answer === "string" && token.length < 300) {
    return verifyArithmetic(token, answer, now);
  }
  return false;
}
