import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { readFlash } from "@/lib/forms/flash";
import { Link } from "@/lib/i18n/navigation";
import { ClientMessages } from "@/components/client-messages";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { FeedbackForm } from "./_components/feedback-form";
import { sendFeedbackAction } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The notices this page shows after a redirect (lib/forms/flash). */
const notices = { done: ["sent"] } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "FeedbackPage" }))("metaTitle") };
}

/**
 * "Feedback about the portal": anyone, with or without an account, rates the portal, writes a
 * comment, or both. Anonymous; staff read it with the survey's answers (admin/satisfaction).
 */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const flash = readFlash(await searchParams, notices);
  const t = await getTranslations("FeedbackPage");

  return (
    <div className="max-w-3xl">
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {flash?.notice === "sent" ? (
        <>
          <NotificationBanner tone="success" title={t("sentTitle")}>
            <p>{t("sentBody")}</p>
          </NotificationBanner>
          <ul className="flex flex-wrap gap-x-8 gap-y-3">
            <li>
              <Link href="/">{t("homeLink")}</Link>
            </li>
            <li>
              <Link href="/feedback">{t("another")}</Link>
            </li>
          </ul>
        </>
      ) : (
        <>
          <p className="mb-4 max-w-prose">
            {t.rich("noReply", { link: (chunks) => <Link href="/contact">{chunks}</Link> })}
          </p>
          <p className="mb-8 max-w-prose">{t("howTo")}</p>
          <ClientMessages namespaces={["FeedbackPage", "Survey"]}>
            <FeedbackForm action={sendFeedbackAction.bind(null, locale)} />
          </ClientMessages>
        </>
      )}
    </div>
  );
}
