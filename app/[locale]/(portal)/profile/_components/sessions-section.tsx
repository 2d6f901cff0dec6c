import { useTranslations } from "next-intl";
import type { AppLocale } from "@/lib/i18n/routing";
import { Button } from "@/components/button";
import { signOutEverywhereAction } from "../actions";

/** Signing out on every device. */
export function SessionsSection({ locale }: { locale: AppLocale }) {
  const t = useTranslations("ProfilePage");
  return (
    <section aria-labelledby="sessions-title" className="mb-12">
      <h2 id="sessions-title" className="mb-3 text-2xl">
        {t("sessionsTitle")}
      </h2>
      <p className="mb-6 max-w-prose">{t("sessionsBody")}</p>
      {/* A form, so it works without JavaScript; ends every session of the account, this one included. */}
      <form action={signOutEverywhereAction.bind(null, locale)}>
        <Button variant="secondary">{t("signOutEverywhere")}</Button>
      </form>
    </section>
  );
}
