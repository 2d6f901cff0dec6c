import { getTranslations } from "next-intl/server";
import type { RenewalState } from "@/lib/licences/renewal-window";
import { Link } from "@/lib/i18n/navigation";
import { NotificationBanner } from "@/components/notification-banner";
import { sectorOfLicence } from "@/lib/applications/registry";

/**
 * Why a licence cannot be renewed, where that is the case: it has expired (a new application is
 * the way back) or its status does not allow it. The licence page and the renewal page word the
 * expiry for their own context, from their own messages.
 */
export async function RenewalBlockedNotice({
  renewal,
  status,
  licenceKind,
  messages,
}: {
  renewal: RenewalState;
  /** The licence's status: a suspended, cancelled or surrendered licence is told why. */
  status: string;
  /** An expired liquor licence is told no alcohol may be sold under it; another kind, its activities. */
  licenceKind: string;
  messages: "LicencePage" | "RenewPage";
}) {
  const t = await getTranslations(messages);
  if (renewal.state === "expired") {
    return (
      <NotificationBanner tone="error" title={t("expiredTitle")}>
        <p>
          {t.rich("expiredBody", {
            sector: sectorOfLicence(licenceKind) ?? "other",
            link: (chunks) => <Link href="/applications/new">{chunks}</Link>,
          })}
        </p>
      </NotificationBanner>
    );
  }
  if (renewal.state === "notRenewable") {
    return (
      <NotificationBanner tone="warning" title={t("notRenewableTitle")}>
        <p>{t("notRenewableBody", { status })}</p>
      </NotificationBanner>
    );
  }
  return null;
}
