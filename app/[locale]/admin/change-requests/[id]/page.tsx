import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { getChangeRequestForStaff, type StaffChangeRequest } from "@/lib/change-requests/requests";
import { factRows, isApplicableKind } from "@/lib/licences/change-proposals";
import { changeDecisions } from "@/lib/licences/schemas";
import { readFlash } from "@/lib/forms/flash";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { PageSection } from "@/components/page-section";
import { SummaryList } from "@/components/summary-list";
import { NotificationBanner } from "@/components/notification-banner";
import { ClientMessages } from "@/components/client-messages";
import { ComparedFacts } from "./_components/compared-facts";
import { DecisionForm } from "./_components/decision-form";
import { decideChangeRequestAction } from "../actions";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const notices = { done: changeDecisions } as const;

/** Read once for the title and the page. */
const findRequest = cache(async (id: string) =>
  getChangeRequestForStaff(await requirePermission("handleChangeRequests"), id),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const request = await findRequest(id);
  const t = await getTranslations({ locale, namespace: "AdminChangeRequestPage" });
  return { title: t("metaTitle", { reference: request?.reference ?? "" }), robots: { index: false, follow: false } };
}

/** One change request, the whole file for a decision: who asked, the facts now and as proposed, the documents. */
export default async function AdminChangeRequestPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const request = await findRequest(id);
  if (!request) notFound();
  const t = await getTranslations("AdminChangeRequestPage");
  const terms = await getTranslations("LicencePage");
  const format = await getFormatter();
  const flash = readFlash(await searchParams, notices);
  const { licence } = request;
  const surrender = request.kind === "surrender";

  return (
    <div className="max-w-4xl">
      {flash ? <NotificationBanner tone="success" title={t(`banners.${flash.notice}`)} /> : null}
      <p className="mb-6">
        <Link href="/admin/change-requests" className="inline-flex min-h-6 items-center gap-1">
          <span aria-hidden="true">‹</span> {t("back")}
        </Link>
      </p>
      <PageHeading caption={terms(`changeKinds.${request.kind}`)}>
        {t.rich("title", {
          reference: request.reference,
          nowrap: (chunks) => <span className="whitespace-nowrap">{chunks}</span>,
        })}
      </PageHeading>
      <SummaryList
        rows={[
          { key: t("status"), value: <strong>{terms(`changeStatuses.${request.status}`)}</strong> },
          {
            key: t("licence"),
            value: <Link href={`/admin/licences/${licence.id}`}>{licence.number}</Link>,
          },
          {
            key: t("holder"),
            value: <Link href={`/admin/entities/${licence.entity.id}`}>{licence.entity.legalName}</Link>,
          },
          {
            key: t("askedBy"),
            value: `${request.user.firstName} ${request.user.lastName} (${request.user.email})`,
          },
          { key: t("received"), value: format.dateTime(request.createdAt, "long") },
          ...(request.handledAt ? [{ key: t("decidedOn"), value: format.dateTime(request.handledAt, "long") }] : []),
        ]}
      />
      {surrender ? (
        <NotificationBanner title={t("surrenderTitle")}>
          <p>
            {t.rich("surrenderBody", {
              link: (chunks) => <Link href={`/admin/licences/${licence.id}`}>{chunks}</Link>,
            })}
          </p>
        </NotificationBanner>
      ) : null}

      <PageSection id="request-title" title={t("requestTitle")} className="mb-10">
        {isApplicableKind(request.kind) ? <Comparison request={request} /> : null}
        <h3 className="mb-2 text-lg">{t("explanation")}</h3>
        <p className="max-w-prose whitespace-pre-line">{request.description}</p>
      </PageSection>

      <PageSection id="attachments-title" title={t("attachmentsTitle")} className="mb-10">
        {request.attachments.length === 0 ? (
          <p>{t("noAttachments")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {request.attachments.map((document) => (
              <li key={document.id}>
                <a href={`/api/documents/${document.id}`}>{document.originalName}</a>{" "}
                <span className="text-muted">
                  {t("size", { size: format.number(Math.max(1, Math.round(document.sizeBytes / 1024))) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="decision-title" title={t("decisionTitle")} className="mb-10">
        {request.status === "open" ? (
          <ClientMessages namespaces={["AdminChangeRequestPage"]}>
            <DecisionForm
              action={decideChangeRequestAction.bind(null, locale)}
              id={request.id}
              decisions={surrender || !isApplicableKind(request.kind) ? ["refuse", "answer"] : changeDecisions}
            />
          </ClientMessages>
        ) : (
          <>
            <p className="mb-2">{t(`decided.${request.status}`)}</p>
            {request.staffReply ? (
              <p className="max-w-prose whitespace-pre-line border-l-4 border-line pl-3">{request.staffReply}</p>
            ) : null}
          </>
        )}
      </PageSection>
    </div>
  );
}

/** The facts on file next to the proposed ones; once approved, the facts before and after as applied. */
function Comparison({ request }: { request: StaffChangeRequest }) {
  const approved = request.status === "approved";
  const left = factRows(request.kind, approved ? request.before : request.current);
  const right = factRows(request.kind, approved ? request.after : request.proposed);
  return (
    <ComparedFacts
      kind={request.kind}
      approved={approved}
      left={left}
      right={right}
      areaGone={!approved && request.current === null}
      sharedPremises={request.kind === "address" ? request.sharedPremises : 0}
    />
  );
}
