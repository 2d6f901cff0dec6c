import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { CheckEmail } from "@/components/check-email";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "CheckEmailPage" }))("metaTitle") };
}

/** Shown after every registration, whether or not the e-mail already had an account. */
export default async function RegisteredCheckEmailPage({ params }: Props) {
  await resolveLocale(params);
  return <CheckEmail sent="registered" retryHref="/register" />;
}
