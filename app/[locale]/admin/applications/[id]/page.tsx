import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { getFileForStaff, listReviewers } from "@/lib/applications/review";
import { availableEvents } from "@/lib/applications/status";
import { disclosureFields } from "@/lib/disclosures/form";
import { Link } from "@/lib/i18n/navigation";
import { AnswerValue } from "@/components/applications/answer-value";
import { answerRows } from "@/components/applications/answer-rows";
import { RenewalChangesSummary } from "@/components/applications/renewal-changes";
import { renewalChangesOf } from "@/lib/applications/renewal";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { SelectField, TextArea } from "@/components/field";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { assignAction, decideAction, noteAction } from "./actions";
import { readFlash } from "@/lib/forms/flash";
import { formatMoney } from "@/lib/i18n/format";
import { StatusTimeline } from "@/components/applications/status-timeline";

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
  const tApplication = await getTranslations("ApplicationPage");
  const tKind = await getTranslations(file.kindDefinition.messages as "LiquorSalesApplication");
  const format = await getFormatter();
  const reviewers = await listReviewers(staff);
  // The decisions this page offers; confirming a payment belongs to the payments queue.
  const events = availableEvents(file.status, "staff").filter((event) =>
    (decisionEvents as readonly string[]).includes(event),
  );
  const rows = await Promise.all(
    file.kindDefinition.sections.map((section) => answerRows(section, file, { documentLinks: true })),
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
      <SummaryList
        rows={[
          { key: t("status"), value: <strong>{tApplication(`statuses.${file.status}`)}</strong> },
          {
            key: t("applicant"),
            value: `${file.user.firstName} ${file.user.lastName} – ${file.user.email}${file.user.phone ? ` – ${file.user.phone}` : ""}`,
          },
          ...(file.submittedAt ? [{ key: t("submitted"), value: when(file.submittedAt) }] : []),
          ...(file.order
            ? [
                {
                  key: t("payment"),
                  value: t("paymentValue", {
                    amount: formatMoney(file.order.totalCents, locale),
                    reference: file.order.reference,
                    status: t(`orderStatuses.${file.order.status}`),
                  }),
                },
              ]
            : []),
          ...(file.licence
            ? [
                {
                  key: t("licence"),
                  value: t("licenceValue", {
                    number: file.licence.number,
                    date: format.dateTime(file.licence.expiresOn, "day"),
                  }),
                },
              ]
            : []),
          {
            key: t("assignedTo"),
            value: file.assignedTo ? `${file.assignedTo.firstName} ${file.assignedTo.lastName}` : t("unassigned"),
          },
        ]}
      />

      <section aria-labelledby="decisions-title" className="mb-10 border-4 border-brand p-5">
        <h2 id="decisions-title" className="mb-4 text-2xl">
          {t("decisionsTitle")}
        </h2>
        {events.length === 0 ? <p>{t("noDecision")}</p> : null}
        {events.includes("startReview") ? (
          <form action={decideAction.bind(null, locale, file.id, "startReview")} className="mb-6">
            <Button>{t("startReview")}</Button>
          </form>
        ) : null}
        {events.includes("requestInformation") ? (
          <form action={decideAction.bind(null, locale, file.id, "requestInformation")} className="mb-6">
            <TextArea name="message-requestInformation" label={t("requestLabel")} hint={t("requestHint")} rows={3} />
            <Button variant="secondary">{t("requestInformation")}</Button>
          </form>
        ) : null}
        {events.includes("approve") ? (
          <form action={decideAction.bind(null, locale, file.id, "approve")} className="mb-6">
            <p className="mb-3">{file.type === "renewal" ? t("approveRenewalHint") : t("approveNewHint")}</p>
            <Button>{t("approve")}</Button>
          </form>
        ) : null}
        {events.includes("refuse") ? (
          <form action={decideAction.bind(null, locale, file.id, "refuse")}>
            <TextArea name="message-refuse" label={t("refuseLabel")} hint={t("refuseHint")} rows={3} />
            <Button variant="danger">{t("refuse")}</Button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="assign-title" className="mb-10">
        <h2 id="assign-title" className="mb-3 text-2xl">
          {t("assignTitle")}
        </h2>
        <form action={assignAction.bind(null, locale, file.id)} className="flex flex-wrap items-end gap-4">
          <SelectField
            name="assignee"
            label={t("assignee")}
            placeholder={t("unassigned")}
            defaultValue={file.assignedTo?.id ?? ""}
            options={reviewers.map((reviewer) => ({
              value: reviewer.id,
              label: `${reviewer.firstName} ${reviewer.lastName}`,
            }))}
          />
          <div className="mb-6">
            <Button variant="secondary">{t("assign")}</Button>
          </div>
        </form>
      </section>

      <RenewalChangesSummary changes={await renewalChangesOf(file)} />
      <h2 className="mb-4 text-3xl">{t("answersTitle")}</h2>
      {file.kindDefinition.sections.map((section, index) => (
        <section key={section.id} aria-labelledby={`answers-${section.id}`}>
          <h3 id={`answers-${section.id}`} className="mb-2 text-xl">
            {tKind(`sections.${section.id as "term"}`)}
          </h3>
          <SummaryList rows={rows[index] ?? []} />
        </section>
      ))}

      {file.documents.some((document) => document.requirement === "additionalInformation") ? (
        <section aria-labelledby="extra-documents" className="mb-10">
          <h2 id="extra-documents" className="mb-3 text-2xl">
            {t("extraDocuments")}
          </h2>
          <ul className="list-disc pl-6">
            {file.documents
              .filter((document) => document.requirement === "additionalInformation")
              .map((document) => (
                <li key={document.id}>
                  <a href={`/api/documents/${document.id}`} download>
                    {document.originalName}
                  </a>
                </li>
              ))}
          </ul>
        </section>
      ) : null}

      {file.declaredDisclosures.length > 0 ? (
        <section aria-labelledby="disclosures-title" className="mb-10">
          <h2 id="disclosures-title" className="mb-3 text-2xl">
            {t("disclosuresTitle")}
          </h2>
          {file.declaredDisclosures.map((disclosure) => (
            <div key={disclosure.personId} className="mb-6">
              <h3 className="mb-2 text-xl">
                {disclosure.fullName} –{" "}
                {disclosure.status === "completed" && disclosure.completedAt
                  ? t("disclosureCompleted", { date: format.dateTime(disclosure.completedAt, "long") })
                  : t("disclosureWaiting")}
              </h3>
              {disclosure.status === "completed" ? (
                <SummaryList
                  rows={disclosureFields.map((field) => ({
                    key: t(`disclosureFields.${field.name as "dateOfBirth"}`),
                    value: (
                      <AnswerValue
                        field={field}
                        value={(disclosure.answers as Record<string, unknown> | null)?.[field.name]}
                        namespace="DisclosurePage"
                      />
                    ),
                  }))}
                />
              ) : null}
            </div>
          ))}
        </section>
      ) : null}

      <StatusTimeline events={file.events} when={when} withNotes />

      <section aria-labelledby="notes-title" id="notes" className="mb-10 bg-surface p-5">
        <h2 id="notes-title" className="mb-1 text-2xl">
          {t("notesTitle")}
        </h2>
        <p className="mb-4 text-muted">{t("notesHint")}</p>
        <ul className="mb-6 space-y-3">
          {file.notes.map((note) => (
            <li key={note.id} className="border-l-4 border-warning pl-3">
              <p className="text-sm text-muted">
                {note.author.firstName} {note.author.lastName} – {when(note.createdAt)}
              </p>
              <p className="whitespace-pre-line">{note.body}</p>
            </li>
          ))}
        </ul>
        <form action={noteAction.bind(null, locale, file.id)}>
          <TextArea name="note" label={t("noteLabel")} rows={3} />
          <Button variant="secondary">{t("addNote")}</Button>
        </form>
      </section>
    </div>
  );
}
