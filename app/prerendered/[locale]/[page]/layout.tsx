import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { localeMetadata, resolveLocale } from "@/lib/i18n/server";
import { isPrerenderedPage, publicPathOf, type PrerenderedPage } from "@/lib/http/prerendered-pages";
import { PageFrame, pageViewport } from "@/components/layout/page-frame";
import "../../../globals.css";

type Params = Promise<{ locale: string; page: string }>;
type Props = { children: ReactNode; params: Params };

/**
 * The root layout of the anonymous public pages, rendered once per page and language and served
 * from the cache to every visitor without a session (proxy.ts rewrites `/fr/help` to
 * `/prerendered/fr/help`). It reads nothing from the request: the path comes from the route's
 * own params and the visitor is signed out (a visitor with a session cookie gets app/[locale]).
 * Its own root, rather than a page under app/[locale], because that layout reads the request.
 */
async function resolvePage(params: Params): Promise<{ path: string; page: PrerenderedPage }> {
  const locale = await resolveLocale(params);
  const { page } = await params;
  if (!isPrerenderedPage(page)) notFound();
  return { path: publicPathOf(locale, page), page };
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  return localeMetadata(await resolveLocale(params), (await resolvePage(params)).path);
}

export const viewport = pageViewport;

export default async function PrerenderedLayout({ children, params }: Props) {
  const locale = await resolveLocale(params);
  const { path } = await resolvePage(params);
  return (
    <PageFrame locale={locale} currentPath={path} signedIn={false}>
      {children}
    </PageFrame>
  );
}
