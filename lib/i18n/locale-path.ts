import { defaultLocale, isAppLocale, locales, type AppLocale } from "./routing";

/**
 * The first path segment when it looks like a language tag ("de", "fr-CA", "EN") but is not one of
 * ours exactly. Such URLs are sent to the closest supported locale instead of a 404.
 */
export function unsupportedLocaleSegment(pathname: string): string | null {
  const first = pathname.split("/")[1] ?? "";
  if (isAppLocale(first)) return null;
  return /^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(first) && first.length <= 12 ? first : null;
}

/** "fr-CA" → "fr"; "EN" → "en"; anything else → null. */
export function closestLocale(tag: string): AppLocale | null {
  const language = tag.toLowerCase().split(/[-_]/)[0];
  return isAppLocale(language) ? language : null;
}

/** Replace (or add) the locale segment of a path, keeping the rest of it. */
export function switchLocale(pathname: string, target: AppLocale): string {
  const segments = pathname.split("/");
  const rest = isAppLocale(segments[1]) ? segments.slice(2) : segments.slice(1);
  const tail = rest.join("/");
  return tail ? `/${target}/${tail}` : `/${target}`;
}

/** The other locale, for the language toggle. */
export function otherLocale(locale: AppLocale): AppLocale {
  return locales.find((candidate) => candidate !== locale) ?? defaultLocale;
}
