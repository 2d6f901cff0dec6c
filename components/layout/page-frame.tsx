import type { Viewport } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import type { AppLocale } from "@/lib/i18n/routing";
import { brandingFor } from "@/lib/i18n/server";
import { pickClientMessages } from "@/lib/i18n/client-messages";
import { idleSecondsAfterRequest } from "@/lib/auth/user-sessions";
import { SkipLink } from "./skip-link";
import { SiteHeader } from "./site-header";
import { SiteFooter } from "./site-footer";
import { MaintenanceNotice } from "./maintenance-notice";
import { SessionTimeout } from "./session-timeout";
import { ClientMessages } from "@/components/client-messages";
import { bodyFont, headingFont } from "@/app/fonts";

/** The viewport of every page, declared by each root layout that uses PageFrame. */
export const pageViewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1a1a1a" };

/**
 * The document around every page: header (language toggle, account menu), maintenance notice,
 * main content, footer, and for a signed-in visitor the session-timeout warning. Shared by the
 * per-request root layout (app/[locale]) and the cached public pages' (app/prerendered), which
 * differ only in where the path and the visitor come from.
 */
export async function PageFrame({
  locale,
  currentPath,
  signedIn,
  children,
}: {
  locale: AppLocale;
  /** The page's own path (and query), for the language toggle. */
  currentPath: string;
  signedIn: boolean;
  children: ReactNode;
}) {
  const brand = brandingFor(locale);
  const now = new Date();
  return (
    <html lang={locale} className={`${bodyFont.variable} ${headingFont.variable}`}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider messages={await pickClientMessages()}>
          <SkipLink />
          <SiteHeader
            locale={locale}
            currentPath={currentPath}
            portalName={brand.portal}
            commissionName={brand.commission}
            signedIn={signedIn}
          />
          <MaintenanceNotice now={now} locale={locale} />
          <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-12">
            {children}
          </main>
          <SiteFooter commissionName={brand.commission} year={now.getFullYear()} />
          {signedIn ? (
            <ClientMessages namespaces={["SessionTimeout"]}>
              <SessionTimeout locale={locale} idleSeconds={idleSecondsAfterRequest()} />
            </ClientMessages>
          ) : null}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
