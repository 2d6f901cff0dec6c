import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";

/**
 * Where to go after sign-in: only a path on this site under a locale ("/fr/profile"), never
 * "//evil.example", "https://…" or a backslash trick; anything else goes to the dashboard.
 */
export function safeReturnPath(candidate: unknown, locale: AppLocale): string {
  const fallback = `/${locale}/dashboard`;
  if (typeof candidate !== "string" || candidate.length > 500) return fallback;
  if (!/^\/[a-z]{2}(\/|$)/.test(candidate) || /[\\\s]|\/\/|%2f%2f|%5c/i.test(candidate)) return fallback;
  const first = candidate.split("/")[1];
  if (!isAppLocale(first)) return fallback;
  if (/^\/[a-z]{2}\/(login|register|activate|forgot-password|reset-password)(\/|\?|$)/.test(candidate)) return fallback;
  return candidate;
}
