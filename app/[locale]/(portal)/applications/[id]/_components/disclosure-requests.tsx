import { getTranslations } from "next-intl/server";
import { disclosureFormOf, type ListSection } from "@/lib/applications/engine";
import type { AppLocale } from "@/lib/i18n/routing";
import { Button } from "@/components/button";
import { sendDisclosuresAction } from "../actions";

/**
 * How many people (managers, entities) still have to be asked for their disclosure, and asking them
 * (once every item is complete).
 */
export async function DisclosureRequests({
  applicationId,
  section,
  unsentCount,
  allComplete,
  locale,
}: {
  applicationId: string;
  section: ListSection;
  unsentCount: number;
  allComplete: boolean;
  locale: AppLocale;
}) {
  const tPage = await getTranslations("SectionPage");
  const form = disclosureFormOf(section);
  return (
    <section
      aria-labelledby="disclosures-title"
      id="send-disclosures"
      tabIndex={-1}
      className="mb-8 border-l-4 border-info bg-info-bg p-4"
    >
      <h2 id="disclosures-title" className="mb-2 text-xl">
        {tPage("disclosuresTitle")}
      </h2>
      <p className="mb-4">
        {unsentCount > 0
          ? tPage("disclosuresToSend", { count: unsentCount, form })
          : tPage("disclosuresAllSent", { form })}
      </p>
      {unsentCount > 0 ? (
        <form action={sendDisclosuresAction.bind(null, locale, applicationId, section.id)}>
          <Button disabled={!allComplete}>{tPage("sendDisclosures")}</Button>
        </form>
      ) : null}
    </section>
  );
}
