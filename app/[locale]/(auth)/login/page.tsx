import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/safe-redirect";
import { returnPathIn, SignInContent, type Query } from "./_components/sign-in-content";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "LoginPage" }))("metaTitle") };
}

/** Sign-in; a visitor already signed in goes on to where they were headed. */
export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  if (await getCurrentUser()) redirect(safeReturnPath(returnPathIn(query), locale));
  return <SignInContent locale={locale} query={query} />;
}
