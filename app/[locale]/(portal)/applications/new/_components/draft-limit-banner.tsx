import { getTranslations } from "next-intl/server";
import { MAX_OPEN_DRAFTS } from "@/lib/applications/commands";
import { Link } from "@/lib/i18n/navigation";
import { NotificationBanner } from "@/components/notification-banner";

/** At the cap of open drafts, the start pages say what to do instead of offering what the server would refuse. */
export async function DraftLimitBanner() {
  const t = await getTranslations("NewApplicationPage");
  return (
    <NotificationBanner tone="warning" title={t("tooManyDraftsTitle", { max: MAX_OPEN_DRAFTS })}>
      <p>
        {t.rich("tooManyDraftsBody", {
          link: (chunks) => <Link href="/dashboard#applications-title">{chunks}</Link>,
        })}
      </p>
    </NotificationBanner>
  );
}
