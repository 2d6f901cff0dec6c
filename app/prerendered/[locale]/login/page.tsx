import type { Metadata } from "next";
import { resolveLocale } from "@/lib/i18n/server";
import { generateMetadata as signInMetadata } from "@/app/[locale]/(auth)/login/page";
import { SignInContent } from "@/app/[locale]/(auth)/login/_components/sign-in-content";

type Params = Promise<{ locale: string }>;

/**
 * Sign-in as a signed-out visitor sees it, cached like the public pages (../[page]/page.tsx): its
 * page also sends a signed-in visitor on, which needs the request, but the cache serves only
 * visitors without a session cookie (proxy.ts). Its form posts back here, answered for the visitor.
 */
export const revalidate = 60;

export function generateStaticParams(): Array<{ locale: string }> {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return signInMetadata({ params, searchParams: Promise.resolve({}) });
}

export default async function PrerenderedSignInPage({ params }: { params: Params }) {
  return <SignInContent locale={await resolveLocale(params)} query={{}} />;
}
