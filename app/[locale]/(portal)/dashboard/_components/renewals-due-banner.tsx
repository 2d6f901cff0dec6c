import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { NotificationBanner } from "@/components/notification-banner";
import type { DashboardLicence } from "./dashboard-licence";

/** What needs attention first: the licences whose renewal is open, where there are any. */
export async function RenewalsDueBanner({ licences }: { licences: readonly DashboardLicence[] }) {
  const attention = licences.filter((licence) => licence.renewal.state === "open");
  if (attention.length === 0) return null;
  const t = await getTranslations("DashboardPage");
  const format = await getFormatter();
  return (
    <NotificationBanner tone="warning" title={t("attentionTitle")}>
      <ul className="list-disc space-y-1 pl-6">
        {attention.map((licence) => (
          <li key={licence.id}>
            {t.rich("renewSoon", {
              number: licence.number,
              date: format.dateTime(licence.expiresOn, "day"),
              days: licence.renewal.state === "open" ? licence.renewal.daysLeft : 0,
              link: (chunks) => <Link href={`/licences/${licence.id}/renew`}>{chunks}</Link>,
            })}
          </li>
        ))}
      </ul>
    </NotificationBanner>
  );
}
