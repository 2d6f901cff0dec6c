import { getTranslations } from "next-intl/server";
import type { SurveyStatus } from "@/lib/feedback/survey";
import type { AppLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { ClientMessages } from "@/components/client-messages";
import { NotificationBanner } from "@/components/notification-banner";
import { PageSection } from "@/components/page-section";
import { answerSurveyAction, skipSurveyAction } from "../actions";
import { SurveyForm } from "./survey-form";

const SKIP_FORM = "survey-skip";

/**
 * The short survey under a confirmation, once per file: the form while it is open, a thank-you once
 * it was answered or skipped — announced (a success banner) just after, a plain notice on later
 * visits. `#survey` is where its actions return. Not printed with the page.
 */
export async function SurveySection({
  locale,
  applicationId,
  status,
  justDone,
}: {
  locale: AppLocale;
  applicationId: string;
  status: SurveyStatus;
  justDone: boolean;
}) {
  const t = await getTranslations("Survey");
  const tone = justDone ? "success" : "info";
  return (
    <div id="survey" className="mt-12 border-t-4 border-line pt-8 print:hidden">
      {status === "answered" ? (
        <NotificationBanner tone={tone} title={t("thanksTitle")}>
          <p>{t("thanksBody")}</p>
        </NotificationBanner>
      ) : status === "skipped" ? (
        <NotificationBanner tone={tone} title={t("skippedTitle")}>
          <p>{t.rich("skippedBody", { link: (chunks) => <Link href="/feedback">{chunks}</Link> })}</p>
        </NotificationBanner>
      ) : (
        <PageSection id="survey-title" title={t("title")}>
          <p className="mb-6 max-w-prose">{t("lead")}</p>
          <ClientMessages namespaces={["Survey"]}>
            <SurveyForm action={answerSurveyAction.bind(null, locale, applicationId)} skipForm={SKIP_FORM} />
          </ClientMessages>
          <form id={SKIP_FORM} action={skipSurveyAction.bind(null, locale, applicationId)} />
        </PageSection>
      )}
    </div>
  );
}
