import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db/client";
import { limitPolicies, type LimitName } from "./policies";

/**
 * Rate limits and lockouts, stored in the database (rate-limiter-flexible's Prisma store on the
 * RateLimit table) so every server instance shares them.
 */
export type LimitCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number };

function limiter(name: LimitName) {
  const policy = limitPolicies[name];
  return new RateLimiterPrisma({
    storeClient: getDb(),
    tableName: "rateLimit",
    keyPrefix: name,
    points: policy.points,
    duration: policy.durationSeconds,
    blockDuration: policy.blockSeconds,
    // Expired rows are removed by the nightly clean-up job, not by a timer per limiter.
    clearExpiredByTimeout: false,
  });
}

function refusal(result: unknown): LimitCheck {
  if (result instanceof RateLimiterRes) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
  }
  throw result;
}

/**
 * Counts one attempt; refused once the policy's attempts are used up, and while blocked. The count
 * is an increment in the database, so guesses sent in parallel are each counted before any of them
 * is checked: consume first, verify after, and refund what succeeded.
 */
export async function consumeAttempt(name: LimitName, key: string): Promise<LimitCheck> {
  try {
    await limiter(name).consume(key);
    return { allowed: true };
  } catch (result) {
    return refusal(result);
  }
}

/**
 * Whether a key has used up its attempts, without counting one: checked before a password is even
 * looked at, so a locked account refuses the right password too.
 */
export async function checkLocked(name: LimitName, key: string): Promise<LimitCheck> {
  const state = await limiter(name).get(key);
  if (state && state.consumedPoints >= limitPolicies[name].points) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) };
  }
  return { allowed: true };
}

/** Gives back one attempt consumed for a guess that turned out right. */
export async function refundAttempt(name: LimitName, key: string): Promise<void> {
  await limiter(name).reward(key, 1);
}

/** Forgets a key's failures (after a successful sign-in). */
export async function resetAttempts(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}

export type GuardedGuess = { outcome: "right" | "wrong" } | { outcome: "locked"; retryAfterSeconds: number };

/**
 * Checks a guess (a password, a code) under one or more limits: an attempt is consumed on every key
 * first, the guess is checked only if all allowed it, and a right guess gets its attempts back. So
 * however many guesses arrive at once, no more than the limit are ever checked, and a locked key
 * refuses the right guess too.
 */
export async function guardedGuess(
  limits: readonly (readonly [LimitName, string])[],
  isRight: () => Promise<boolean>,
): Promise<GuardedGuess> {
  const checks: LimitCheck[] = [];
  for (const [name, key] of limits) checks.push(await consumeAttempt(name, key));
  const refusal = firstRefusal(checks);
  if (!refusal.allowed) return { outcome: "locked", retryAfterSeconds: refusal.retryAfterSeconds };
  if (!(await isRight())) return { outcome: "wrong" };
  for (const [name, key] of limits) await refundAttempt(name, key);
  return { outcome: "right" };
}

/** The first refusal among several checks, or allowed. */
export function firstRefusal(checks: LimitCheck[]): LimitCheck {
  return checks.find((check) => !check.allowed) ?? { allowed: true };
}

/** The nightly clean-up: limits whose window and block are over hold nothing; removed. Idempotent. */
export async function removeExpiredLimits(now: Date = new Date()): Promise<{ removed: number }> {
  const { count } = await getDb().rateLimit.deleteMany({ where: { expire: { lt: now } } });
  return { removed: count };
}
