import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { brandingFor, resolveLocale } from "@/lib/i18n/server";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "ContactPage" }))("metaTitle") };
}

export default async function ContactPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("ContactPage");
  const brand = brandingFor(locale);
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <SummaryList
        rows={[
          { key: t("phoneLabel"), value: <a href={`tel:${brand.phone.replace(/[^\d+]/g, "")}`}>{brand.phone}</a> },
          { key: t("emailLabel"), value: <a href={`mailto:${brand.email}`}>{brand.email}</a> },
          { key: t("hoursLabel"), value: t("hours") },
        ]}
      />
      <p className="max-w-prose">{t("inquiryHint")}</p>
    </>
  );
}
