import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { getConfig } from "@/lib/config";
import { defaultLocale, isAppLocale, locales, routing, type AppLocale } from "./routing";
import { switchLocale } from "./locale-path";
import { formatterFor } from "./formatter";

/** Validates the `[locale]` segment of a page and makes it the request's locale. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/**
 * The page's formatter (`format.dateTime(date, "long")`), in the request's language: in place of
 * next-intl's `getFormatter`, which builds its formats again on every request (see ./formatter.ts).
 */
export async function getFormatter() {
  const locale = await getLocale();
  return formatterFor(isAppLocale(locale) ? locale : defaultLocale);
}

/** The path (with query) the visitor asked for, as set by proxy.ts. */
export async function currentPath(): Promise<string> {
  return (await headers()).get("x-current-path") ?? "/";
}

/** Absolute URLs of the page at `currentPath` in every locale, for `<link rel="alternate" hreflang>`. */
export function languageAlternates(currentPath: string): Record<string, string> {
  const path = currentPath.split("?")[0] ?? "/";
  const base = getConfig().appUrl;
  return Object.fromEntries([
    ...locales.map((locale) => [`${locale}-CA`, `${base}${switchLocale(path, locale)}`]),
    ["x-default", `${base}${switchLocale(path, routing.defaultLocale)}`],
  ]);
}

/** The root layouts' metadata: title template, description, hreflang links of the page at `path`. */
export async function localeMetadata(locale: AppLocale, path: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const brand = brandingFor(locale);
  return {
    title: { template: t("titleTemplate", { portal: brand.portal }), default: brand.portal },
    description: t("description", { commission: brand.commission }),
    alternates: { languages: languageAlternates(path) },
    // The icons are app/icon.svg and app/apple-icon.png; the manifest speaks the page's language.
    manifest: `/${locale}/manifest.webmanifest`,
  };
}

/** Branding in the page's language, with the placeholders every message may use. */
export function brandingFor(locale: AppLocale) {
  const { branding } = getConfig();
  return {
    portal: branding.portalName[locale],
    commission: branding.commissionName[locale],
    phone: branding.supportPhone,
    email: branding.supportEmail,
  };
}

/**
 * For server actions: a locale bound with `.bind(null, locale)` comes back from the browser like
 * any argument, so it is checked before a redirect is built from it ("//evil.example" would leave
 * the site). Anything but a known locale is "not found".
 */
export function assertActionLocale(locale: unknown): asserts locale is AppLocale {
  if (!hasLocale(routing.locales, locale)) notFound();
}
