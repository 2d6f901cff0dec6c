import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getInquiryForStaff } from "@/lib/inquiries/staff";
import { Link } from "@/lib/i18n/navigation";
import { readFlash } from "@/lib/forms/flash";
import { PageHeading } from "@/components/page-heading";
import { NotificationBanner } from "@/components/notification-banner";
import { InquiryThread } from "@/app/[locale]/(portal)/inquiries/_components/inquiry-thread";
import { InquirySummary } from "./_components/inquiry-summary";
import { ReplySection } from "./_components/reply-section";
import { CloseSection } from "./_components/close-section";
import { InquiryActions } from "./_components/inquiry-actions";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The notices this page shows after a redirect (lib/forms/flash). */
const notices = { done: ["replied", "closed", "unlinked", "disabled", "unchanged"] } as const;

/** Read once for the title and the page. */
const findInquiry = cache(getInquiryForStaff);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const staff = await getCurrentUser();
  const inquiry = staff && can(staff.role, "handleInquiries") ? await findInquiry(staff, id) : null;
  const t = await getTranslations({ locale, namespace: inquiry ? "AdminInquiryPage" : "AdminInquiriesPage" });
  return {
    title: inquiry ? t("metaTitle", { reference: inquiry.reference }) : t("metaTitle"),
    robots: { index: false, follow: false },
  };
}

/** The whole inquiry on one page: who asked, about what, the thread, the reply, and what can be done from it. */
export default async function AdminInquiryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const staff = await requirePermission("handleInquiries");
  const inquiry = await findInquiry(staff, id);
  if (!inquiry) notFound();

  const t = await getTranslations("AdminInquiryPage");
  const shared = await getTranslations("Inquiry");
  const banner = readFlash(await searchParams, notices)?.notice;
  const applicantName = `${inquiry.user.firstName} ${inquiry.user.lastName}`;

  return (
    <div className="max-w-4xl">
      {banner ? (
        <NotificationBanner tone={banner === "unchanged" ? "info" : "success"} title={t(`banners.${banner}`)} />
      ) : null}
      <p className="mb-6">
        <Link href="/admin/inquiries">{t("back")}</Link>
      </p>
      <PageHeading caption={shared(`subjects.${inquiry.subject}`)}>
        {t("title", { reference: inquiry.reference })}
      </PageHeading>

      <InquirySummary inquiry={inquiry} applicantName={applicantName} />

      <InquiryThread
        headingId="thread-title"
        messages={inquiry.messages.map((message) => ({
          ...message,
          author: message.fromStaff
            ? message.authorName
              ? t("staffAuthor", { name: message.authorName })
              : t("formerStaff")
            : (message.authorName ?? applicantName),
        }))}
      />

      <ReplySection inquiry={inquiry} locale={locale} />
      <CloseSection inquiry={inquiry} locale={locale} />

      <InquiryActions
        inquiry={inquiry}
        locale={locale}
        canUnlink={can(staff.role, "unlinkAccounts")}
        canDisable={can(staff.role, "disableAccounts") && inquiry.user.id !== staff.id}
      />
    </div>
  );
}
