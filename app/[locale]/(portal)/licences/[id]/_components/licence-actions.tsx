import { getTranslations } from "next-intl/server";
import type { RenewalState } from "@/lib/licences/renewal-window";
import type { AppLocale } from "@/lib/i18n/routing";
import { ButtonLink } from "@/components/button";

/** What the holder can do with the licence: print its certificate, renew it, ask for a change. */
export async function LicenceActions({
  licenceId,
  renewal,
  locale,
}: {
  licenceId: string;
  renewal: RenewalState;
  locale: AppLocale;
}) {
  const t = await getTranslations("LicencePage");
  return (
    <div className="mb-10 flex flex-wrap gap-3">
      <a
        href={`/api/licences/${licenceId}/certificate?lang=${locale}`}
        className="inline-flex min-h-11 items-center rounded border-2 border-brand px-5 py-2 font-semibold text-brand no-underline visited:text-brand hover:bg-info-bg"
      >
        {t("print")}
      </a>
      {renewal.state === "open" ? <ButtonLink href={`/licences/${licenceId}/renew`}>{t("renew")}</ButtonLink> : null}
      {renewal.state !== "expired" ? (
        <ButtonLink href={`/licences/${licenceId}/change`} variant="secondary">
          {t("requestChange")}
        </ButtonLink>
      ) : null}
    </div>
  );
}
