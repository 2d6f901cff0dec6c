import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { register, activateAccount, inspectActivationLink } from "@/lib/accounts/registration";
import { authenticate } from "@/lib/auth/sign-in";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { changePassword, endAllSessions, updateProfile } from "@/lib/accounts/profile";
import { sessionUserFor } from "@/lib/auth/session";
import { startUserSession } from "@/lib/auth/user-sessions";
import { verifyPassword } from "@/lib/auth/password-hash";
import { hashToken } from "@/lib/accounts/tokens";
import { hashAccessCode } from "@/lib/access-codes/codes";
import type { RegisterInput } from "@/lib/accounts/schemas";
import { openFreshTestDatabase, type TestDatabase } from "./database";

let database: TestDatabase;
let counter = 0;
/** A unique e-mail and IP per test, so rate limits of one test never touch another. */
const unique = () => {
  counter += 1;
  return {
    email: `person${counter}-${Date.now()}@example.com`,
    ip: `10.0.${Math.floor(counter / 250)}.${counter % 250}`,
  };
};

const registration = (email: string, overrides: Partial<RegisterInput> = {}): RegisterInput => ({
  email,
  password: "Verte-prairie-7",
  passwordConfirm: "Verte-prairie-7",
  firstName: "Marie",
  lastName: "Tremblay",
  phone: "613-555-0101",
  locale: "fr",
  accessCode: undefined,
  ...overrides,
});

const outboxFor = (email: string) =>
  database.db.emailOutbox.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });

