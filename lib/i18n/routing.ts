import { defineRouting } from "next-intl/routing";

export const locales = ["fr", "en"] as const;
export type AppLocale = (typeof locales)[number];
/** The Commission's default language, used when nothing else decides. */
export const defaultLocale: AppLocale = "fr";

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // The choice made with the language toggle is remembered for `/`.
  localeCookie: { name: "NEXT_LOCALE", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 },
  // The pages declare their alternates themselves (fr-CA, en-CA, x-default: lib/i18n/server.ts);
  // next-intl's Link header would repeat them on every response, differently (fr, en, an unprefixed x-default).
  alternateLinks: false,
});
