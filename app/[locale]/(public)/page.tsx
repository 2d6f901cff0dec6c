import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { brandingFor, resolveLocale } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { ButtonGroup, ButtonLink } from "@/components/button";
import { richText } from "@/components/rich-text";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "HomePage" });
  return { title: t("metaTitle") };
}

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("HomePage");
  const brand = brandingFor(locale);
  return (
    <>
      <PageHeading lead={t("lead", { portal: brand.portal, commission: brand.commission })}>{t("title")}</PageHeading>

      <div className="grid gap-12 lg:grid-cols-[2fr_1fr]">
        <div>
          <section aria-labelledby="account-title" className="mb-10 border-l-8 border-brand bg-info-bg p-6">
            <h2 id="account-title" className="text-2xl">
              {t("accountTitle")}
            </h2>
            <p className="mt-2 max-w-prose">{t("accountBody")}</p>
            <ButtonGroup>
              <ButtonLink href="/login">{t("signIn")}</ButtonLink>
              <ButtonLink href="/register" variant="secondary">
                {t("createAccount")}
              </ButtonLink>
            </ButtonGroup>
          </section>

          <section aria-labelledby="what-title" className="mb-10">
            <h2 id="what-title" className="mb-3 text-2xl">
              {t("whatTitle")}
            </h2>
            {t.rich("whatItems", richText)}
          </section>

          <section aria-labelledby="payment-title" className="mb-10">
            <h2 id="payment-title" className="mb-3 text-2xl">
              {t("paymentTitle")}
            </h2>
            {t.rich("paymentBody", richText)}
          </section>
        </div>

        <aside className="space-y-10 lg:border-l lg:border-line lg:pl-8">
          <section aria-labelledby="news-title">
            <h2 id="news-title" className="mb-3 text-xl">
              {t("newsTitle")}
            </h2>
            <p>{t("newsEmpty", { commission: brand.commission })}</p>
          </section>
          <section aria-labelledby="maintenance-title">
            <h2 id="maintenance-title" className="mb-3 text-xl">
              {t("maintenanceTitle")}
            </h2>
            <p>{t("maintenanceBody")}</p>
          </section>
          <section aria-labelledby="browsers-title">
            <h2 id="browsers-title" className="mb-3 text-xl">
              {t("browsersTitle")}
            </h2>
            <p>{t.rich("browsersBody", { link: (chunks) => <Link href="/browsers">{chunks}</Link> })}</p>
          </section>
          <section aria-labelledby="help-title">
            <h2 id="help-title" className="mb-3 text-xl">
              {t("helpTitle")}
            </h2>
            <p>
              {t.rich("helpBody", {
                phone: brand.phone,
                help: (chunks) => <Link href="/help">{chunks}</Link>,
              })}
            </p>
          </section>
        </aside>
      </div>
    </>
  );
}
