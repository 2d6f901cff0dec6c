import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { encode, type JWT } from "next-auth/jwt";
import { handlers } from "@/lib/auth/auth";
import { requireUserForAction } from "@/lib/auth/guards";
import { getCurrentUser, sessionUserFor } from "@/lib/auth/session";
import {
  currentSessionFor,
  sessionTokenFor,
  startUserSession,
  SESSION_MAX_AGE_SECONDS,
} from "@/lib/auth/user-sessions";
import { endAllSessions } from "@/lib/accounts/profile";
import { hashPassword } from "@/lib/auth/password-hash";
import { getConfig, resetConfigForTests } from "@/lib/config";
import { captureSecurityLogForTests } from "@/lib/security/log";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/**
 * Sessions (one UserSession row per signed-in browser): a sign-out ends one browser, "sign out
 * everywhere" ends them all, an idle session ends after SESSION_IDLE_MINUTES, and next-auth's own
 * /api/auth routes follow the same rules as our pages. Requests go through next-auth's real route
 * handlers; only next/headers is stood in for, to hand requireUserForAction a request.
 */
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    has: () => false,
    set: () => undefined,
    delete: () => undefined,
  }),
}));

const ORIGIN = "http://localhost:3000";
const COOKIE = "authjs.session-token";
const PASSWORD = "Verte-prairie-7";
const MINUTE = 60 * 1000;

let database: TestDatabase;
let counter = 0;

beforeAll(async () => {
  database = await openFreshTestDatabase();
});
afterAll(async () => {
  await database.close();
});
afterEach(() => {
  delete process.env.SESSION_IDLE_MINUTES;
  resetConfigForTests();
});

async function newUser() {
  counter += 1;
  return database.db.user.create({
    data: {
      email: `session${counter}-${Date.now()}@example.com`,
      passwordHash: await hashPassword(PASSWORD),
      status: "active",
      firstName: "Camille",
      lastName: "Okonkwo",
    },
  });
}

/** A cookie jar of one browser, talking to next-auth's route handlers. */
class Browser {
  private jar = new Map<string, string>();
  constructor(private readonly ip: string) {}

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  async call(method: "GET" | "POST", path: string, form?: Record<string, string>): Promise<Response> {
    const headers = new Headers({
      cookie: [...this.jar].map(([name, value]) => `${name}=${value}`).join("; "),
      "x-forwarded-for": this.ip,
    });
    if (form) headers.set("content-type", "application/x-www-form-urlencoded");
    const next = new NextRequest(`${ORIGIN}${path}`, {
      method,
      headers,
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    const response = await (method === "GET" ? handlers.GET(next) : handlers.POST(next));
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      const cleared = value.join("=") === "" || attributes.some((attribute) => /^\s*max-age=0$/i.test(attribute));
      if (cleared) this.jar.delete(name.trim());
      else this.jar.set(name.trim(), value.join("="));
    }
    return response;
  }

  private async csrf(): Promise<string> {
    const body = (await (await this.call("GET", "/api/auth/csrf")).json()) as { csrfToken: string };
    return body.csrfToken;
  }

  async signIn(email: string, password = PASSWORD): Promise<void> {
    await this.call("POST", "/api/auth/callback/credentials", {
      email,
      password,
      csrfToken: await this.csrf(),
      callbackUrl: `${ORIGIN}/fr/dashboard`,
    });
  }

  async signOut(): Promise<void> {
    await this.call("POST", "/api/auth/signout", { csrfToken: await this.csrf(), callbackUrl: `${ORIGIN}/fr/login` });
  }

  async session(): Promise<{ uid?: string; sid?: string } | null> {
    return (await (await this.call("GET", "/api/auth/session")).json()) as { uid?: string; sid?: string } | null;
  }
}

let ipCounter = 0;
const newBrowser = () => {
  ipCounter += 1;
  return new Browser(`10.9.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`);
};

/** A session cookie as next-auth writes it, for requests made through next/headers. */
async function sessionCookie(claims: { uid: string; sv: number; sid: string }): Promise<string> {
  const token = await encode({ token: { sub: claims.uid, ...claims }, secret: getConfig().authSecret, salt: COOKIE });
  return `${COOKIE}=${token}`;
}

/** Where a server action's redirect() leads. */
async function redirectTarget(action: Promise<unknown>): Promise<string> {
  const error: unknown = await action.then(
    () => new Error("expected a redirect"),
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: unknown }).digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT;")) throw error;
  return digest.split(";")[2] ?? "";
}

