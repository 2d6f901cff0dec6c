import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { brandingFor, resolveLocale } from "@/lib/i18n/server";
import { describePeriod } from "@/lib/maintenance/describe";
import { loadMaintenanceSchedule } from "@/lib/maintenance/schedule";
import { currentMaintenance, maintenancePeriods } from "@/lib/maintenance/window";
import { PageHeading } from "@/components/page-heading";
import { PageSection } from "@/components/page-section";
import { NotificationBanner } from "@/components/notification-banner";
import { ButtonLink } from "@/components/button";
import { richText } from "@/components/rich-text";

type Props = { params: Promise<{ locale: string }> };

/** How far ahead the page lists the coming maintenance. */
const COMING_DAYS = 14;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "MaintenancePage" }))("metaTitle") };
}

/**
 * What maintenance is and when: under way (until when) or not, the coming periods with the
 * messages staff wrote, the weekly rule, and what a user can and cannot do meanwhile. Linked from
 * the banner and from every refusal. Readable by anyone, during maintenance too.
 */
export default async function MaintenancePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("MaintenancePage");
  const maintenance = await getTranslations("Maintenance");
  const brand = brandingFor(locale);
  const now = new Date();
  const schedule = await loadMaintenanceSchedule(now);
  const current = currentMaintenance(now, schedule);
  const coming = maintenancePeriods(schedule, now, new Date(now.getTime() + COMING_DAYS * 24 * 60 * 60 * 1000)).filter(
    (period) => period.startsAt > now,
  );

  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>

      {current ? (
        <NotificationBanner tone="warning" title={t("underWayTitle")}>
          <p>{t("underWayBody", { until: describePeriod(current, locale).end })}</p>
          {current.messages.map((message, index) => (
            <p key={index}>{message[locale]}</p>
          ))}
        </NotificationBanner>
      ) : (
        <NotificationBanner title={t("openTitle")}>
          <p>{t("openBody")}</p>
        </NotificationBanner>
      )}

      <PageSection id="coming-title" title={t("comingTitle")} className="mb-10">
        {coming.length === 0 ? (
          <p>{t("comingNone")}</p>
        ) : (
          <ul className="max-w-prose list-disc space-y-3 pl-6">
            {coming.map((period) => (
              <li key={period.startsAt.toISOString()}>
                <span className="font-semibold">{maintenance("period", describePeriod(period, locale))}</span>
                {period.messages.map((message, index) => (
                  <span key={index} className="block">
                    {message[locale]}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="weekly-title" title={t("weeklyTitle")} className="mb-10">
        <p className="max-w-prose">{t("weeklyBody")}</p>
      </PageSection>

      <PageSection id="during-title" title={t("duringTitle")} className="mb-10">
        {t.rich("duringBody", { ...richText, phone: brand.phone })}
      </PageSection>

      <PageSection id="warning-title" title={t("warningTitle")} className="mb-10">
        <p className="max-w-prose">{t("warningBody")}</p>
      </PageSection>

      <ButtonLink href="/" variant="secondary">
        {t("home")}
      </ButtonLink>
    </>
  );
}
