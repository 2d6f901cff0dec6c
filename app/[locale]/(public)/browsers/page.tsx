import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { PageHeading } from "@/components/page-heading";
import { richText } from "@/components/rich-text";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "BrowsersPage" }))("metaTitle") };
}

export default async function BrowsersPage({ params }: Props) {
  await resolveLocale(params);
  const t = await getTranslations("BrowsersPage");
  return (
    <>
      <PageHeading>{t("title")}</PageHeading>
      <p className="mb-4 max-w-prose">{t("lead")}</p>
      {t.rich("list", richText)}
      <p className="mb-4 max-w-prose">{t("javascript")}</p>
      <p className="max-w-prose">{t("cookies")}</p>
    </>
  );
}
