import type { Metadata } from "next";
import type { ReactNode } from "react";
import { localeMetadata, resolveLocale } from "@/lib/i18n/server";
import { publicPathOf } from "@/lib/http/prerendered-pages";
import { PageFrame, pageViewport } from "@/components/layout/page-frame";
import "../../../globals.css";

type Params = Promise<{ locale: string }>;

/**
 * The root layout of the cached sign-in page: as ../[page]/layout.tsx, for the one page of its
 * own route. It reads nothing from the request; the visitor is signed out.
 */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return localeMetadata(locale, publicPathOf(locale, "login"));
}

export const viewport = pageViewport;

export default async function PrerenderedSignInLayout({ children, params }: { children: ReactNode; params: Params }) {
  const locale = await resolveLocale(params);
  return (
    <PageFrame locale={locale} currentPath={publicPathOf(locale, "login")} signedIn={false}>
      {children}
    </PageFrame>
  );
}
