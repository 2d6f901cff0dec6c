import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { availableEvents } from "@/lib/applications/status";
import { Link } from "@/lib/i18n/navigation";
import { ButtonLink } from "@/components/button";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { TaskList } from "@/components/task-list";
import { StatusTimeline } from "@/components/applications/status-timeline";
import { loadOwnApplication } from "./load";
import { getCurrentUser } from "@/lib/auth/session";
import { getOrder } from "@/lib/payments/orders";
import type { ApplicationView } from "@/lib/applications/queries";
import type { AppLocale } from "@/lib/i18n/routing";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { FieldError, TextArea } from "@/components/field";
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENTS_PER_REQUIREMENT } from "@/lib/documents/rules";
import { uploadErrorCodes } from "@/lib/documents/uploads";
import { answerInformationAction, uploadDocumentAction } from "./actions";
import { readFlash } from "@/lib/forms/flash";
import { PageSection } from "@/components/page-section";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

/** The notices this page shows after a redirect (lib/forms/flash). */
const notices = {
  done: ["saved", "withdrawn", "answered", "submitted"],
  error: ["answerRequired", ...uploadErrorCodes],
} as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "ApplicationPage" }))("metaTitle") };
}

/**
 * The hub of an application: while a draft, its sections grouped under headings, each with its
 * status and a link, and the progress; always, where it stands and its timeline.
 */
export default async function ApplicationPage({ params, searchParams }: Props) {
  const { locale, application } = await loadOwnApplication(params);
  const flash = readFlash(await searchParams, notices);
  const refusal = flash?.kind === "error" ? flash.notice : undefined;
  const t = await getTranslations("ApplicationPage");
  const kind = await getKindTranslations(application.kindDefinition.messages);
  const format = await getFormatter();
  const base = `/applications/${application.id}`;
  // The tasks are the sections the answers call for (their states); a group with none is not shown.
  const asked = new Set(application.sections.map((state) => state.id));
  const tasks = application.kindDefinition.sections.filter((section) => asked.has(section.id));
  const groups = [...new Set(tasks.map((section) => section.groupKey))];
  const statusOf = (sectionId: string) =>
    application.sections.find((state) => state.id === sectionId)?.status ?? "notStarted";
  const statusLabels = {
    notStarted: t("sectionStatuses.notStarted"),
    inProgress: t("sectionStatuses.inProgress"),
    completed: t("sectionStatuses.completed"),
    cannotStart: t("sectionStatuses.cannotStart"),
  };
  const canWithdraw = availableEvents(application.status, "applicant").includes("withdraw");
  const user = await getCurrentUser();
  const order = user ? await getOrder(user, application.id) : null;

  return (
    <>
      {flash?.notice === "saved" ? (
        <NotificationBanner tone="success" title={t("savedTitle")}>
          {t("savedBody")}
        </NotificationBanner>
      ) : null}
      {flash?.notice === "withdrawn" ? <NotificationBanner tone="success" title={t("withdrawnTitle")} /> : null}
      {flash?.notice === "submitted" ? (
        <NotificationBanner tone="success" title={t("submittedTitle")}>
          <p>{t("submittedBody")}</p>
          <p>
            <Link href={`${base}/confirmation#survey`}>{t("surveyLink")}</Link>
          </p>
        </NotificationBanner>
      ) : null}
      <PageHeading
        caption={t("fileNumber", { number: application.fileNumber })}
        lead={application.isEditable ? t("progress", application.progress) : undefined}
      >
        {kind("title")}
      </PageHeading>
      {application.status === "awaiting_payment" ? (
        <NotificationBanner tone="warning" title={t("paymentNeededTitle")}>
          <p className="mb-4">{t("paymentNeededBody")}</p>
          <ButtonLink href={`${base}/payment`}>{t("payNow")}</ButtonLink>
        </NotificationBanner>
      ) : null}
      {application.status === "information_requested" ? (
        <InformationRequest application={application} locale={locale} error={refusal} uploadError={refusal} />
      ) : null}
      {application.status === "refused" ? (
        <NotificationBanner tone="error" title={t("refusedTitle")}>
          <p className="whitespace-pre-line">{latestNote(application, "refuse")}</p>
        </NotificationBanner>
      ) : null}
      {application.status === "approved" && application.licenceId ? (
        <NotificationBanner tone="success" title={t("approvedTitle")}>
          <Link href={`/licences/${application.licenceId}`}>{t("licenceLink")}</Link>
        </NotificationBanner>
      ) : null}
      {flash?.notice === "answered" ? <NotificationBanner tone="success" title={t("answeredTitle")} /> : null}
      {order?.status === "paid" ? (
        <p className="mb-6 flex flex-wrap gap-6">
          <Link href={`${base}/confirmation`}>{t("confirmationLink")}</Link>
          <a href={`/api/applications/${application.id}/receipt?locale=${locale}`} download>
            {t("receiptLink")}
          </a>
        </p>
      ) : null}
      <p className="mb-8">
        <strong>{t("statusLabel")}</strong> {t(`statuses.${application.status}`)} ·{" "}
        {t("lastSaved", {
          date: format.dateTime(application.updatedAt, "long"),
          time: format.dateTime(application.updatedAt, "time"),
        })}
      </p>

      {application.isEditable ? (
        <>
          {groups.map((group) => (
            <PageSection
              key={group}
              id={`group-${group}`}
              title={kind(`groups.${group}`)}
              className="mb-8 max-w-3xl"
              headingClassName="mb-3 text-2xl"
            >
              <TaskList
                statusLabels={statusLabels}
                tasks={tasks
                  .filter((section) => section.groupKey === group)
                  .map((section) => ({
                    id: section.id,
                    label: kind(`sections.${section.id}`),
                    href: `${base}/${section.id}`,
                    status: statusOf(section.id),
                  }))}
              />
            </PageSection>
          ))}
          <PageSection
            id="check-title"
            title={t("checkTitle")}
            className="mb-10 max-w-3xl"
            headingClassName="mb-3 text-2xl"
          >
            <p className="mb-4">
              {application.canSubmit
                ? t("checkReady")
                : t("checkNotReady", { count: application.missing.length + application.breaches.length })}
            </p>
            <ButtonLink href={`${base}/review`} variant={application.canSubmit ? "primary" : "secondary"}>
              {t("checkAction")}
            </ButtonLink>
          </PageSection>
        </>
      ) : null}

      <StatusTimeline
        events={application.events}
        when={(moment) =>
          t("eventAt", { date: format.dateTime(moment, "long"), time: format.dateTime(moment, "time") })
        }
        className="max-w-3xl"
      />

      {canWithdraw ? (
        <p className="mb-8">
          <Link href={`${base}/withdraw`}>{t("withdrawLink")}</Link>
        </p>
      ) : null}
    </>
  );
}

