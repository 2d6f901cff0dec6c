import { pagePolicy } from "./page-policy.mjs";

/**
 * Security headers. Pure functions so tests can read the exact policy; next.config.ts applies the
 * base set to every response and proxy.ts adds the per-request CSP with a nonce to every page.
 */
export type Header = { key: string; value: string };

export function baseSecurityHeaders(isProduction: boolean): Header[] {
  const headers: Header[] = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(self)" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (isProduction) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" });
  }
  return headers;
}

/**
 * Pages whose URL carries a secret token: their address must never leak in a Referer header to
 * another site. "same-origin" rather than "no-referrer": with no-referrer, browsers send
 * `Origin: null` on the page's own form posts, which the server-action CSRF check rightly refuses.
 */
export const tokenPagePaths = ["/:locale/activate", "/:locale/reset-password", "/:locale/disclosures/:token"];
export const tokenPageReferrerPolicy = "same-origin";

/** API responses are data, never documents: nothing may run or be framed. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The page policy of a page rendered for one request. Scripts run only with this request's nonce
 * (Next.js adds it to its own scripts) and what those load. Cached pages get a policy made of
 * their inline scripts' hashes instead (lib/security/page-policy.mjs, hashedPagePolicy).
 */
export function pageContentSecurityPolicy(nonce: string, isProduction: boolean): string {
  return pagePolicy([`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`], isProduction);
}
