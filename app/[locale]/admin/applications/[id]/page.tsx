import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { getFileForStaff, listReviewers } from "@/lib/applications/review";
import { availableEvents } from "@/lib/applications/status";
import { renewalChangesOf } from "@/lib/applications/on-licence";
import { readFlash } from "@/lib/forms/flash";
import { Link } from "@/lib/i18n/navigation";
import { ruleBreachText } from "@/components/applications/rule-breach";
import { RenewalChangesSummary } from "@/components/applications/renewal-changes";
import { StatusTimeline } from "@/components/applications/status-timeline";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { FileSummary } from "./_components/file-summary";
import { DecisionsSection } from "./_components/decisions-section";
import { AssignSection } from "./_components/assign-section";
import { AnswersSection } from "./_components/answers-section";
import { ExtraDocumentsSection } from "./_components/extra-documents-section";
import { DisclosuresSection } from "./_components/disclosures-section";
import { NotesSection } from "./_components/notes-section";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminApplicationPage" }))("metaTitle") };
}

const decisionEvents = ["startReview", "requestInformation", "approve", "refuse"] as const;
const errorCodes = [
  "notFound",
  "notAllowedFromStatus",
  "messageRequired",
  "renewalTooLate",
  "businessNotLinked",
  "licenceNotTransferable",
  "rulesBroken",
  "noteRequired",
] as const;
const doneCodes = ["startReview", "requestInformation", "approve", "refuse", "assigned", "note"] as const;
/** The notices this page shows after a redirect (lib/forms/flash). */
const notices = { done: doneCodes, error: errorCodes } as const;

/**
 * The whole file on one page for a licensing officer: answers, documents, disclosures (with what
 * each person declared), the timeline, internal notes, assignment, and each decision as one
 * confirmed form.
 */
export default async function AdminApplicationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const staff = await requirePermission("reviewApplications");
  const file = await getFileForStaff(staff, id);
  if (!file || file.status === "draft") notFound();
  const query = await searchParams;
  const t = await getTranslations("AdminApplicationPage");
  const tKind = await getTranslations(file.kindDefinition.messages);
  const format = await getFormatter();
  const reviewers = await listReviewers(staff);
  // The decisions this page offers; confirming a payment belongs to the payments queue.
  const events = availableEvents(file.status, "staff").filter((event) =>
    (decisionEvents as readonly string[]).includes(event),
  );
  const flash = readFlash(query, notices);
  const error = flash?.kind === "error" ? flash.notice : undefined;
  const done = flash?.kind === "done" ? flash.notice : undefined;
  const when = (date: Date) => t("at", { date: format.dateTime(date, "long"), time: format.dateTime(date, "time") });

  return (
    <div className="max-w-4xl">
      <p className="mb-4">
        <Link href="/admin/applications">{t("backToQueue")}</Link>
      </p>
      <ErrorSummary
        errors={
          error ? [{ field: query.decision ? `message-${query.decision}` : "note", message: t(`errors.${error}`) }] : []
        }
      />
      {done ? <NotificationBanner tone="success" title={t(`done.${done}`)} /> : null}
      <PageHeading caption={t("caption", { number: file.fileNumber })}>{tKind("title")}</PageHeading>
      <FileSummary file={file} locale={locale} when={when} />
      {file.approvalBreaches.length > 0 ? (
        <NotificationBanner tone="warning" title={t("approvalBlockedTitle")}>
          <ul className="list-disc pl-6">
            {await Promise.all(
              file.approvalBreaches.map(async (breach) => (
                <li key={`${breach.rule}-${breach.section ?? ""}`}>
                  {await ruleBreachText(breach, file.kindDefinition.messages, locale)}
                </li>
              )),
            )}
          </ul>
        </NotificationBanner>
      ) : null}
      <DecisionsSection file={file} events={events} locale={locale} />
      <AssignSection file={file} reviewers={reviewers} locale={locale} />
      <RenewalChangesSummary changes={await renewalChangesOf(file)} />
      <AnswersSection file={file} />
      <ExtraDocumentsSection documents={file.documents} />
      <DisclosuresSection disclosures={file.declaredDisclosures} />
      <StatusTimeline events={file.events} when={when} withNotes />
      <NotesSection file={file} locale={locale} when={when} />
    </div>
  );
}
