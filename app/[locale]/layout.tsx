import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { brandingFor, currentPath, languageAlternates, resolveLocale } from "@/lib/i18n/server";
import { SkipLink } from "@/components/layout/skip-link";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { MaintenanceNotice } from "@/components/layout/maintenance-notice";
import { pickClientMessages } from "@/lib/i18n/client-messages";
import { getCurrentUser } from "@/lib/auth/session";
import { idleSecondsAfterRequest } from "@/lib/auth/user-sessions";
import { SessionTimeout } from "@/components/layout/session-timeout";
import { ClientMessages } from "@/components/client-messages";
import { bodyFont, headingFont } from "../fonts";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * Every page depends on the request (session, CSP nonce, current path), so none is prerendered:
 * `next build` then needs no secret and never opens the database.
 */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const brand = brandingFor(locale);
  return {
    title: { template: t("titleTemplate", { portal: brand.portal }), default: brand.portal },
    description: t("description", { commission: brand.commission }),
    alternates: { languages: await languageAlternates() },
    // The icons are app/icon.svg and app/apple-icon.png; the manifest speaks the page's language.
    manifest: `/${locale}/manifest.webmanifest`,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1a1a1a" };

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await resolveLocale(params);
  const brand = brandingFor(locale);
  const path = await currentPath();
  const now = new Date();
  const user = await getCurrentUser();
  return (
    <html lang={locale} className={`${bodyFont.variable} ${headingFont.variable}`}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider messages={await pickClientMessages()}>
          <SkipLink />
          <SiteHeader
            locale={locale}
            currentPath={path}
            portalName={brand.portal}
            commissionName={brand.commission}
            signedIn={user !== null}
          />
          <MaintenanceNotice now={now} locale={locale} />
          <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-12">
            {children}
          </main>
          <SiteFooter commissionName={brand.commission} year={now.getFullYear()} />
          {user ? (
            <ClientMessages namespaces={["SessionTimeout"]}>
              <SessionTimeout locale={locale} idleSeconds={idleSecondsAfterRequest()} />
            </ClientMessages>
          ) : null}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
