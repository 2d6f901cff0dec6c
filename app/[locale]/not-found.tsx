import { getLocale, getTranslations } from "next-intl/server";
import { brandingFor } from "@/lib/i18n/server";
import { isAppLocale, defaultLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";

export async function generateMetadata() {
  const t = await getTranslations("NotFoundPage");
  return { title: t("metaTitle") };
}

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations("NotFoundPage");
  const brand = brandingFor(isAppLocale(locale) ? locale : defaultLocale);
  return (
    <>
      <PageHeading>{t("title")}</PageHeading>
      <p className="mb-4 max-w-prose">{t("body")}</p>
      <p className="mb-4">
        <Link href="/">{t("home")}</Link>
      </p>
      <p className="max-w-prose">{t("help", { phone: brand.phone })}</p>
    </>
  );
}