/** The token in the newest e-mail's link, as the person would click it. */
async function linkToken(email: string): Promise<string> {
  const emails = await outboxFor(email);
  const match = emails.at(-1)?.textBody.match(/token=([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no link in the e-mail to ${email}`);
  return match[1];
}

async function registerAndActivate(email: string, ip: string) {
  await register(registration(email), { ip });
  await activateAccount(await linkToken(email), "Verte-prairie-7");
  return database.db.user.findUniqueOrThrow({ where: { email } });
}

beforeAll(async () => {
  database = await openFreshTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("register", () => {
  it("creates a pending account and e-mails an activation link in the chosen language", async () => {
    const { email, ip } = unique();
    expect(await register(registration(email, { locale: "en" }), { ip })).toEqual({ allowed: true });
    const user = await database.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.status).toBe("pending");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const [mail] = await outboxFor(email);
    expect(mail?.template).toBe("activation");
    expect(mail?.locale).toBe("en");
    expect(mail?.textBody).toContain("http://localhost:3000/en/activate?token=");
  });

  it("stores only the token's hash", async () => {
    const { email, ip } = unique();
    await register(registration(email), { ip });
    const token = await linkToken(email);
    const tokens = await database.db.oneTimeToken.findMany({ where: { user: { email } } });
    expect(tokens.map((row) => row.tokenHash)).toEqual([hashToken(token)]);
    expect(JSON.stringify(tokens)).not.toContain(token);
  });

  it("changes nothing on a pending account when the same e-mail registers again; the old link dies", async () => {
    const { email, ip } = unique();
    await register(registration(email, { firstName: "Old" }), { ip });
    const firstToken = await linkToken(email);
    const before = await database.db.user.findUniqueOrThrow({ where: { email } });
    await register(
      registration(email, { firstName: "New", password: "Autre-prairie-8", passwordConfirm: "Autre-prairie-8" }),
      { ip },
    );
    expect(await database.db.user.findMany({ where: { email } })).toEqual([before]);
    expect((await inspectActivationLink(firstToken)).status).toBe("used");
    expect((await inspectActivationLink(await linkToken(email))).status).toBe("valid");
  });

  it("gives the same answer for an existing account, changes nothing, and warns its owner instead", async () => {
    const { email, ip } = unique();
    const before = await registerAndActivate(email, ip);
    const answer = await register(
      registration(email, { firstName: "Intruder", password: "Intrus-pass-9", passwordConfirm: "Intrus-pass-9" }),
      { ip: unique().ip },
    );
    expect(answer).toEqual({ allowed: true });
    const after = await database.db.user.findUniqueOrThrow({ where: { email } });
    expect(after).toEqual(before);
    expect((await outboxFor(email)).at(-1)?.template).toBe("alreadyRegistered");
  });

  it("keeps a typed access code only as its hash, in the activation link", async () => {
    const { email, ip } = unique();
    await register(registration(email, { accessCode: "K7M2Q9XRTB4HWPD" }), { ip });
    const tokens = await database.db.oneTimeToken.findMany({ where: { user: { email } } });
    expect(tokens.map((token) => (token.payload as { accessCodeHash?: string } | null)?.accessCodeHash)).toEqual([
      hashAccessCode("K7M2Q9XRTB4HWPD"),
    ]);
    expect(JSON.stringify(tokens)).not.toContain("K7M2Q9XRTB4HWPD");
  });

  it("is throttled per e-mail, and per IP", async () => {
    const { email, ip } = unique();
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect((await register(registration(email), { ip: unique().ip })).allowed).toBe(true);
    expect((await register(registration(email), { ip: unique().ip })).allowed).toBe(false);

    for (let attempt = 0; attempt < 20; attempt += 1) await register(registration(unique().email), { ip });
    expect((await register(registration(unique().email), { ip })).allowed).toBe(false);
  });
});

describe("activateAccount", () => {
  it("activates with the password typed a second time, once", async () => {
    const { email, ip } = unique();
    await register(registration(email), { ip });
    const token = await linkToken(email);
    expect((await activateAccount(token, "Verte-prairie-7")).ok).toBe(true);
    expect((await database.db.user.findUniqueOrThrow({ where: { email } })).status).toBe("active");
    expect(await activateAccount(token, "Verte-prairie-7")).toMatchObject({ ok: false, reason: "used" });
  });

  it("keeps the link usable after a wrong password", async () => {
    const { email, ip } = unique();
    await register(registration(email), { ip });
    const token = await linkToken(email);
    expect(await activateAccount(token, "Wrong-password-1")).toMatchObject({ ok: false, reason: "wrongPassword" });
    expect((await activateAccount(token, "Verte-prairie-7")).ok).toBe(true);
  });

  it("refuses an expired link (48 hours) and a tampered one", async () => {
    const { email, ip } = unique();
    await register(registration(email), { ip });
    const token = await linkToken(email);
    const later = new Date(Date.now() + 48 * 3600 * 1000 + 1000);
    expect(await activateAccount(token, "Verte-prairie-7", later)).toMatchObject({ ok: false, reason: "expired" });
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await activateAccount(tampered, "Verte-prairie-7")).toMatchObject({ ok: false, reason: "invalid" });
    expect(await activateAccount("not-a-token", "Verte-prairie-7")).toMatchObject({ ok: false, reason: "invalid" });
    expect((await database.db.user.findUniqueOrThrow({ where: { email } })).status).toBe("pending");
  });

  it("lets exactly one of two simultaneous activations through", async () => {
    const { email, ip } = unique();
    await register(registration(email), { ip });
    const token = await linkToken(email);
    const results = await Promise.all([
      activateAccount(token, "Verte-prairie-7"),
      activateAccount(token, "Verte-prairie-7"),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });
});

describe("authenticate", () => {
  it("signs in an active account with the right password", async () => {
    const { email, ip } = unique();
    const user = await registerAndActivate(email, ip);
    expect(await authenticate(email.toUpperCase(), "Verte-prairie-7", { ip })).toEqual({
      ok: true,
      user: { id: user.id, sessionVersion: 0 },
    });
  });

  it("gives one answer for an unknown e-mail, a wrong password and an unactivated account", async () => {
    const active = unique();
    await registerAndActivate(active.email, active.ip);
    const pending = unique();
    await register(registration(pending.email), { ip: pending.ip });
    const answers = await Promise.all([
      authenticate(unique().email, "Verte-prairie-7", { ip: unique().ip }),
      authenticate(active.email, "Wrong-password-1", { ip: unique().ip }),
      authenticate(pending.email, "Verte-prairie-7", { ip: unique().ip }),
    ]);
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
  });

  it("locks an account after 5 failures and then refuses even the right password, from any IP", async () => {
    const { email, ip } = unique();
    await registerAndActivate(email, ip);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await authenticate(email, "Wrong-password-1", { ip: unique().ip })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await authenticate(email, "Verte-prairie-7", { ip: unique().ip })).toEqual({ ok: false, reason: "locked" });
  });

  it("locks an unknown e-mail the same way, so a lockout reveals nothing", async () => {
    const { email } = unique();
    for (let attempt = 0; attempt < 5; attempt += 1) await authenticate(email, "Wrong-password-1", { ip: unique().ip });
    expect(await authenticate(email, "Wrong-password-1", { ip: unique().ip })).toEqual({ ok: false, reason: "locked" });
  });

  it("locks an IP that fails against many accounts", async () => {
    const { ip } = unique();
    for (let attempt = 0; attempt < 50; attempt += 1) await authenticate(unique().email, "Wrong-password-1", { ip });
    const victim = unique();
    await registerAndActivate(victim.email, victim.ip);
    expect(await authenticate(victim.email, "Verte-prairie-7", { ip })).toEqual({ ok: false, reason: "locked" });
  });

  it("refuses sign-in during the Sunday maintenance window", async () => {
    const { email, ip } = unique();
    await registerAndActivate(email, ip);
    const sundayFiveAm = new Date("2026-11-29T10:00:00Z");
    expect(await authenticate(email, "Verte-prairie-7", { ip, now: sundayFiveAm })).toEqual({
      ok: false,
      reason: "maintenance",
    });
  });
});

describe("sessions", () => {
  it("end at the next request after sign-out, a password reset, disabling or a role change", async () => {
    const { email, ip } = unique();
    const user = await registerAndActivate(email, ip);
    const claims = { uid: user.id, sv: user.sessionVersion, sid: await startUserSession(user.id) };
    expect((await sessionUserFor(claims))?.email).toBe(email);

    await endAllSessions(user.id);
    expect(await sessionUserFor(claims)).toBeNull();

    const fresh = { uid: user.id, sv: claims.sv + 1, sid: await startUserSession(user.id) };
    expect(await sessionUserFor(fresh)).not.toBeNull();
    await database.db.user.update({ where: { id: user.id }, data: { status: "disabled" } });
    expect(await sessionUserFor(fresh)).toBeNull();
  });

  it("refuses forged or malformed claims", async () => {
    expect(await sessionUserFor(null)).toBeNull();
    expect(await sessionUserFor({ uid: "not-a-uuid", sv: 0 })).toBeNull();
    expect(await sessionUserFor({ uid: "00000000-0000-4000-8000-000000000099", sv: 0 })).toBeNull();
  });
});

describe("password reset", () => {
  it("answers the same for unknown e-mails and sends nothing", async () => {
    const { email, ip } = unique();
    expect(await requestPasswordReset(email, { ip })).toEqual({ allowed: true });
    expect(await outboxFor(email)).toEqual([]);
  });

  it("sends a link that works once, ends every session and tells the owner", async () => {
    const { email, ip } = unique();
    const user = await registerAndActivate(email, ip);
    await requestPasswordReset(email, { ip });
    const token = await linkToken(email);
    expect((await resetPassword(token, "Nouvelle-prairie-9")).status).toBe("valid");
    const after = await database.db.user.findUniqueOrThrow({ where: { email } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await sessionUserFor({ uid: user.id, sv: user.sessionVersion })).toBeNull();
    expect(await verifyPassword(after.passwordHash, "Nouvelle-prairie-9")).toBe(true);
    expect((await outboxFor(email)).at(-1)?.template).toBe("passwordChanged");
    expect((await resetPassword(token, "Encore-prairie-9")).status).toBe("used");
  });

  it("only the newest link works", async () => {
    const { email, ip } = unique();
    await registerAndActivate(email, ip);
    await requestPasswordReset(email, { ip });
    const older = await linkToken(email);
    await requestPasswordReset(email, { ip });
    const newer = await linkToken(email);
    expect((await resetPassword(older, "Nouvelle-prairie-9")).status).toBe("used");
    expect((await resetPassword(newer, "Nouvelle-prairie-9")).status).toBe("valid");
  });

  it("refuses a link after one hour, and a link made for activation", async () => {
    const { email, ip } = unique();
    await register(registration(email), { ip });
    const activationToken = await linkToken(email);
    expect((await resetPassword(activationToken, "Nouvelle-prairie-9")).status).toBe("invalid");
    await activateAccount(activationToken, "Verte-prairie-7");
    await requestPasswordReset(email, { ip });
    const token = await linkToken(email);
    expect((await resetPassword(token, "Nouvelle-prairie-9", new Date(Date.now() + 3600 * 1000 + 1000))).status).toBe(
      "expired",
    );
  });

  it("lifts a sign-in lockout once the password is reset", async () => {
    const { email, ip } = unique();
    await registerAndActivate(email, ip);
    for (let attempt = 0; attempt < 5; attempt += 1) await authenticate(email, "Wrong-password-1", { ip: unique().ip });
    await requestPasswordReset(email, { ip });
    await resetPassword(await linkToken(email), "Nouvelle-prairie-9");
    expect((await authenticate(email, "Nouvelle-prairie-9", { ip: unique().ip })).ok).toBe(true);
  });
});

describe("profile", () => {
  it("changes phone, date of birth and language only", async () => {
    const { email, ip } = unique();
    const user = await registerAndActivate(email, ip);
    const actor = {
      id: user.id,
      email,
      firstName: user.firstName,
      lastName: user.lastName,
      role: user.role,
      locale: user.locale,
    };
    await updateProfile(actor, { phone: "416-555-0199", dateOfBirth: new Date("1980-03-27T00:00:00Z"), locale: "en" });
    const after = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([after.phone, after.locale, after.dateOfBirth?.toISOString().slice(0, 10)]).toEqual([
      "416-555-0199",
      "en",
      "1980-03-27",
    ]);
    expect([after.email, after.firstName, after.role]).toEqual([user.email, user.firstName, user.role]);
  });

  it("changes the password only with the current one, and ends other sessions", async () => {
    const { email, ip } = unique();
    const user = await registerAndActivate(email, ip);
    const actor = {
      id: user.id,
      email,
      firstName: user.firstName,
      lastName: user.lastName,
      role: user.role,
      locale: user.locale,
    };
    expect(await changePassword(actor, "Wrong-password-1", "Nouvelle-prairie-9")).toEqual({
      ok: false,
      reason: "wrongCurrentPassword",
    });
    expect(await changePassword(actor, "Verte-prairie-7", "Nouvelle-prairie-9")).toEqual({ ok: true });
    expect(await sessionUserFor({ uid: user.id, sv: user.sessionVersion })).toBeNull();
    expect((await authenticate(email, "Nouvelle-prairie-9", { ip })).ok).toBe(true);
  });
});
