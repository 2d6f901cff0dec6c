import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "CheckEmailPage" }))("metaTitle") };
}

/** Shown after every reset request, whether or not the e-mail has an account. */
export default async function ResetCheckEmailPage({ params }: Props) {
  await resolveLocale(params);
  const t = await getTranslations("CheckEmailPage");
  return (
    <div className="max-w-2xl">
      <PageHeading>{t("title")}</PageHeading>
      <p className="mb-4">{t("resetRequested")}</p>
      <p className="mb-4">{t("spam")}</p>
      <p>{t.rich("notReceived", { link: (chunks) => <Link href="/forgot-password">{chunks}</Link> })}</p>
    </div>
  );
}