/** What the Commission wrote with its latest event of this kind (a request, the reasons). */
function latestNote(application: ApplicationView, event: string): string {
  return [...application.events].reverse().find((candidate) => candidate.event === event)?.note ?? "";
}

/** The officer's request, and the applicant's answer: text, plus documents if they have any. */
async function InformationRequest({
  application,
  locale,
  error,
  uploadError,
}: {
  application: ApplicationView;
  locale: AppLocale;
  error?: string;
  uploadError?: string;
}) {
  const t = await getTranslations("ApplicationPage");
  const tDocuments = await getTranslations("DocumentsPage");
  // A refused file is said in the summary and beside the file input, like on the documents page.
  const refused = uploadErrorCodes.find((code) => code === uploadError);
  const refusedMessage = refused
    ? tDocuments(`errors.${refused}`, { size: MAX_DOCUMENT_BYTES / 1024 / 1024, count: MAX_DOCUMENTS_PER_REQUIREMENT })
    : undefined;
  const extra = application.documents.filter((document) => document.requirement === "additionalInformation");
  return (
    <section aria-labelledby="request-title" className="mb-10 max-w-3xl border-4 border-warning p-5">
      <ErrorSummary
        errors={[
          ...(error === "answerRequired" ? [{ field: "answer", message: t("answerRequired") }] : []),
          ...(refusedMessage ? [{ field: "extra-file", message: refusedMessage }] : []),
        ]}
      />
      <h2 id="request-title" className="mb-2 text-2xl">
        {t("requestTitle")}
      </h2>
      <p className="mb-4 whitespace-pre-line border-l-4 border-line pl-4">
        {latestNote(application, "requestInformation")}
      </p>
      {extra.length > 0 ? (
        <ul className="mb-4 list-disc pl-6">
          {extra.map((document) => (
            <li key={document.id}>{document.originalName}</li>
          ))}
        </ul>
      ) : null}
      <form action={uploadDocumentAction.bind(null, locale, application.id)} className="mb-6">
        <input type="hidden" name="requirement" value="additionalInformation" />
        <input type="hidden" name="return" value="application" />
        <label htmlFor="extra-file" className="mb-1 block font-semibold">
          {t("attachLabel")}
        </label>
        <p id="extra-file-hint" className="mb-2 text-muted">
          {t("attachHint")}
        </p>
        <FieldError id="extra-file" message={refusedMessage} />
        <input
          id="extra-file"
          name="file"
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-describedby={refusedMessage ? "extra-file-hint extra-file-error" : "extra-file-hint"}
          aria-invalid={refusedMessage ? true : undefined}
          className="mb-3 block w-full max-w-xl border-2 border-ink bg-white p-2"
        />
        <Button variant="secondary">{t("attach")}</Button>
      </form>
      <form action={answerInformationAction.bind(null, locale, application.id)}>
        <TextArea
          name="answer"
          label={t("answerLabel")}
          error={error === "answerRequired" ? t("answerRequired") : undefined}
        />
        <Button>{t("sendAnswer")}</Button>
      </form>
    </section>
  );
}
