import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import { NotificationBanner } from "@/components/notification-banner";

/** Says the renewal has been received, once the open renewal application has been submitted. */
export async function RenewalReceivedBanner({
  application,
}: {
  application: { fileNumber: string; submittedAt: Date | null } | null;
}) {
  if (!application?.submittedAt) return null;
  const t = await getTranslations("LicencePage");
  const format = await getFormatter();
  return (
    <NotificationBanner tone="success" title={t("renewalReceivedTitle")}>
      <p>
        {t("renewalReceivedBody", {
          number: application.fileNumber,
          date: format.dateTime(application.submittedAt, "long"),
        })}
      </p>
    </NotificationBanner>
  );
}
