import { getTranslations } from "next-intl/server";
import type { ApplicationStatus } from "@/lib/db/generated/client";
import { cx } from "@/components/cx";
import { PageSection } from "@/components/page-section";

type TimelineEvent = { id: string; status: ApplicationStatus; occurredAt: Date; note?: string | null };

/**
 * An application's history, newest first: each status it reached and when. Staff also read the
 * note recorded with a change (`withNotes`); the applicant's page words the moment its own way.
 */
export async function StatusTimeline({
  events,
  when,
  withNotes = false,
  className,
}: {
  events: readonly TimelineEvent[];
  when: (moment: Date) => string;
  withNotes?: boolean;
  className?: string;
}) {
  const t = await getTranslations("ApplicationPage");
  return (
    <PageSection
      id="timeline-title"
      title={t("timelineTitle")}
      className={cx("mb-10", className)}
      headingClassName="mb-3 text-2xl"
    >
      <ol className="border-l-4 border-line pl-5">
        {[...events].reverse().map((event) => (
          <li key={event.id} className="mb-4">
            <p className="font-semibold">{t(`statuses.${event.status}`)}</p>
            <p className="text-muted">{when(event.occurredAt)}</p>
            {withNotes && event.note ? <p className="whitespace-pre-line">{event.note}</p> : null}
          </li>
        ))}
      </ol>
    </PageSection>
  );
}
