import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { isPrerenderedPage, type PrerenderedPage } from "@/lib/http/prerendered-pages";
import * as home from "@/app/[locale]/(public)/page";
import * as help from "@/app/[locale]/(public)/help/page";
import * as accessibility from "@/app/[locale]/(public)/accessibility/page";
import * as browsers from "@/app/[locale]/(public)/browsers/page";
import * as verify from "@/app/[locale]/(public)/verify/page";

type Params = Promise<{ locale: string; page: string }>;
type PublicPage = {
  default: (props: { params: Params; searchParams: Promise<Record<string, never>> }) => Promise<ReactNode>;
  generateMetadata: (props: { params: Params; searchParams: Promise<Record<string, never>> }) => Promise<Metadata>;
};

/**
 * The same pages as app/[locale]/(public), rendered without a query (the licence check's empty
 * form). Sign-in has a route of its own (../login): every client component a route imports is
 * sent with each of its pages, and the sign-in form's script has no business on the others.
 */
const pages: Record<Exclude<PrerenderedPage, "login">, PublicPage> = { home, help, accessibility, browsers, verify };

/**
 * Rendered on a page's first visit, then served from the cache, re-rendered in the background at
 * most once a minute: the home page's news and maintenance schedule and every page's maintenance
 * notice come from the database, and news and maintenance changes also refresh them at once
 * (lib/page-cache/public-pages.ts). Nothing is rendered at build time, which needs no database.
 */
export const revalidate = 60;

export function generateStaticParams(): Array<{ locale: string; page: string }> {
  return [];
}

function pageOf(page: string): PublicPage {
  if (!isPrerenderedPage(page) || page === "login") notFound();
  return pages[page];
}

const noQuery = Promise.resolve({});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return pageOf((await params).page).generateMetadata({ params, searchParams: noQuery });
}

export default async function PrerenderedPage({ params }: { params: Params }) {
  const Page = pageOf((await params).page).default;
  return <Page params={params} searchParams={noQuery} />;
}
