import { useTranslations } from "next-intl";
import type { AppLocale } from "@/lib/i18n/routing";
import { Button } from "@/components/button";
import { signOutEverywhereAction } from "../actions";
import { PageSection } from "@/components/page-section";

/** Signing out on every device. */
export function SessionsSection({ locale }: { locale: AppLocale }) {
  const t = useTranslations("ProfilePage");
  return (
    <PageSection id="sessions-title" title={t("sessionsTitle")} className="mb-12" headingClassName="mb-3 text-2xl">
      <p className="mb-6 max-w-prose">{t("sessionsBody")}</p>
      {/* A form, so it works without JavaScript; ends every session of the account, this one included. */}
      <form action={signOutEverywhereAction.bind(null, locale)}>
        <Button variant="secondary">{t("signOutEverywhere")}</Button>
      </form>
    </PageSection>
  );
}
