import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { CheckEmail } from "@/components/check-email";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "CheckEmailPage" }))("metaTitle") };
}

/** Shown after every reset request, whether or not the e-mail has an account. */
export default async function ResetCheckEmailPage({ params }: Props) {
  await resolveLocale(params);
  return <CheckEmail sent="resetRequested" retryHref="/forgot-password" />;
}
