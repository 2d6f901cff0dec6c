import { safeReturnPath } from "./safe-redirect";
import { defaultLocale, isAppLocale, type AppLocale } from "@/lib/i18n/routing";

/**
 * Where a server action sends someone whose session has ended: the sign-in page, in the language
 * of the page they were on, with `next=` that page so signing in brings them back. The page comes
 * from the Referer, used only when it is one of the portal's own origins and passes
 * safeReturnPath; anything else (another site, no Referer, a malformed one) leads back to the
 * dashboard.
 */
export function signInPathFromReferer(referer: string | null | undefined, ownOrigins: readonly string[]): string {
  const page = sameOriginPage(referer, ownOrigins);
  const segment = page?.split("/")[1];
  const locale: AppLocale = isAppLocale(segment) ? segment : defaultLocale;
  return `/${locale}/login?next=${encodeURIComponent(safeReturnPath(page, locale))}`;
}

function sameOriginPage(referer: string | null | undefined, ownOrigins: readonly string[]): string | undefined {
  if (!referer || !URL.canParse(referer)) return undefined;
  const url = new URL(referer);
  if (!ownOrigins.includes(url.origin)) return undefined;
  return url.pathname + url.search;
}
