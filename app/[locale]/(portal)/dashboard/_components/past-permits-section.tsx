import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { DataTable } from "@/components/data-table";
import { PageSection } from "@/components/page-section";
import { MAIN_MENU_PAST_PERMITS, newestPastPermits, type DashboardLicence } from "./dashboard-licence";

/** Permits whose last day has passed, the newest first, folded away under their own heading. */
export async function PastPermitsSection({ permits }: { permits: readonly DashboardLicence[] }) {
  if (permits.length === 0) return null;
  const t = await getTranslations("DashboardPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const newestFirst = newestPastPermits(permits, MAIN_MENU_PAST_PERMITS);
  return (
    <PageSection id="past-permits-title" title={t("pastPermitsTitle")} className="mb-12">
      <details className="group">
        <summary className="mb-4 flex min-h-11 cursor-pointer items-center gap-3 font-semibold text-brand hover:text-brand-dark">
          <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
            ▸
          </span>
          {t("pastPermitsShow", { count: permits.length })}
        </summary>
        <DataTable
          caption={t("pastPermitsTitle")}
          hiddenCaption
          rowHeader={0}
          headers={[t("permitNumber"), t("kind"), t("lastDay")]}
          rows={newestFirst.map((permit) => [
            <Link key="number" href={`/licences/${permit.id}`}>
              {permit.number}
            </Link>,
            terms(`licenceKinds.${permit.kind}`),
            format.dateTime(permit.expiresOn, "day"),
          ])}
        />
        {permits.length > newestFirst.length ? (
          <p className="mt-4">
            {t.rich("pastPermitsMore", {
              shown: newestFirst.length,
              link: (chunks) => <Link href="/licences">{chunks}</Link>,
            })}
          </p>
        ) : null}
      </details>
    </PageSection>
  );
}
