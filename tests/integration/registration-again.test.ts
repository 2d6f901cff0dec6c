import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activateAccount, register } from "@/lib/accounts/registration";
import { authenticate } from "@/lib/auth/sign-in";
import { verifyPassword } from "@/lib/auth/password-hash";
import type { RegisterInput } from "@/lib/accounts/schemas";
import { hashAccessCode, issueAccessCode, redeemPendingAccessCode } from "@/lib/access-codes/codes";
import { isLinked } from "@/lib/access-codes/account-links";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demo, demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/**
 * Registering again (issue 10): a second registration for a pending e-mail changes nothing on the
 * account; each activation link carries its own registration, applied only when that link is used;
 * the access code typed at registration exists only as its hash, and is redeemed after activation.
 */
let database: TestDatabase;
let counter = 0;
const service = demoSession("service@example.com");
const HARBOUR_DIRECTOR = "11000000-0000-4000-8000-000000000011";
const FIRST = "Verte-prairie-7";
const SECOND = "Autre-prairie-8";

const unique = () => {
  counter += 1;
  return {
    email: `again${counter}-${Date.now()}@example.com`,
    ip: `10.30.${Math.floor(counter / 250)}.${counter % 250}`,
  };
};

const registration = (email: string, overrides: Partial<RegisterInput> = {}): RegisterInput => ({
  email,
  password: FIRST,
  passwordConfirm: FIRST,
  firstName: "Ana",
  lastName: "Silva",
  phone: "416-555-0100",
  locale: "fr",
  accessCode: undefined,
  ...overrides,
});

async function linkToken(email: string): Promise<string> {
  const message = await database.db.emailOutbox.findFirstOrThrow({
    where: { toAddress: email, template: "activation" },
    orderBy: { createdAt: "desc" },
  });
  const match = /token=([A-Za-z0-9_-]+)/.exec(message.textBody);
  if (!match?.[1]) throw new Error("no link in the e-mail");
  return match[1];
}

/** A code customer service issued for Harbourfront, as the person would read it out (with dashes). */
async function harbourCode(): Promise<string> {
  const issued = await issueAccessCode(service, {
    entityId: demo.harbour,
    callerPersonId: HARBOUR_DIRECTOR,
    verificationMethod: "callback_on_file",
    verificationNote: "Called back at the office number on file.",
  });
  if (!issued) throw new Error("no code issued");
  return issued.formatted;
}

/** Every row of every table of ours, as text: where a secret must not be. */
async function everyRowAsText(): Promise<string> {
  const tables = await database.db.$queryRaw<Array<{ table_name: string }>>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
  const rows: string[] = [];
  for (const { table_name: table } of tables) {
    const found = await database.db.$queryRawUnsafe<Array<{ row: string }>>(
      `SELECT row_to_json(t)::text AS row FROM "${table.replaceAll('"', "")}" t`,
    );
    rows.push(...found.map((entry) => entry.row));
  }
  return rows.join("\n");
}

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

describe("registering again for a pending e-mail", () => {
  it("leaves the account as first registered until a link is used; only the newest link works, with its own password and details", async () => {
    const { email, ip } = unique();
    await register(registration(email, { firstName: "Old", locale: "fr" }), { ip });
    const firstLink = await linkToken(email);
    const before = await database.db.user.findUniqueOrThrow({ where: { email } });
    await register(
      registration(email, {
        firstName: "New",
        lastName: "Person",
        phone: "613-555-0199",
        locale: "en",
        password: SECOND,
        passwordConfirm: SECOND,
      }),
      { ip },
    );
    const secondLink = await linkToken(email);

    // Nothing on the account changed, and a pending account signs in with neither password.
    expect(await database.db.user.findUniqueOrThrow({ where: { email } })).toEqual(before);
    expect(await authenticate(email, SECOND, { ip })).toEqual({ ok: false, reason: "invalid" });

    // The newer link voided the first; the second asks for the second password.
    expect(await activateAccount(firstLink, FIRST)).toMatchObject({ ok: false, reason: "used" });
    expect(await activateAccount(secondLink, FIRST)).toMatchObject({ ok: false, reason: "wrongPassword" });
    expect(await activateAccount(secondLink, SECOND)).toMatchObject({
      ok: true,
      locale: "en",
      pendingAccessCodeHash: null,
    });

    const after = await database.db.user.findUniqueOrThrow({ where: { email } });
    expect([after.status, after.firstName, after.lastName, after.phone, after.locale]).toEqual([
      "active",
      "New",
      "Person",
      "613-555-0199",
      "en",
    ]);
    expect(await verifyPassword(after.passwordHash, SECOND)).toBe(true);
    expect(await verifyPassword(after.passwordHash, FIRST)).toBe(false);
    expect((await authenticate(email, SECOND, { ip })).ok).toBe(true);
    expect(await authenticate(email, FIRST, { ip })).toEqual({ ok: false, reason: "invalid" });
  });

  it("gives someone who registers with another person's pending e-mail nothing: the owner's next registration is the one that counts", async () => {
    const { email, ip } = unique();
    await register(registration(email, { password: FIRST, passwordConfirm: FIRST }), { ip });
    // Someone else registers the same address with their own password: the link goes to the owner's mailbox.
    await register(registration(email, { firstName: "Intruder", password: SECOND, passwordConfirm: SECOND }), {
      ip: unique().ip,
    });
    expect(
      await verifyPassword((await database.db.user.findUniqueOrThrow({ where: { email } })).passwordHash, SECOND),
    ).toBe(false);
    // The owner registers again and activates with their own link and password.
    await register(registration(email, { password: FIRST, passwordConfirm: FIRST }), { ip: unique().ip });
    expect((await activateAccount(await linkToken(email), FIRST)).ok).toBe(true);
    const account = await database.db.user.findUniqueOrThrow({ where: { email } });
    expect(account.firstName).toBe("Ana");
    expect(await verifyPassword(account.passwordHash, SECOND)).toBe(false);
  });
});