describe("sign-out", () => {
  it("ends only this browser's session, through next-auth's own routes; another browser of the account goes on", async () => {
    const user = await newUser();
    const laptop = newBrowser();
    const phone = newBrowser();
    await laptop.signIn(user.email);
    await phone.signIn(user.email);
    const laptopSession = await laptop.session();
    const phoneSession = await phone.session();
    expect(laptopSession?.uid).toBe(user.id);
    expect(phoneSession?.uid).toBe(user.id);
    expect(laptopSession?.sid).not.toBe(phoneSession?.sid);
    expect(await database.db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(2);

    const stolen = laptop.cookie(COOKIE);
    await laptop.signOut();
    expect(laptop.cookie(COOKIE)).toBeUndefined();
    const ended = await database.db.userSession.findUniqueOrThrow({ where: { id: laptopSession?.sid ?? "" } });
    expect(ended.endedAt).not.toBeNull();

    // The old cookie, replayed, reads no session; the phone is still signed in.
    expect(stolen).toBeDefined();
    const replayed = await handlers.GET(
      new NextRequest(`${ORIGIN}/api/auth/session`, { headers: { cookie: `${COOKIE}=${stolen}` } }),
    );
    expect(await replayed.json()).toBeNull();
    expect((await phone.session())?.uid).toBe(user.id);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(
      user.sessionVersion,
    );
  });
});

describe("sign out everywhere", () => {
  it("ends every session of the account, on every browser, and logs it", async () => {
    const user = await newUser();
    const laptop = newBrowser();
    const phone = newBrowser();
    await laptop.signIn(user.email);
    await phone.signIn(user.email);
    expect((await laptop.session())?.uid).toBe(user.id);

    const log = captureSecurityLogForTests();
    try {
      await endAllSessions(user.id, { ip: "10.9.9.9" });
    } finally {
      log.restore();
    }
    expect(await laptop.session()).toBeNull();
    expect(await phone.session()).toBeNull();
    expect(await database.db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(
      user.sessionVersion + 1,
    );
    expect(log.lines).toEqual([
      expect.objectContaining({
        event: "session.ended_everywhere",
        account: user.id,
        ip: "10.9.9.9",
        outcome: "allowed",
      }),
    ]);
  });
});

describe("idle timeout", () => {
  it("refuses a session left idle longer than 30 minutes, and keeps one used within them", async () => {
    const user = await newUser();
    const start = new Date("2026-12-02T15:00:00Z");
    const sid = await startUserSession(user.id, start);
    const claims = { uid: user.id, sv: user.sessionVersion, sid };

    expect(await sessionUserFor(claims, new Date(start.getTime() + 29 * MINUTE))).not.toBeNull();
    // That request moved lastSeenAt: 29 more minutes are still inside the limit.
    expect(await sessionUserFor(claims, new Date(start.getTime() + 58 * MINUTE))).not.toBeNull();
    expect(await sessionUserFor(claims, new Date(start.getTime() + 58 * MINUTE + 30 * MINUTE + 1000))).toBeNull();
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const user = await newUser();
    const start = new Date("2026-12-02T15:00:00Z");
    const sid = await startUserSession(user.id, start);
    const claims = { uid: user.id, sv: user.sessionVersion, sid };
    const lastSeen = async () =>
      (await database.db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt.toISOString();

    await sessionUserFor(claims, new Date(start.getTime() + 30 * 1000));
    expect(await lastSeen()).toBe(start.toISOString());
    await sessionUserFor(claims, new Date(start.getTime() + 2 * MINUTE));
    expect(await lastSeen()).toBe(new Date(start.getTime() + 2 * MINUTE).toISOString());
  });

  it("follows SESSION_IDLE_MINUTES", async () => {
    process.env.SESSION_IDLE_MINUTES = "10";
    resetConfigForTests();
    const user = await newUser();
    const start = new Date("2026-12-02T15:00:00Z");
    const sid = await startUserSession(user.id, start);
    const claims = { uid: user.id, sv: user.sessionVersion, sid };
    expect(await sessionUserFor(claims, new Date(start.getTime() + 11 * MINUTE))).toBeNull();
  });

  it("still ends every session 8 hours after sign-in, however active", async () => {
    const user = await newUser();
    const start = new Date("2026-12-02T09:00:00Z");
    const sid = await startUserSession(user.id, start);
    const claims = { uid: user.id, sv: user.sessionVersion, sid };
    let now = start.getTime();
    while (now + 20 * MINUTE < start.getTime() + SESSION_MAX_AGE_SECONDS * 1000) {
      now += 20 * MINUTE;
      expect(await sessionUserFor(claims, new Date(now))).not.toBeNull();
    }
    expect(await sessionUserFor(claims, new Date(start.getTime() + SESSION_MAX_AGE_SECONDS * 1000 + 1000))).toBeNull();
  });
});

describe("the jwt callback", () => {
  it("opens a session row at sign-in and puts its id in the token", async () => {
    const user = await newUser();
    const token = await sessionTokenFor({
      token: { sub: user.id },
      user: { id: user.id, sessionVersion: user.sessionVersion },
    });
    expect(token).toMatchObject({ sub: user.id, uid: user.id, sv: user.sessionVersion, sid: expect.any(String) });
    const row = await database.db.userSession.findUniqueOrThrow({ where: { id: token?.sid ?? "" } });
    expect([row.userId, row.endedAt]).toEqual([user.id, null]);
    expect(await sessionTokenFor({ token: token ?? {} })).toEqual(token);
  });

  it("ends the token once the version changed, the session was ended, it sat idle, or it has no session row", async () => {
    const user = await newUser();
    const start = new Date();
    const signedIn: JWT =
      (await sessionTokenFor({ token: {}, user: { id: user.id, sessionVersion: user.sessionVersion } }, start)) ?? {};
    const other: JWT =
      (await sessionTokenFor({ token: {}, user: { id: user.id, sessionVersion: user.sessionVersion } }, start)) ?? {};

    expect(await sessionTokenFor({ token: signedIn }, new Date(start.getTime() + 31 * MINUTE))).toBeNull();
    expect(await sessionTokenFor({ token: { ...signedIn, sv: user.sessionVersion + 1 } }, start)).toBeNull();
    // A cookie from before session rows existed carries no sid.
    expect(await sessionTokenFor({ token: { uid: user.id, sv: user.sessionVersion } }, start)).toBeNull();
    // Someone else's session id with this account's claims.
    const stranger = await newUser();
    const strangerSid = await startUserSession(stranger.id, start);
    expect(await sessionTokenFor({ token: { ...signedIn, sid: strangerSid } }, start)).toBeNull();

    await database.db.userSession.update({ where: { id: signedIn.sid ?? "" }, data: { endedAt: new Date() } });
    expect(await sessionTokenFor({ token: signedIn }, start)).toBeNull();
    expect(await sessionTokenFor({ token: other }, start)).not.toBeNull();

    await database.db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await sessionTokenFor({ token: other }, start)).toBeNull();
  });

  it("refuses a disabled account", async () => {
    const user = await newUser();
    const token =
      (await sessionTokenFor({ token: {}, user: { id: user.id, sessionVersion: user.sessionVersion } })) ?? {};
    await database.db.user.update({ where: { id: user.id }, data: { status: "disabled" } });
    expect(await currentSessionFor(token)).toBeNull();
  });
});

describe("requireUserForAction", () => {
  const headersFor = (values: Record<string, string>) => new Headers({ host: "localhost:3000", ...values });

  it("hands the action the user of a live session", async () => {
    const user = await newUser();
    const sid = await startUserSession(user.id);
    request.headers = headersFor({ cookie: await sessionCookie({ uid: user.id, sv: user.sessionVersion, sid }) });
    expect((await requireUserForAction()).id).toBe(user.id);
  });

  it("reads the session from its cookie only: the same token in an Authorization header, or a tampered cookie, is no session", async () => {
    const user = await newUser();
    const sid = await startUserSession(user.id);
    const cookie = await sessionCookie({ uid: user.id, sv: user.sessionVersion, sid });
    const token = cookie.slice(COOKIE.length + 1);

    request.headers = headersFor({ cookie });
    expect((await getCurrentUser())?.id).toBe(user.id);

    request.headers = headersFor({ authorization: `Bearer ${token}` });
    expect(await getCurrentUser()).toBeNull();

    const tampered = `${token.slice(0, -4)}${token.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    request.headers = headersFor({ cookie: `${COOKIE}=${tampered}` });
    expect(await getCurrentUser()).toBeNull();

    request.headers = headersFor({ cookie: `__Secure-${cookie}` });
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuses a cookie past its expiry, even one this process has read before", async () => {
    const user = await newUser();
    const sid = await startUserSession(user.id);
    const claims = { sub: user.id, uid: user.id, sv: user.sessionVersion, sid };
    const token = await encode({ token: claims, secret: getConfig().authSecret, salt: COOKIE, maxAge: 60 });
    request.headers = headersFor({ cookie: `${COOKIE}=${token}` });
    expect((await getCurrentUser())?.id).toBe(user.id);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 61 * 1000);
      expect(await getCurrentUser()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("without a session, sends to sign-in with next= the page the form was on, in its language", async () => {
    const user = await newUser();
    const sid = await startUserSession(user.id);
    await database.db.userSession.update({ where: { id: sid }, data: { endedAt: new Date() } });
    const page = "/en/applications/4f1c2d3e-0000-4000-8000-000000000001/contactDetails?return=review";
    request.headers = headersFor({
      cookie: await sessionCookie({ uid: user.id, sv: user.sessionVersion, sid }),
      referer: `${ORIGIN}${page}`,
    });
    expect(await redirectTarget(requireUserForAction())).toBe(`/en/login?next=${encodeURIComponent(page)}`);

    request.headers = headersFor({ referer: `${ORIGIN}/fr/profile` });
    expect(await redirectTarget(requireUserForAction())).toBe(`/fr/login?next=${encodeURIComponent("/fr/profile")}`);
  });

  it("ignores a Referer from another site, or one that is not a page of the portal, and falls back to the dashboard", async () => {
    for (const referer of [
      "https://evil.example/fr/profile",
      "http://localhost:3000.evil.example/en/profile",
      "not a url",
      `${ORIGIN}//evil.example/x`,
      `${ORIGIN}/en/login?next=/en/profile`,
    ]) {
      request.headers = headersFor({ referer });
      const target = await redirectTarget(requireUserForAction());
      expect(target).toMatch(/^\/(fr|en)\/login\?next=%2F(fr|en)%2Fdashboard$/);
    }
    request.headers = headersFor({});
    expect(await redirectTarget(requireUserForAction())).toBe(`/fr/login?next=${encodeURIComponent("/fr/dashboard")}`);
  });
});
