import { getTranslations } from "next-intl/server";
import type { StaffFile } from "@/lib/applications/review";
import type { ApplicationEvent } from "@/lib/applications/status";
import type { AppLocale } from "@/lib/i18n/routing";
import { Button } from "@/components/button";
import { TextArea } from "@/components/field";
import { decideAction } from "../actions";
import { PageSection } from "@/components/page-section";

/** Each decision the file's status allows, as its own form. */
export async function DecisionsSection({
  file,
  events,
  locale,
}: {
  file: StaffFile;
  events: readonly ApplicationEvent[];
  locale: AppLocale;
}) {
  const t = await getTranslations("AdminApplicationPage");
  return (
    <PageSection id="decisions-title" title={t("decisionsTitle")} className="mb-10 border-4 border-brand p-5">
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
    </PageSection>
  );
}
