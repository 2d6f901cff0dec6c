import { createHash } from "node:crypto";
import { appendFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashedPagePolicy, inlineScriptHashes } from "@/lib/security/page-policy.mjs";
import { revalidationsSince, withPagePolicy } from "@/lib/page-cache/handler.mjs";
import { pageContentSecurityPolicy } from "@/lib/security/headers";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const scriptSources = (policy: string) =>
  policy
    .split("; ")
    .find((directive) => directive.startsWith("script-src "))
    ?.split(" ")
    .slice(1);

const page = [
  "<!DOCTYPE html><html><head>",
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  "<script>self.__next_f=self.__next_f||[]</script>",
  "</head><body><p>Déjà</p>",
  '<script nonce="ignored">self.__next_f.push([1,"é \\u003c/script"])</script>',
  "<SCRIPT>self.__next_f=self.__next_f||[]</SCRIPT >",
  '<script type="application/ld+json">{"a":1}</script>',
  "</body></html>",
].join("");

describe("inlineScriptHashes", () => {
  it("hashes each inline script's exact text as UTF-8, in order, once", () => {
    expect(inlineScriptHashes(page)).toEqual([
      sha256("self.__next_f=self.__next_f||[]"),
      sha256('self.__next_f.push([1,"é \\u003c/script"])'),
      sha256('{"a":1}'),
    ]);
  });

  it("leaves out scripts loaded from a file, which 'self' covers", () => {
    expect(inlineScriptHashes('<script async src="/_next/static/chunks/a.js"></script>')).toEqual([]);
  });

  it("hashes an empty inline script too (the browser checks it)", () => {
    expect(inlineScriptHashes("<script></script>")).toEqual([sha256("")]);
  });
});

describe("hashedPagePolicy", () => {
  it("allows the page's own inline scripts and same-origin files, nothing inline else", () => {
    const sources = scriptSources(hashedPagePolicy(page, true));
    expect(sources).toEqual(["'self'", ...inlineScriptHashes(page)]);
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
    expect(sources?.some((source) => source.startsWith("'nonce-"))).toBe(false);
  });

  it("keeps every other directive of the per-request policy", () => {
    const withoutScripts = (policy: string) =>
      policy
        .split("; ")
        .filter((directive) => !directive.startsWith("script-src "))
        .join("; ");
    expect(withoutScripts(hashedPagePolicy(page, true))).toBe(withoutScripts(pageContentSecurityPolicy("n", true)));
  });
});

describe("withPagePolicy (the page cache handler)", () => {
  it("adds the hash policy to a cached App Router page, keeping its other headers, in place", () => {
    const entry = { kind: "APP_PAGE", html: page, headers: { "x-next-cache-tags": "a,b" } };
    expect(withPagePolicy(entry)).toBe(entry);
    expect(entry.headers).toEqual({
      "x-next-cache-tags": "a,b",
      "content-security-policy": hashedPagePolicy(page, process.env.NODE_ENV === "production"),
    });
  });

  it("gives a page stored without headers its policy", () => {
    const entry: { kind: string; html: string; headers?: Record<string, string> } = { kind: "APP_PAGE", html: page };
    withPagePolicy(entry);
    expect(entry.headers?.["content-security-policy"]).toContain("'sha256-");
  });

  it("keeps a policy already stored with the page", () => {
    const entry = { kind: "APP_PAGE", html: page, headers: { "content-security-policy": "stored" } };
    withPagePolicy(entry);
    expect(entry.headers["content-security-policy"]).toBe("stored");
  });

  it("leaves route handlers' and fetch entries alone", () => {
    const route = { kind: "APP_ROUTE", body: "x", headers: {} };
    withPagePolicy(route);
    expect(route.headers).toEqual({});
    expect(withPagePolicy(null)).toBeNull();
  });
});

describe("revalidationsSince (revalidations shared by the server's processes)", () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "page-cache-")), "page-revalidations.jsonl");
  const line = (pid: number, tag: string) => `${JSON.stringify({ pid, tags: [tag] })}\n`;

  it("finds nothing before any revalidation", () => {
    expect(revalidationsSince(file, 0)).toEqual({ lines: [], end: 0 });
  });

  it("returns the other processes' revalidations, not this one's, and where it stopped reading", () => {
    writeFileSync(file, line(process.pid + 1, "a") + line(process.pid, "b"));
    const first = revalidationsSince(file, 0);
    expect(first.lines).toEqual([{ pid: process.pid + 1, tags: ["a"] }]);
    appendFileSync(file, line(process.pid + 2, "c"));
    expect(revalidationsSince(file, first.end).lines).toEqual([{ pid: process.pid + 2, tags: ["c"] }]);
  });

  it("leaves a line still being written for the next read", () => {
    const { end } = revalidationsSince(file, 0);
    appendFileSync(file, '{"pid":1,"ta');
    expect(revalidationsSince(file, end)).toEqual({ lines: [], end });
    appendFileSync(file, 'gs":["d"]}\n');
    expect(revalidationsSince(file, end).lines).toEqual([{ pid: 1, tags: ["d"] }]);
  });
});
