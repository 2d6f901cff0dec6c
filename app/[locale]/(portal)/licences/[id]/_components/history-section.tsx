import { getFormatter, getTranslations } from "next-intl/server";
import type { LicenceDetails } from "@/lib/licences/queries";
import { statusReasonDescriber } from "@/components/licences/status-reason";
import { PageSection } from "@/components/page-section";

/** Each status the licence has had, oldest first, with the reason where one was recorded. */
export async function HistorySection({ events }: { events: LicenceDetails["statusEvents"] }) {
  const t = await getTranslations("LicencePage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const describe = await statusReasonDescriber();
  return (
    <PageSection id="history-title" title={t("historyTitle")} className="mb-10">
      <ol className="border-l-4 border-line pl-5">
        {events.map((event) => (
          <li key={event.id} className="mb-3">
            <strong>{terms(`licenceStatuses.${event.status}`)}</strong> – {format.dateTime(event.occurredAt, "long")}
            {event.reason ? <span className="block text-sm text-muted">{describe(event.reason)}</span> : null}
          </li>
        ))}
      </ol>
    </PageSection>
  );
}
