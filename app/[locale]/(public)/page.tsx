import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { brandingFor, resolveLocale } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { ButtonGroup, ButtonLink } from "@/components/button";
import { richText } from "@/components/rich-text";
import { PageSection } from "@/components/page-section";
import { describePeriod } from "@/lib/maintenance/describe";
import { loadMaintenanceSchedule } from "@/lib/maintenance/schedule";
import { currentMaintenance, nextMaintenance } from "@/lib/maintenance/window";
import type { AppLocale } from "@/lib/i18n/routing";
import { currentNews } from "@/lib/news/queries";
import { NewsList } from "@/components/news-list";

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
  const news = await currentNews("visitor", locale);
  return (
    <>
      <PageHeading lead={t("lead", { portal: brand.portal, commission: brand.commission })}>{t("title")}</PageHeading>

      <div className="grid gap-12 lg:grid-cols-[2fr_1fr]">
        <div>
          <PageSection
            id="account-title"
            title={t("accountTitle")}
            className="mb-10 border-l-8 border-brand bg-info-bg p-6"
            headingClassName="text-2xl"
          >
            <p className="mt-2 max-w-prose">{t("accountBody")}</p>
            <ButtonGroup>
              <ButtonLink href="/login">{t("signIn")}</ButtonLink>
              <ButtonLink href="/register" variant="secondary">
                {t("createAccount")}
              </ButtonLink>
            </ButtonGroup>
          </PageSection>

          <PageSection id="what-title" title={t("whatTitle")} className="mb-10" headingClassName="mb-3 text-2xl">
            {t.rich("whatItems", richText)}
          </PageSection>

          <PageSection id="payment-title" title={t("paymentTitle")} className="mb-10" headingClassName="mb-3 text-2xl">
            {t.rich("paymentBody", richText)}
          </PageSection>
        </div>

        <aside className="space-y-10 lg:border-l lg:border-line lg:pl-8">
          <PageSection id="news-title" title={t("newsTitle")} headingClassName="mb-3 text-xl">
            {news.length > 0 ? <NewsList items={news} /> : <p>{t("newsEmpty", { commission: brand.commission })}</p>}
          </PageSection>
          <PageSection id="maintenance-title" title={t("maintenanceTitle")} headingClassName="mb-3 text-xl">
            <p>{t.rich("maintenanceBody", { link: (chunks) => <Link href="/maintenance">{chunks}</Link> })}</p>
            <MaintenanceStatus locale={locale} />
          </PageSection>
          <PageSection id="browsers-title" title={t("browsersTitle")} headingClassName="mb-3 text-xl">
            <p>{t.rich("browsersBody", { link: (chunks) => <Link href="/browsers">{chunks}</Link> })}</p>
          </PageSection>
          <PageSection id="help-title" title={t("helpTitle")} headingClassName="mb-3 text-xl">
            <p>
              {t.rich("helpBody", {
                phone: brand.phone,
                help: (chunks) => <Link href="/help">{chunks}</Link>,
              })}
            </p>
          </PageSection>
        </aside>
      </div>
    </>
  );
}

/** Under the weekly rule: the maintenance under way, or the next one within a week. */
async function MaintenanceStatus({ locale }: { locale: AppLocale }) {
  const now = new Date();
  const schedule = await loadMaintenanceSchedule(now);
  const t = await getTranslations("HomePage");
  const current = currentMaintenance(now, schedule);
  if (current)
    return <p className="mt-2 font-semibold">{t("maintenanceNow", { until: describePeriod(current, locale).end })}</p>;
  const next = nextMaintenance(now, schedule, 7 * 24 * 60 * 60 * 1000);
  if (!next) return null;
  const when = (await getTranslations("Maintenance"))("when", describePeriod(next, locale));
  return <p className="mt-2 font-semibold">{t("maintenanceNext", { when })}</p>;
}
