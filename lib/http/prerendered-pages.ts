import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";

/**
 * The anonymous public pages served from a render cached for everyone (app/prerendered/): each
 * public path's page name in that tree. The home page is "home"; the licence check is only its
 * empty form (a `?number=` makes the request dynamic, see below), sign-in only without a notice or
 * a page to come back to.
 */
export const prerenderedPages = {
  "": "home",
  help: "help",
  accessibility: "accessibility",
  browsers: "browsers",
  verify: "verify",
  login: "login",
} as const;

export type PrerenderedPage = (typeof prerenderedPages)[keyof typeof prerenderedPages];

const pageNames = new Set<string>(Object.values(prerenderedPages));

export function isPrerenderedPage(value: unknown): value is PrerenderedPage {
  return typeof value === "string" && pageNames.has(value);
}

/** The public address of a prerendered page: its language toggle and hreflang links point there. */
export function publicPathOf(locale: AppLocale, page: PrerenderedPage): string {
  return page === "home" ? `/${locale}` : `/${locale}/${page}`;
}

/** next-auth's session cookie, secure or not, whole or in chunks (`.0`, `.1`, …). */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export type PageRequest = { method: string; pathname: string; search: string; cookieNames: readonly string[] };

/**
 * Where proxy.ts sends a page request to be served from the cache, or null to render it for this
 * request. Only a plain GET or HEAD of one of the pages above (or a form posted back to it, below),
 * without a query (a query changes the page: a licence number, a notice after a refused form) and
 * without a session cookie (whoever may be signed in gets the page rendered for them, with their
 * menu — and a stale or forged cookie costs only a dynamic render, never someone else's page).
 */
export function prerenderedPathFor({ method, pathname, search, cookieNames }: PageRequest): string | null {
  if (search !== "" && search !== "?") return null;
  if (cookieNames.some((name) => SESSION_COOKIE.test(name))) return null;
  const [, locale, rest = "", ...deeper] = pathname.split("/");
  if (!isAppLocale(locale) || deeper.length > 0) return null;
  const page = Object.hasOwn(prerenderedPages, rest) ? prerenderedPages[rest as keyof typeof prerenderedPages] : null;
  if (!page) return null;
  const read = method === "GET" || method === "HEAD";
  return read || (method === "POST" && postsBack.has(page)) ? `/prerendered/${locale}/${page}` : null;
}

/**
 * Pages whose form posts to their own address: sign-in. Its server action must run in the route
 * that rendered the form, the cached one, or a browser without JavaScript loses what the action
 * answered (React gives a form's state back only to the same component at the same place in the
 * same page tree). The answer to a post is rendered for the visitor, never cached.
 */
const postsBack: ReadonlySet<PrerenderedPage> = new Set(["login"]);
