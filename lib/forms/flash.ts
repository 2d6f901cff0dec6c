/**
 * The one convention for a notice shown once after a redirect: `?done=<notice>` when something was
 * done ("saved", "sent"…), `?error=<notice>` when it was refused ("incomplete", "noteRequired"…).
 * Actions write it with withFlash; a page reads it with readFlash against the notices it declares,
 * so an unknown or tampered value shows nothing. Values a notice needs (a reference, a number of
 * minutes) travel beside it as ordinary parameters.
 */

export type FlashNotice = { done: string } | { error: string };

type Query = Record<string, string | string[] | undefined>;

/** The notices a page shows, declared once beside it. */
export type AllowedNotices<D extends string, E extends string> = { done?: readonly D[]; error?: readonly E[] };

export type Flash<D extends string, E extends string> = { kind: "done"; notice: D } | { kind: "error"; notice: E };

/** `path` (which may already carry a query and an #anchor) with the notice and its values. */
export function withFlash(path: string, notice: FlashNotice, values: Record<string, string | number> = {}): string {
  const hashAt = path.indexOf("#");
  const beforeHash = hashAt === -1 ? path : path.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : path.slice(hashAt);
  const queryAt = beforeHash.indexOf("?");
  const pathname = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? "" : beforeHash.slice(queryAt + 1));
  params.delete("done");
  params.delete("error");
  if ("done" in notice) params.set("done", notice.done);
  else params.set("error", notice.error);
  for (const [name, value] of Object.entries(values)) params.set(name, String(value));
  return `${pathname}?${params.toString()}${hash}`;
}

/** The page's notice, or null when there is none or it is not one the page declares. */
export function readFlash<const D extends string = never, const E extends string = never>(
  query: Query,
  allowed: AllowedNotices<D, E>,
): Flash<D, E> | null {
  const done = single(query.done);
  if (done !== undefined && (allowed.done as readonly string[] | undefined)?.includes(done))
    return { kind: "done", notice: done as D };
  const error = single(query.error);
  if (error !== undefined && (allowed.error as readonly string[] | undefined)?.includes(error))
    return { kind: "error", notice: error as E };
  return null;
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}
