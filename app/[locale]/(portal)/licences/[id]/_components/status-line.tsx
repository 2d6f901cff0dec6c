import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { LicenceDetails } from "@/lib/licences/queries";
import type { RenewalState } from "@/lib/licences/renewal-window";
import { isoDateToUtc } from "@/lib/time/commission-date";
import { LicenceStatusTag } from "@/components/licences/status-tag";

/** The status the licence shows today, and when its renewal closes or opens. */
export async function LicenceStatusLine({
  licence,
  renewal,
  displayedStatus,
}: {
  licence: LicenceDetails;
  renewal: RenewalState;
  displayedStatus: LicenceDetails["status"] | "expired";
}) {
  const t = await getTranslations("LicencePage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const day = (value: Date) => format.dateTime(value, "day");
  return (
    <div className="mb-8 flex flex-wrap items-center gap-3">
      <LicenceStatusTag status={displayedStatus} label={terms(`licenceStatuses.${displayedStatus}`)} />
      {displayedStatus === "suspended" ? (
        <span>
          {licence.suspendedUntil
            ? t("suspendedThrough", { date: day(licence.suspendedUntil) })
            : t("suspendedIndefinitely")}
        </span>
      ) : null}
      <span>
        {renewal.state === "open" ? t("renewOpen", { days: renewal.daysLeft, date: day(licence.expiresOn) }) : null}
      </span>
      <span>{renewal.state === "notYet" ? t("renewNotYet", { date: day(isoDateToUtc(renewal.opensOn)) }) : null}</span>
    </div>
  );
}
