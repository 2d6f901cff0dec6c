import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import type { DueReport } from "@/lib/applications/reports";
import { isoDateToUtc } from "@/lib/time/commission-date";
import { NotificationBanner } from "@/components/notification-banner";
import { MAIN_MENU_RENEWAL_REMINDERS, renewalReminders, type DashboardLicence } from "./dashboard-licence";

/**
 * What needs attention first: the licences whose renewal is open (the first few by name, then how
 * many more), and the reports due or overdue after a lottery's last day, where there are any.
 */
export async function AttentionBanner({
  licences,
  reports,
}: {
  licences: readonly DashboardLicence[];
  reports: readonly DueReport[];
}) {
  const renewals = renewalReminders(licences, MAIN_MENU_RENEWAL_REMINDERS);
  const owed = reports.filter((report) => report.due.state === "due" || report.due.state === "overdue");
  if (renewals.named.length === 0 && owed.length === 0) return null;
  const t = await getTranslations("DashboardPage");
  const format = await getFormatter();
  return (
    <NotificationBanner tone="warning" title={t("attentionTitle")}>
      <ul className="list-disc space-y-1 pl-6">
        {owed.map((report) => (
          <li key={`${report.licenceId}-${report.kindId}`}>
            {t.rich(report.due.state === "overdue" ? "reportOverdue" : "reportDue", {
              number: report.number,
              date: "dueOn" in report.due ? format.dateTime(isoDateToUtc(report.due.dueOn), "day") : "",
              link: (chunks) => <Link href={`/licences/${report.licenceId}#reports-title`}>{chunks}</Link>,
            })}
          </li>
        ))}
        {renewals.named.map((licence) => (
          <li key={licence.id}>
            {t.rich("renewSoon", {
              number: licence.number,
              date: format.dateTime(licence.expiresOn, "day"),
              days: licence.renewal.state === "open" ? licence.renewal.daysLeft : 0,
              link: (chunks) => <Link href={`/licences/${licence.id}/renew`}>{chunks}</Link>,
            })}
          </li>
        ))}
        {renewals.more > 0 ? (
          <li>
            {t.rich("renewSoonMore", {
              count: renewals.more,
              link: (chunks) => <Link href="/licences">{chunks}</Link>,
            })}
          </li>
        ) : null}
      </ul>
    </NotificationBanner>
  );
}
