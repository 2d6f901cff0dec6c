import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { LicenceDetails } from "@/lib/licences/queries";
import { statusReasonDescriber } from "@/components/licences/status-reason";
import type { LicenceChangeRequest } from "@/lib/change-requests/requests";
import { readReason } from "@/lib/licences/history-reasons";
import { factRows } from "@/lib/licences/change-proposals";
import { PageSection } from "@/components/page-section";
import { ChangeFactsBeforeAfter } from "./change-facts-before-after";

/**
 * Each status the licence has had, oldest first, with the reason where one was recorded; a change
 * made by request shows what it changed, before and after.
 */
export async function HistorySection({
  events,
  changes = [],
}: {
  events: LicenceDetails["statusEvents"];
  changes?: readonly LicenceChangeRequest[];
}) {
  const t = await getTranslations("LicencePage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const byReference = new Map(changes.map((change) => [change.reference, change]));
  const describe = await statusReasonDescriber();
  const changeOf = (reason: string) => {
    const read = readReason(reason);
    const change = read.type === "changedByRequest" ? byReference.get(read.reference) : undefined;
    return change && change.status === "approved" ? change : undefined;
  };
  return (
    <PageSection id="history-title" title={t("historyTitle")} className="mb-10">
      <ol className="border-l-4 border-line pl-5">
        {events.map((event) => {
          const change = event.reason ? changeOf(event.reason) : undefined;
          return (
            <li key={event.id} className="mb-3">
              <strong>{terms(`licenceStatuses.${event.status}`)}</strong> – {format.dateTime(event.occurredAt, "long")}
              {event.reason ? <span className="block text-sm text-muted">{describe(event.reason)}</span> : null}
              {change ? (
                <ChangeFactsBeforeAfter
                  before={factRows(change.kind, change.before)}
                  after={factRows(change.kind, change.after)}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </PageSection>
  );
}
