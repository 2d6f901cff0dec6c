import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { ButtonLink } from "@/components/button";
import { sectorOfLicence } from "@/lib/applications/registry";
import { LicenceStatusTag } from "@/components/licences/status-tag";
import type { DashboardLicence, LicenceNames } from "./dashboard-licence";
import { PageSection } from "@/components/page-section";

/**
 * The user's licences as cards: status, kind, premises (or holder), expiry (or last day), and
 * renewing or viewing each; the first few only, then a link to all of them (an agent may hold hundreds).
 * Past permits are listed apart (PastPermitsSection): holding only those is not holding nothing.
 */
export async function LicencesSection({
  cards: licences,
  held,
  holdsPastPermits,
}: {
  /** The licences shown, chosen by `mainMenuLicences`, with their names where the account still holds them. */
  cards: readonly (DashboardLicence & Partial<LicenceNames>)[];
  /** How many current licences the account holds in all. */
  held: number;
  holdsPastPermits: boolean;
}) {
  const t = await getTranslations("DashboardPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const expiryDate = (value: Date) => format.dateTime(value, "day");
  return (
    <PageSection id="licences-title" title={t("licencesTitle")} className="mb-12">
      {licences.length === 0 && holdsPastPermits ? <p className="max-w-prose">{t("noCurrentLicences")}</p> : null}
      {licences.length === 0 && !holdsPastPermits ? (
        <p className="max-w-prose">
          {t.rich("noLicences", { link: (chunks) => <Link href="/profile#access-codes">{chunks}</Link> })}
        </p>
      ) : null}
      {licences.length > 0 ? (
        <ul className="grid gap-4 lg:grid-cols-2">
          {licences.map((licence) => (
            <li key={licence.id} className="flex flex-col border border-line border-t-4 border-t-brand p-5">
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-xl">
                  <Link href={`/licences/${licence.id}`}>{licence.number}</Link>
                </h3>
                <LicenceStatusTag
                  status={licence.displayedStatus}
                  label={terms(`licenceStatuses.${licence.displayedStatus}`)}
                />
              </div>
              <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="font-semibold">{t("kind")}</dt>
                <dd>{terms(`licenceKinds.${licence.kind}`)}</dd>
                {/* What has no premises (a permit for an event) names its holder instead. */}
                <dt className="font-semibold">{licence.premises ? t("premises") : t("holder")}</dt>
                <dd>{licence.premises?.name ?? licence.entity?.operatingName ?? licence.entity?.legalName}</dd>
                {/* A permit with no term ends on its last event day rather than expiring. */}
                <dt className="font-semibold">{licence.termYears === null ? t("lastDay") : t("expiresOn")}</dt>
                <dd>{expiryDate(licence.expiresOn)}</dd>
              </dl>
              {licence.displayedStatus === "suspended" ? (
                <p className="mb-4 border-l-4 border-warning bg-warning-bg px-3 py-2 text-sm">
                  {licence.suspendedUntil
                    ? t("suspendedThrough", { date: expiryDate(licence.suspendedUntil) })
                    : t("suspendedIndefinitely")}
                </p>
              ) : null}
              {licence.renewal.state === "expired" ? (
                <p className="mb-4 border-l-4 border-error bg-error-bg px-3 py-2 text-sm">
                  {t.rich("expiredExplanation", {
                    sector: sectorOfLicence(licence.kind) ?? "other",
                    link: (chunks) => <Link href="/applications/new">{chunks}</Link>,
                  })}
                </p>
              ) : null}
              <div className="mt-auto flex flex-wrap gap-3">
                {licence.renewal.state === "open" ? (
                  <ButtonLink href={`/licences/${licence.id}/renew`}>
                    {t("renew", { number: licence.number })}
                  </ButtonLink>
                ) : null}
                <ButtonLink href={`/licences/${licence.id}`} variant="secondary">
                  {t("view", { number: licence.number })}
                </ButtonLink>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {held > licences.length ? (
        <p className="mt-6">
          <Link href="/licences">{t("allLicencesLink", { count: held })}</Link>
        </p>
      ) : null}
    </PageSection>
  );
}
