import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { hashPassword } from "@/lib/auth/password-hash";
import { captureSecurityLogForTests, type SecurityLogLine } from "@/lib/security/log";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/** Password resets leave a JSON line for the host's alerts: who, from where, what happened; never the link. */
let database: TestDatabase;

beforeAll(async () => {
  database = await openFreshTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function logged(run: () => Promise<unknown>): Promise<SecurityLogLine[]> {
  const log = captureSecurityLogForTests();
  try {
    await run();
  } finally {
    log.restore();
  }
  return log.lines;
}

describe("security log of password resets", () => {
  it("records the request and the completed reset, without the token or the password", async () => {
    const user = await database.db.user.create({
      data: {
        email: "reset-log@example.com",
        passwordHash: await hashPassword("Verte-prairie-7"),
        status: "active",
        firstName: "Ana",
        lastName: "Roy",
      },
    });
    const requested = await logged(() => requestPasswordReset("Reset-Log@example.com", { ip: "10.7.0.1" }));
    expect(requested).toEqual([
      expect.objectContaining({
        event: "password_reset.requested",
        account: user.id,
        ip: "10.7.0.1",
        outcome: "allowed",
      }),
    ]);

    const email = await database.db.emailOutbox.findFirstOrThrow({ where: { toAddress: user.email } });
    const token = email.textBody.match(/token=([A-Za-z0-9_-]+)/)?.[1] ?? "";
    const completed = await logged(() => resetPassword(token, "Nouvelle-prairie-8"));
    expect(completed).toEqual([
      expect.objectContaining({ event: "password_reset.completed", account: user.id, outcome: "allowed" }),
    ]);
    expect(JSON.stringify([...requested, ...completed])).not.toMatch(
      new RegExp(`${token}|Nouvelle-prairie|reset-log@`, "i"),
    );
  });

  it("records a request for an unknown e-mail as refused, with no account", async () => {
    const lines = await logged(() => requestPasswordReset("nobody@example.com", { ip: "10.7.0.2" }));
    expect(lines).toEqual([
      expect.objectContaining({ event: "password_reset.requested", account: null, outcome: "refused" }),
    ]);
  });
});
