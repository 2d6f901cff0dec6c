import type { Metadata } from "next";
import type { ReactNode } from "react";
import { currentPath, localeMetadata, resolveLocale } from "@/lib/i18n/server";
import { PageFrame, pageViewport } from "@/components/layout/page-frame";
import { getCurrentUser } from "@/lib/auth/session";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * Every page here depends on the request (session, CSP nonce, current path), so none is
 * prerendered: `next build` then needs no secret and never opens the database. The anonymous
 * public pages are also served from a cached render (app/prerendered, chosen by proxy.ts).
 */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  return localeMetadata(await resolveLocale(params), await currentPath());
}

export const viewport = pageViewport;

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await resolveLocale(params);
  const user = await getCurrentUser();
  return (
    <PageFrame locale={locale} currentPath={await currentPath()} signedIn={user !== null}>
      {children}
    </PageFrame>
  );
}
