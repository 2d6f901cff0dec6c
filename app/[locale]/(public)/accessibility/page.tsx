import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { brandingFor, resolveLocale } from "@/lib/i18n/server";
import { PageHeading } from "@/components/page-heading";
import { richText } from "@/components/rich-text";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AccessibilityPage" }))("metaTitle") };
}

export default async function AccessibilityPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("AccessibilityPage");
  const brand = brandingFor(locale);
  return (
    <>
      <PageHeading lead={t("lead", { portal: brand.portal })}>{t("title")}</PageHeading>
      {t.rich("body", richText)}
      <h2 className="mb-3 mt-10 text-2xl">{t("feedbackTitle")}</h2>
      <p className="max-w-prose">{t("feedbackBody", { phone: brand.phone, email: brand.email })}</p>
    </>
  );
}
