import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/sign-in";
import { changePassword } from "@/lib/accounts/profile";
import { hashPassword } from "@/lib/auth/password-hash";
import { redeemAccessCode } from "@/lib/access-codes/codes";
import { limitPolicies } from "@/lib/rate-limit/policies";
import { captureSecurityLogForTests } from "@/lib/security/log";
import type { SessionUser } from "@/lib/auth/session";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/**
 * Guesses sent all at once must not outrun a lockout: each is counted before it is checked, so at
 * most the policy's number of guesses is ever verified, whatever arrives in parallel.
 */
let database: TestDatabase;
let counter = 0;
const PASSWORD = "Verte-prairie-7";

async function activeUser(): Promise<SessionUser> {
  counter += 1;
  const user = await database.db.user.create({
    data: {
      email: `guess${counter}-${Date.now()}@example.com`,
      passwordHash: await hashPassword(PASSWORD),
      status: "active",
      firstName: "Marie",
      lastName: "Tremblay",
      locale: "fr",
    },
  });
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    locale: user.locale,
  };
}

const ip = () => `10.9.${Math.floor(counter / 250)}.${counter % 250}`;
const times = <T>(count: number, make: (index: number) => Promise<T>) =>
  Promise.all(Array.from({ length: count }, (_, index) => make(index)));

beforeAll(async () => {
  database = await openFreshTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("authenticate under parallel guesses", () => {
  it("verifies no more wrong passwords than the lockout allows when 40 arrive at once", async () => {
    const user = await activeUser();
    const results = await times(40, (index) => authenticate(user.email, `Wrong-guess-${index}`, { ip: ip() }));
    const checked = results.filter((result) => !result.ok && result.reason === "invalid");
    expect(checked.length).toBeLessThanOrEqual(limitPolicies.signInFailuresByAccount.points);
    expect(results.filter((result) => !result.ok && result.reason === "locked")).toHaveLength(40 - checked.length);
    // Locked: the right password is refused too.
    expect(await authenticate(user.email, PASSWORD, { ip: ip() })).toEqual({ ok: false, reason: "locked" });
  });

  it("gives a right password its attempt back, so a person signing in often is never locked out", async () => {
    const user = await activeUser();
    for (let index = 0; index < limitPolicies.signInFailuresByAccount.points + 3; index += 1) {
      expect((await authenticate(user.email, PASSWORD, { ip: ip() })).ok).toBe(true);
    }
  });

  it("writes a security log line for each failure and lockout, with no password in it", async () => {
    const user = await activeUser();
    const log = captureSecurityLogForTests();
    try {
      await times(8, (index) => authenticate(user.email, `Wrong-guess-${index}`, { ip: ip() }));
    } finally {
      log.restore();
    }
    expect(log.lines.filter((line) => line.event === "sign_in.failed").length).toBeGreaterThan(0);
    expect(log.lines.filter((line) => line.event === "sign_in.locked").length).toBeGreaterThan(0);
    expect(log.lines.filter((line) => line.event === "sign_in.failed").every((line) => line.account === user.id)).toBe(
      true,
    );
    expect(JSON.stringify(log.lines)).not.toMatch(/Wrong-guess|@example\.com/);
  });
});

describe("changePassword under parallel guesses", () => {
  it("checks at most the lockout's number of current passwords when 30 arrive at once", async () => {
    const user = await activeUser();
    const results = await times(30, (index) => changePassword(user, `Wrong-guess-${index}`, "Nouveau-mot-9"));
    expect(
      results.filter((result) => !result.ok && result.reason === "wrongCurrentPassword").length,
    ).toBeLessThanOrEqual(limitPolicies.signInFailuresByAccount.points);
    expect(results).not.toContainEqual({ ok: true });
    expect(await changePassword(user, PASSWORD, "Nouveau-mot-9")).toEqual({ ok: false, reason: "locked" });
  });
});

describe("redeemAccessCode under parallel guesses", () => {
  it("checks at most the account's limit of codes when 30 arrive at once", async () => {
    const user = await activeUser();
    const results = await times(30, (index) =>
      redeemAccessCode(user, `ABCDE-FGHJK-${String(index).padStart(5, "0")}`, { ip: ip() }),
    );
    expect(results.filter((result) => !result.ok && result.reason === "invalid").length).toBeLessThanOrEqual(
      limitPolicies.accessCodeByAccount.points,
    );
    expect(results.filter((result) => !result.ok && result.reason === "locked").length).toBeGreaterThanOrEqual(
      30 - limitPolicies.accessCodeByAccount.points,
    );
    // Each code that was checked and failed is on the account's audit trail for staff.
    const failures = await database.db.auditLog.count({
      where: { action: "access_code.redeem_failed", actorId: user.id },
    });
    expect(failures).toBe(results.filter((result) => !result.ok && result.reason === "invalid").length);
  });
});