describe("the access code typed at registration", () => {
  it("is never stored in clear: the link carries its hash only, and nothing once it is used", async () => {
    const { email, ip } = unique();
    const code = await harbourCode();
    const clear = code.replaceAll("-", "");
    await register(registration(email, { accessCode: clear }), { ip });
    const [token] = await database.db.oneTimeToken.findMany({ where: { user: { email } } });
    expect(token?.payload).toMatchObject({ accessCodeHash: hashAccessCode(code) });
    const everything = (await everyRowAsText()).toUpperCase();
    expect(everything).not.toContain(clear);
    expect(everything).not.toContain(code);

    expect((await activateAccount(await linkToken(email), FIRST)).ok).toBe(true);
    expect((await database.db.oneTimeToken.findMany({ where: { user: { email } } })).map((row) => row.payload)).toEqual(
      [null],
    );
  });

  it("is redeemed by its hash once the account is activated, with the redemption audited", async () => {
    const { email, ip } = unique();
    const code = await harbourCode();
    await register(registration(email, { accessCode: code.replaceAll("-", "") }), { ip });
    const activated = await activateAccount(await linkToken(email), FIRST);
    if (!activated.ok || !activated.pendingAccessCodeHash) throw new Error("expected a code to redeem");
    expect(await isLinked(activated.userId, demo.harbour)).toBe(false);
    expect(await redeemPendingAccessCode(activated.userId, activated.pendingAccessCodeHash, { ip })).toEqual({
      ok: true,
      entityName: "Harbourfront Hospitality Ltd.",
    });
    expect(await isLinked(activated.userId, demo.harbour)).toBe(true);
    expect(
      await database.db.auditLog.count({ where: { action: "access_code.redeemed", actorId: activated.userId } }),
    ).toBe(1);
  });

  it("of a voided registration is never redeemed; a pending account redeems nothing", async () => {
    const { email, ip } = unique();
    const code = await harbourCode();
    await register(registration(email, { accessCode: code.replaceAll("-", "") }), { ip });
    const user = await database.db.user.findUniqueOrThrow({ where: { email } });
    expect(await redeemPendingAccessCode(user.id, hashAccessCode(code), { ip })).toBeNull();
    await register(registration(email), { ip });
    expect(await activateAccount(await linkToken(email), FIRST)).toMatchObject({
      ok: true,
      pendingAccessCodeHash: null,
    });
    expect(await isLinked(user.id, demo.harbour)).toBe(false);
  });
});

describe("activation's password guesses", () => {
  it("are counted before they are checked: of many sent at once, at most 5 are checked, then even the right one is refused", async () => {
    const { email, ip } = unique();
    await register(registration(email), { ip });
    const token = await linkToken(email);
    const results = await Promise.all(Array.from({ length: 10 }, () => activateAccount(token, "Wrong-password-1")));
    expect(results.filter((result) => !result.ok && result.reason === "wrongPassword").length).toBeLessThanOrEqual(5);
    expect(results.filter((result) => !result.ok && result.reason === "locked").length).toBeGreaterThanOrEqual(5);
    expect(await activateAccount(token, FIRST)).toMatchObject({ ok: false, reason: "locked" });
    expect((await database.db.user.findUniqueOrThrow({ where: { email } })).status).toBe("pending");
  });

  it("give back the attempt of the right password", async () => {
    const { email, ip } = unique();
    await register(registration(email), { ip });
    const token = await linkToken(email);
    for (let attempt = 0; attempt < 4; attempt += 1)
      expect(await activateAccount(token, "Wrong-password-1")).toMatchObject({ ok: false, reason: "wrongPassword" });
    expect((await activateAccount(token, FIRST)).ok).toBe(true);
    // Four failures count, the right password does not: one more wrong guess is still just wrong.
    expect(await authenticate(email, "Wrong-password-1", { ip })).toEqual({ ok: false, reason: "invalid" });
  });
});
