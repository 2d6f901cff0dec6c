import "server-only";
import { cache } from "react";
import type { JWT } from "next-auth/jwt";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import type { Locale, UserRole } from "@/lib/db/generated/client";
import { isUuid } from "@/lib/http/ids";

/**
 * One row per signed-in browser (UserSession). The session cookie carries the user's id (`uid`),
 * the account's session version (`sv`) and this row's id (`sid`); a session counts only while all
 * three still agree with the database. So signing out ends one browser, "sign out everywhere" (or
 * a password reset, a disabled account, a role change) ends them all through the version, and a
 * browser left alone ends after the idle timeout.
 */

/** The longest a session lasts, active or not, counted from sign-in. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** lastSeenAt is written at most this often, so most requests cost one read and no write. */
export const SESSION_TOUCH_SECONDS = 60;

export type SessionUser = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  locale: Locale;
};

/** What a session cookie claims; untrusted until checked against the database. */
export type SessionClaims = { uid?: unknown; sv?: unknown; sid?: unknown };

export type CurrentSession = { id: string; user: SessionUser };

type SessionRow = {
  id: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  user: SessionUser & { status: string; sessionVersion: number };
};

/** The rule, without I/O: is this row still the session these claims stand for, at `now`? */
export function isSessionCurrent(
  row: SessionRow,
  claims: { uid: string; sv: number },
  now: Date,
  idleSeconds: number,
): boolean {
  const idleFor = now.getTime() - row.lastSeenAt.getTime();
  const age = now.getTime() - row.createdAt.getTime();
  return (
    row.userId === claims.uid &&
    row.endedAt === null &&
    row.user.status === "active" &&
    row.user.sessionVersion === claims.sv &&
    idleFor <= idleSeconds * 1000 &&
    age <= SESSION_MAX_AGE_SECONDS * 1000
  );
}

/**
 * The row with its user, in one statement: every signed-in page starts here, and Prisma would
 * read the session and then the user in two. Within one request (the jwt callback, then
 * getCurrentUser) React's cache reads it once; outside a request (tests, scripts) every call reads again.
 */
const readSession = cache(async (id: string): Promise<SessionRow | null> => {
  const [row] = await getDb().$queryRaw<Array<Omit<SessionRow, "user"> & Omit<SessionRow["user"], "id">>>`
    SELECT s."id", s."userId", s."createdAt", s."lastSeenAt", s."endedAt",
           u."email", u."firstName", u."lastName", u."role"::text AS "role", u."locale"::text AS "locale",
           u."status"::text AS "status", u."sessionVersion"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${id}::uuid`;
  if (!row) return null;
  const { email, firstName, lastName, role, locale, status, sessionVersion, ...session } = row;
  return {
    ...session,
    user: { id: row.userId, email, firstName, lastName, role, locale, status, sessionVersion },
  };
});

/** One marker per session and request, so the jwt callback and getCurrentUser write lastSeenAt once. */
const touchMarker = cache((id: string) => ({ id, touched: false }));

/**
 * The session these claims stand for, if the account is active, the version unchanged, the row not
 * ended, not idle longer than the configured timeout and not older than 8 hours. Moves lastSeenAt
 * forward (at most once a minute).
 */
export async function currentSessionFor(
  claims: SessionClaims | null | undefined,
  now: Date = new Date(),
): Promise<CurrentSession | null> {
  const uid = claims?.uid;
  const sv = claims?.sv;
  const sid = claims?.sid;
  if (!isUuid(uid) || !isUuid(sid) || typeof sv !== "number") return null;
  const row = await readSession(sid);
  if (!row || !isSessionCurrent(row, { uid, sv }, now, getConfig().sessionIdleSeconds)) return null;

  const marker = touchMarker(row.id);
  if (!marker.touched && now.getTime() - row.lastSeenAt.getTime() >= SESSION_TOUCH_SECONDS * 1000) {
    marker.touched = true;
    await getDb().userSession.updateMany({
      where: { id: row.id, endedAt: null, lastSeenAt: { lt: now } },
      data: { lastSeenAt: now },
    });
  }
  const { user } = row;
  return {
    id: row.id,
    user: {
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      role: user.role,
      locale: user.locale,
    },
  };
}

/** Sign-in: a new row for this browser; its id goes into the cookie. */
export async function startUserSession(userId: string, now: Date = new Date()): Promise<string> {
  const row = await getDb().userSession.create({
    data: { userId, createdAt: now, lastSeenAt: now },
    select: { id: true },
  });
  return row.id;
}

/** Sign-out: ends this browser's row only; the account's other sessions go on. */
export async function endUserSession(sessionId: unknown, now: Date = new Date()): Promise<void> {
  if (!isUuid(sessionId)) return;
  await getDb().userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}

/**
 * The seconds a page can count on after any request it made: the idle timeout, less the minute
 * lastSeenAt may lag behind (it is written at most once a minute). The warning works from this.
 */
export function idleSecondsAfterRequest(): number {
  return getConfig().sessionIdleSeconds - SESSION_TOUCH_SECONDS;
}

/**
 * The jwt callback of next-auth, as a function: on sign-in it opens a session row and puts its id
 * in the token; on every later read (our pages, and next-auth's own /api/auth/session and
 * /api/auth/signout) it checks the session and answers null — which ends the token — once it is
 * over. Errors (the database unreachable) propagate: next-auth then treats the cookie as no session.
 */
export async function sessionTokenFor(
  { token, user }: { token: JWT; user?: { id?: string; sessionVersion?: number } | null },
  now: Date = new Date(),
): Promise<JWT | null> {
  if (user?.id) {
    const sid = await startUserSession(user.id, now);
    return { ...token, uid: user.id, sv: user.sessionVersion ?? 0, sid };
  }
  return (await currentSessionFor(token, now)) ? token : null;
}

/**
 * The nightly clean-up: rows of sessions that can no longer be used — ended, or started more than
 * the 8-hour limit ago — kept a week for investigations, then removed. Idempotent.
 */
export async function removeFinishedSessions(now: Date = new Date()): Promise<{ removed: number }> {
  const before = new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000 - 7 * 24 * 3600 * 1000);
  const { count } = await getDb().userSession.deleteMany({
    where: { OR: [{ endedAt: { lt: before } }, { createdAt: { lt: before } }] },
  });
  return { removed: count };
}
