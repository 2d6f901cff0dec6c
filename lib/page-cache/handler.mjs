/**
 * Next.js's own file-system page cache, plus one thing: every page it stores or serves carries a
 * Content-Security-Policy made of that page's inline-script hashes (lib/security/page-policy.mjs).
 * A cached page is sent to many visitors, so it cannot carry a per-request nonce; proxy.ts leaves
 * such requests without its nonce policy (see lib/http/prerendered-pages.ts).
 *
 * Why here: this is the one place that sees the finished HTML before any visitor does. On a cache
 * miss Next.js awaits `set()` and then answers with the same entry object, whose `headers` it
 * appends to the response (node_modules/next/dist/server/response-cache/index.js, handleRevalidate;
 * build/templates/app-page-runtime.js, "if (cachedData.headers)"), so the first visitor gets the
 * policy too; later visitors get it from the stored entry. `get()` adds it to an entry stored
 * without one (written at build time or by an older server), so no cached page goes out without.
 *
 * It also shares revalidations between the server's processes (server.mjs, WEB_CONCURRENCY): Next.js
 * keeps the tags that `revalidatePath` expires in the memory of the process that ran the action
 * (incremental-cache/tags-manifest.external.js), so the other processes would keep serving the old
 * home page until its revalidate period ends. Each revalidation is appended to a file beside the
 * cache, and every process applies the lines the others wrote before it reads an entry.
 *
 * Loaded by Next.js with a plain dynamic import (next.config.ts, `cacheHandler`): JavaScript, not
 * TypeScript.
 */
import { appendFileSync, closeSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { hashedPagePolicy } from "../security/page-policy.mjs";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const isProduction = process.env.NODE_ENV === "production";
const POLICY_HEADER = "content-security-policy";

/** Gives a cached App Router page (kind APP_PAGE, HTML as a string) its hash policy, in place. */
export function withPagePolicy(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || value.html === "") return value;
  if (value.headers?.[POLICY_HEADER]) return value;
  value.headers = { ...value.headers, [POLICY_HEADER]: hashedPagePolicy(value.html, isProduction) };
  return value;
}

/** Where this process has read the shared revalidations up to (Next.js makes a handler per request). */
const shared = { file: null, readUpTo: 0 };

/** Revalidations written since `from` by other processes, and where the file ends. */
export function revalidationsSince(file, from) {
  let size;
  try {
    size = statSync(file).size;
  } catch {
    return { lines: [], end: from };
  }
  if (size <= from) return { lines: [], end: size };
  const buffer = Buffer.alloc(size - from);
  const descriptor = openSync(file, "r");
  try {
    readSync(descriptor, buffer, 0, buffer.length, from);
  } finally {
    closeSync(descriptor);
  }
  // A line still being written (no newline yet) is read next time.
  const text = buffer.toString("utf8");
  const complete = text.slice(0, text.lastIndexOf("\n") + 1);
  const lines = complete
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((line) => line.pid !== process.pid);
  return { lines, end: from + Buffer.byteLength(complete) };
}

export default class PageCacheHandler extends FileSystemCache {
  constructor(context) {
    super(context);
    // Read from the start: a revalidation applied again only costs one more render of its pages.
    if (shared.file === null && context.serverDistDir) {
      shared.file = path.join(context.serverDistDir, "..", "cache", "page-revalidations.jsonl");
    }
  }

  async applyOtherProcessesRevalidations() {
    if (!shared.file) return;
    const { lines, end } = revalidationsSince(shared.file, shared.readUpTo);
    shared.readUpTo = end;
    for (const { tags, durations } of lines) await super.revalidateTag(tags, durations);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    if (!shared.file) return;
    mkdirSync(path.dirname(shared.file), { recursive: true });
    appendFileSync(shared.file, `${JSON.stringify({ pid: process.pid, tags, durations })}\n`);
  }

  async get(...args) {
    await this.applyOtherProcessesRevalidations();
    const entry = await super.get(...args);
    if (entry?.value) withPagePolicy(entry.value);
    return entry;
  }

  async set(key, data, context) {
    // `data` must stay the same object: Next.js answers the first visitor with it.
    withPagePolicy(data);
    return super.set(key, data, context);
  }
}
