import { getConfig } from "@/lib/config";
import type { AppLocale } from "@/lib/i18n/routing";

/**
 * Links sent by e-mail are built from the configured base URL, never from the request's Host
 * header, so a forged Host cannot redirect a reset link to another site.
 */
export function portalUrl(locale: AppLocale, path: string, query: Record<string, string> = {}): string {
  const url = new URL(`/${locale}${path}`, getConfig().appUrl);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}
