import { getTranslations } from "next-intl/server";
import type { StaffInquiry } from "@/lib/inquiries/staff";
import type { AppLocale } from "@/lib/i18n/routing";
import { ClientMessages } from "@/components/client-messages";
import { ReplyForm } from "@/app/[locale]/(portal)/inquiries/_components/reply-form";
import { staffReplyAction } from "../../actions";
import { PageSection } from "@/components/page-section";

/** Staff's reply, in the applicant's language; replying to a closed inquiry reopens it. */
export async function ReplySection({ inquiry, locale }: { inquiry: StaffInquiry; locale: AppLocale }) {
  const t = await getTranslations("AdminInquiryPage");
  return (
    <PageSection id="reply-title" title={t("replyTitle")} className="mb-12">
      {inquiry.status === "closed" ? <p className="mb-4 max-w-prose">{t("replyReopens")}</p> : null}
      <ClientMessages namespaces={["Inquiry", "AdminInquiryPage"]}>
        <ReplyForm
          action={staffReplyAction.bind(null, locale, inquiry.id)}
          labels={{
            message: t("replyLabel"),
            hint: t("replyHint", { language: t(`localeNames.${inquiry.user.locale}`) }),
            submit: t("send"),
          }}
        />
      </ClientMessages>
    </PageSection>
  );
}
