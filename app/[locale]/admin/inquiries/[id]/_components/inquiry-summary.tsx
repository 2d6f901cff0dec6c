import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { StaffInquiry } from "@/lib/inquiries/staff";
import { SummaryList } from "@/components/summary-list";
import { InquiryStatusTag } from "@/app/[locale]/(portal)/inquiries/_components/inquiry-status-tag";
import { entityName } from "./entity-name";

/** Where the inquiry stands and who asked: status, subject, dates, the applicant and their business. */
export async function InquirySummary({ inquiry, applicantName }: { inquiry: StaffInquiry; applicantName: string }) {
  const t = await getTranslations("AdminInquiryPage");
  const shared = await getTranslations("Inquiry");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const when = (date: Date) => (
    <time dateTime={date.toISOString()}>
      {shared("writtenAt", { date: format.dateTime(date, "long"), time: format.dateTime(date, "time") })}
    </time>
  );
  return (
    <SummaryList
      rows={[
        { key: shared("status"), value: <InquiryStatusTag status={inquiry.status} /> },
        { key: shared("subject"), value: shared(`subjects.${inquiry.subject}`) },
        { key: shared("createdAt"), value: when(inquiry.createdAt) },
        ...(inquiry.closedAt && inquiry.status === "closed"
          ? [{ key: t("closedAt"), value: when(inquiry.closedAt) }]
          : []),
        { key: t("applicant"), value: applicantName },
        { key: t("email"), value: inquiry.user.email },
        { key: t("language"), value: t(`localeNames.${inquiry.user.locale}`) },
        { key: t("accountStatus"), value: terms(`accountStatuses.${inquiry.user.status}`) },
        { key: t("entity"), value: inquiry.entity ? entityName(inquiry.entity) : t("noEntity") },
      ]}
    />
  );
}
