/**
 * The page Content-Security-Policy, in plain JavaScript: proxy.ts (through headers.ts) builds the
 * per-request nonce policy from it, and the page cache handler (lib/page-cache/handler.mjs,
 * loaded by Next.js without a TypeScript step) builds the policy of a cached page from it, so both
 * share every directive but `script-src`.
 */
import { createHash } from "node:crypto";

/**
 * The whole policy for the given script sources. Development adds 'unsafe-eval' for React's
 * debugging tools; production never gets it. Inline style attributes are allowed: they cannot run
 * code, and Next.js relies on them.
 */
export function pagePolicy(scriptSources, isProduction) {
  const scripts = isProduction ? scriptSources : [...scriptSources, `'unsafe-eval'`];
  return [
    `default-src 'self'`,
    `script-src ${scripts.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    // The "I'm not a robot" widget (ALTCHA) solves its proof of work in a worker made from a blob.
    `worker-src 'self' blob:`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    `base-uri 'self'`,
    `object-src 'none'`,
    ...(isProduction ? [`upgrade-insecure-requests`] : []),
  ].join("; ");
}

// React escapes "</script" inside the scripts it writes, so the first closing tag ends each one.
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;

/**
 * The CSP source expression ('sha256-…') of every inline script of an HTML document, in document
 * order, without repeats. The browser hashes a script's text exactly as it stands between its tags
 * (UTF-8), which is what is hashed here. Scripts with a `src` are left out: 'self' covers them.
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(SCRIPT_ELEMENT)) {
    if (SRC_ATTRIBUTE.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * The policy of a page rendered once and served to many visitors (the anonymous public pages):
 * no nonce can be fresh for each of them, so each inline script is allowed by its hash, and
 * Next.js's own chunks (files under /_next/static, same origin) by 'self'. No 'strict-dynamic'
 * (it would make the browser ignore 'self', and the chunks carry no hash), no 'unsafe-inline':
 * a script the page did not have when it was rendered does not run.
 */
export function hashedPagePolicy(html, isProduction) {
  return pagePolicy([`'self'`, ...inlineScriptHashes(html)], isProduction);
}
