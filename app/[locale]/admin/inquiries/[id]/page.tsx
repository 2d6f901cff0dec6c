import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getInquiryForStaff, type StaffInquiry } from "@/lib/inquiries/staff";
import { canClose } from "@/lib/inquiries/rules";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { NotificationBanner } from "@/components/notification-banner";
import { ClientMessages } from "@/components/client-messages";
import { Button } from "@/components/button";
import { InquiryStatusTag } from "@/app/[locale]/(portal)/inquiries/_components/inquiry-status-tag";
import { InquiryThread } from "@/app/[locale]/(portal)/inquiries/_components/inquiry-thread";
import { ReplyForm } from "@/app/[locale]/(portal)/inquiries/_components/reply-form";
import { readFlash } from "@/lib/forms/flash";
import { closeInquiryAction, disableApplicantAction, staffReplyAction, unlinkFromInquiryAction } from "../actions";

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
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const banner = readFlash(await searchParams, notices)?.notice;
  const applicantName = `${inquiry.user.firstName} ${inquiry.user.lastName}`;
  const when = (date: Date) => (
    <time dateTime={date.toISOString()}>
      {shared("writtenAt", { date: format.dateTime(date, "long"), time: format.dateTime(date, "time") })}
    </time>
  );

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

      <section aria-labelledby="reply-title" className="mb-12">
        <h2 id="reply-title" className="mb-4 text-2xl">
          {t("replyTitle")}
        </h2>
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
      </section>

      {canClose(inquiry.status) ? (
        <section aria-labelledby="close-title" className="mb-12">
          <h2 id="close-title" className="mb-3 text-2xl">
            {t("closeTitle")}
          </h2>
          <p className="mb-4 max-w-prose">{t("closeBody")}</p>
          <form action={closeInquiryAction.bind(null, locale)}>
            <input type="hidden" name="inquiryId" value={inquiry.id} />
            <Button variant="secondary">{t("closeButton", { reference: inquiry.reference })}</Button>
          </form>
        </section>
      ) : null}

      <InquiryActions
        inquiry={inquiry}
        locale={locale}
        canUnlink={can(staff.role, "unlinkAccounts")}
        canDisable={can(staff.role, "disableAccounts") && inquiry.user.id !== staff.id}
      />
    </div>
  );
}

function entityName(entity: { legalName: string; operatingName: string | null }): string {
  return entity.operatingName && entity.operatingName !== entity.legalName
    ? `${entity.legalName} (${entity.operatingName})`
    : entity.legalName;
}

/** What the inquiry may ask for: removing a person from the business, or closing the applicant's account. */
async function InquiryActions({
  inquiry,
  locale,
  canUnlink,
  canDisable,
}: {
  inquiry: StaffInquiry;
  locale: AppLocale;
  canUnlink: boolean;
  canDisable: boolean;
}) {
  if (!canUnlink && !canDisable) return null;
  const t = await getTranslations("AdminInquiryPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const { entity, user } = inquiry;

  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title" className="mb-4 text-2xl">
        {t("actionsTitle")}
      </h2>

      {canUnlink ? (
        <div className="mb-10">
          {entity ? (
            <>
              <h3 className="mb-2 text-xl">{t("linksTitle", { entity: entityName(entity) })}</h3>
              <p className="mb-4 max-w-prose">{t("linksBody")}</p>
              {entity.links.length === 0 ? (
                <p>{t("noLinks")}</p>
              ) : (
                <ul className="border-t border-line">
                  {entity.links.map((link) => {
                    const name = `${link.user.firstName} ${link.user.lastName}`;
                    return (
                      <li
                        key={link.id}
                        className="flex flex-wrap items-center justify-between gap-4 border-b border-line py-3"
                      >
                        <div>
                          <p className="font-semibold">{name}</p>
                          <p className="text-sm text-muted">
                            {t("linkedSince", {
                              email: link.user.email,
                              via: terms(`linkVia.${link.via}`),
                              date: format.dateTime(link.createdAt, "long"),
                            })}
                          </p>
                        </div>
                        <form action={unlinkFromInquiryAction.bind(null, locale)}>
                          <input type="hidden" name="inquiryId" value={inquiry.id} />
                          <input type="hidden" name="linkId" value={link.id} />
                          <Button variant="danger">{t("unlink", { name })}</Button>
                        </form>
                      </li>
                    );
                  })}
                </ul>
              )}
            </>
          ) : (
            <p className="max-w-prose">{t("noEntityActions")}</p>
          )}
        </div>
      ) : null}

      {canDisable ? (
        <div>
          <h3 className="mb-2 text-xl">{t("disableTitle")}</h3>
          {user.status === "active" ? (
            <>
              <p className="mb-4 max-w-prose">{t("disableBody")}</p>
              <form action={disableApplicantAction.bind(null, locale)}>
                <input type="hidden" name="inquiryId" value={inquiry.id} />
                <Button variant="danger">{t("disable")}</Button>
              </form>
            </>
          ) : (
            <p>{t("accountNotActive", { status: terms(`accountStatuses.${user.status}`) })}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
