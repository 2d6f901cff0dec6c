import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { getCurrentUser } from "@/lib/auth/session";
import { getMyInquiry } from "@/lib/inquiries/applicant";
import { canApplicantReply } from "@/lib/inquiries/rules";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { NotificationBanner } from "@/components/notification-banner";
import { ClientMessages } from "@/components/client-messages";
import { InquiryStatusTag } from "../_components/inquiry-status-tag";
import { InquiryThread } from "../_components/inquiry-thread";
import { ReplyForm } from "../_components/reply-form";
import { readFlash } from "@/lib/forms/flash";
import { replyToInquiryAction } from "../actions";
import { PageSection } from "@/components/page-section";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The notices this page shows after a redirect (lib/forms/flash). */
const notices = { done: ["sent", "replied"] } as const;

/** Read once for the title and the page. */
const findMyInquiry = cache(getMyInquiry);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await getCurrentUser();
  const inquiry = user ? await findMyInquiry(user, id) : null;
  const t = await getTranslations({ locale, namespace: inquiry ? "InquiryPage" : "InquiriesPage" });
  return { title: inquiry ? t("metaTitle", { reference: inquiry.reference }) : t("metaTitle") };
}

export default async function InquiryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requireUser(locale, `/inquiries/${encodeURIComponent(id)}`);
  const inquiry = await findMyInquiry(user, id);
  if (!inquiry) notFound();

  const t = await getTranslations("InquiryPage");
  const shared = await getTranslations("Inquiry");
  const format = await getFormatter();
  const flash = readFlash(await searchParams, notices);

  return (
    <div className="max-w-3xl">
      {flash?.notice === "sent" ? (
        <NotificationBanner tone="success" title={t("sent")}>
          <p>{t("sentBody", { reference: inquiry.reference })}</p>
        </NotificationBanner>
      ) : null}
      {flash?.notice === "replied" ? <NotificationBanner tone="success" title={t("replied")} /> : null}
      <p className="mb-6">
        <Link href="/inquiries">{t("back")}</Link>
      </p>
      <PageHeading caption={shared(`subjects.${inquiry.subject}`)}>
        {t("title", { reference: inquiry.reference })}
      </PageHeading>

      <SummaryList
        rows={[
          { key: shared("subject"), value: shared(`subjects.${inquiry.subject}`) },
          ...(inquiry.entity ? [{ key: shared("entity"), value: inquiry.entity.legalName }] : []),
          {
            key: shared("status"),
            value: (
              <>
                <InquiryStatusTag status={inquiry.status} />
                <span className="mt-1 block">{t(`statusHelp.${inquiry.status}`)}</span>
              </>
            ),
          },
          {
            key: shared("createdAt"),
            value: <time dateTime={inquiry.createdAt.toISOString()}>{format.dateTime(inquiry.createdAt, "long")}</time>,
          },
        ]}
      />

      <InquiryThread
        headingId="thread-title"
        messages={inquiry.messages.map((message) => ({
          ...message,
          author: message.fromStaff ? shared("customerService") : shared("you"),
        }))}
      />

      {canApplicantReply(inquiry.status) ? (
        <PageSection id="reply-title" title={t("replyTitle")}>
          <ClientMessages namespaces={["Inquiry", "InquiryPage"]}>
            <ReplyForm
              action={replyToInquiryAction.bind(null, locale, inquiry.id)}
              labels={{ message: t("replyLabel"), hint: t("replyHint"), submit: t("send") }}
            />
          </ClientMessages>
        </PageSection>
      ) : (
        <p className="max-w-prose">
          {t.rich("closedNotice", { link: (chunks) => <Link href="/inquiries/new">{chunks}</Link> })}
        </p>
      )}
    </div>
  );
}
