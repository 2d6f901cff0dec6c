import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { closestLocale, switchLocale, unsupportedLocaleSegment } from "./lib/i18n/locale-path";
import { pageContentSecurityPolicy } from "./lib/security/headers";

/**
 * Routes locales and sets each page's CSP nonce. Not a security boundary: every page, action and
 * route checks the session itself.
 */
const handleLocaleRouting = createIntlMiddleware(routing);
const isProduction = process.env.NODE_ENV === "production";

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

  const nonce = btoa(crypto.randomUUID());
  const policy = pageContentSecurityPolicy(nonce, isProduction);
  // Next.js reads the CSP request header to put the nonce on its scripts; the layout reads the path
  // to build the language toggle and hreflang links.
  request.headers.set("content-security-policy", policy);
  request.headers.set("x-nonce", nonce);
  request.headers.set("x-current-path", pathname + search);

  const response = handleLocaleRouting(request);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Everything but API routes, Next.js internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
