import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { describePeriod } from "@/lib/maintenance/describe";
import { currentMaintenanceNotice } from "@/lib/maintenance/schedule";
import { MaintenanceRefused } from "./maintenance-refused";

/**
 * The slot under the header, on every page: after a form refused by maintenance, that nothing was
 * saved; then maintenance under way (until when), or coming within the hour or within the day —
 * with the messages staff wrote for the window, in the page's language, and a link to the
 * maintenance page.
 */
export async function MaintenanceNotice({ now, locale }: { now: Date; locale: AppLocale }) {
  const notice = await currentMaintenanceNotice(now);
  const t = await getTranslations("Maintenance");
  const refused = (
    <Suspense fallback={null}>
      <MaintenanceRefused text={t("refused")} linkLabel={t("moreLink")} href={`/${locale}/maintenance`} />
    </Suspense>
  );
  if (!notice) return refused;
  const words = describePeriod(notice.period, locale);
  const { title, body } = {
    underWay: { title: t("underWayTitle"), body: t("underWayBody", { until: words.end }) },
    withinHour: { title: t("withinHourTitle"), body: t("withinHourBody", { when: t("when", words) }) },
    withinDay: { title: t("withinDayTitle"), body: t("withinDayBody", { when: t("when", words) }) },
  }[notice.phase];
  return (
    <>
      {refused}
      <div className="border-b-4 border-warning bg-warning-bg" role="region" aria-label={title}>
        <div className="mx-auto max-w-6xl space-y-1 px-4 py-3 sm:px-6">
          <p>
            <strong>{title}</strong> {body}
          </p>
          {notice.period.messages.map((message, index) => (
            <p key={index}>{message[locale]}</p>
          ))}
          <p>
            <Link href="/maintenance">{t("moreLink")}</Link>
          </p>
        </div>
      </div>
    </>
  );
}
