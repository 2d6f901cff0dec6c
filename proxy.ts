import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { closestLocale, switchLocale, unsupportedLocaleSegment } from "./lib/i18n/locale-path";
import { pageContentSecurityPolicy } from "./lib/security/headers";
import { prerenderedPathFor } from "./lib/http/prerendered-pages";

/**
 * Routes locales, sends anonymous visits of the public pages to their cached render, and sets
 * every other page's CSP nonce. Not a security boundary: every page, action and
 * route checks the session itself.
 */
const handleLocaleRouting = createIntlMiddleware(routing);
const isProduction = process.env.NODE_ENV === "production";
/**
 * Cached pages get their hash policy from our cache handler (lib/page-cache/handler.mjs),
 * which only our own server runs: development renders every request, and Vercel keeps its own
 * page cache, which would serve them without any policy. There they stay dynamic.
 */
const servesCachedPages = isProduction && !process.env.VERCEL;

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  // "/de/help" or "/fr-CA/help": send to the closest supported locale rather than a 404.
  const unsupported = unsupportedLocaleSegment(pathname);
  if (unsupported) {
    const rest = pathname.slice(unsupported.length + 1);
    const target = closestLocale(unsupported);
    const url = request.nextUrl.clone();
    // Without a close match, drop the segment and let the locale negotiation below pick one.
    url.pathname = target ? switchLocale(`/${target}${rest}`, target) : rest || "/";
    url.search = search;
    return NextResponse.redirect(url);
  }

  const prerendered = servesCachedPages
    ? prerenderedPathFor({
        method: request.method,
        pathname,
        search,
        cookieNames: request.cookies.getAll().map((cookie) => cookie.name),
      })
    : null;
  if (prerendered) return serveCached(request, prerendered);

  const policy = renderedWithNonce(request);
  // The layout reads the path to build the language toggle and hreflang links.
  request.headers.set("x-current-path", pathname + search);

  const response = handleLocaleRouting(request);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** A page rendered for this request: a fresh nonce, which Next.js reads from the request's CSP header to put on its scripts. */
function renderedWithNonce(request: NextRequest): string {
  const nonce = btoa(crypto.randomUUID());
  const policy = pageContentSecurityPolicy(nonce, isProduction);
  request.headers.set("content-security-policy", policy);
  request.headers.set("x-nonce", nonce);
  return policy;
}

/**
 * The cached render carries its own policy (its scripts' hashes): no nonce here, or the browser
 * would enforce both policies and refuse the page's scripts. A CSP header sent by the client is
 * dropped so that no nonce of its choosing ends up in the page cached for everyone.
 */
function serveCached(request: NextRequest, target: string) {
  const routed = handleLocaleRouting(request);
  if (routed.headers.has("location")) return routed;
  // A form posted back to its cached page (sign-in) is answered for this visitor, never cached:
  // a nonce of its own, like any page rendered for a request.
  const policy = request.method === "POST" ? renderedWithNonce(request) : null;
  if (!policy) {
    request.headers.delete("content-security-policy");
    request.headers.delete("x-nonce");
  }
  const url = request.nextUrl.clone();
  url.pathname = target;
  const response = NextResponse.rewrite(url, { request: { headers: request.headers } });
  if (policy) response.headers.set("Content-Security-Policy", policy);
  // The locale cookie next-intl may set (the language toggle's choice, remembered for "/").
  for (const cookie of routed.cookies.getAll()) response.cookies.set(cookie);
  return response;
}

export const config = {
  // Everything but API routes, Next.js internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
