import { getTranslations } from "next-intl/server";
import type { RenewalState } from "@/lib/licences/renewal-window";
import type { SurrenderOffer } from "@/lib/licences/surrender";
import type { AppLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { Button, ButtonLink } from "@/components/button";
import { startChangeAction } from "../actions";

/**
 * How a change to the licence is asked for:
 * - `application`: its kind has a change application, and the licence is in force: started here,
 *   or continued when this account already has one open (`own`); only one at a time, so another
 *   person's open change (`otherNumber`) is said instead of a button;
 * - `request`: a message to customer service (the licence has no change application, or it is not
 *   active), as long as the licence has not expired;
 * - `none`: nothing can change any more.
 */
export type ChangeOffer =
  | { type: "application"; own: { id: string; fileNumber: string } | null; otherNumber: string | null }
  | { type: "request" }
  | { type: "none" };

/**
 * What the holder can do with the licence: print its certificate, renew it, change it, ask to
 * surrender it (`surrender` is null for a reader who does not hold it, such as staff).
 */
export async function LicenceActions({
  licenceId,
  renewal,
  change,
  surrender,
  locale,
}: {
  licenceId: string;
  renewal: RenewalState;
  change: ChangeOffer;
  surrender: SurrenderOffer | null;
  locale: AppLocale;
}) {
  const t = await getTranslations("LicencePage");
  return (
    <div className="mb-10">
      <div className="flex flex-wrap gap-3">
        <a
          href={`/api/licences/${licenceId}/certificate?lang=${locale}`}
          className="inline-flex min-h-11 items-center rounded border-2 border-brand px-5 py-2 font-semibold text-brand no-underline visited:text-brand hover:bg-info-bg"
        >
          {t("print")}
        </a>
        {renewal.state === "open" ? <ButtonLink href={`/licences/${licenceId}/renew`}>{t("renew")}</ButtonLink> : null}
        {change.type === "application" && change.own ? (
          <ButtonLink href={`/applications/${change.own.id}`} variant="secondary">
            {t("changeApplication.continue", { number: change.own.fileNumber })}
          </ButtonLink>
        ) : null}
        {change.type === "application" && !change.own && !change.otherNumber ? (
          <form action={startChangeAction.bind(null, locale, licenceId)}>
            <Button variant="secondary">{t("changeApplication.apply")}</Button>
          </form>
        ) : null}
        {change.type === "request" ? (
          <ButtonLink href={`/licences/${licenceId}/change`} variant="secondary">
            {t("requestChange")}
          </ButtonLink>
        ) : null}
        {surrender?.state === "available" ? (
          <ButtonLink href={`/licences/${licenceId}/surrender`} variant="tertiary">
            {t("surrender")}
          </ButtonLink>
        ) : null}
      </div>
      {surrender?.state === "requested" ? (
        <p className="mt-4 max-w-prose">{t("surrenderRequested", { reference: surrender.request.reference })}</p>
      ) : null}
      {change.type === "application" && change.otherNumber ? (
        <p className="mt-4 max-w-prose">{t("changeApplication.inProgressElsewhere", { number: change.otherNumber })}</p>
      ) : null}
      {change.type === "application" ? (
        <p className="mt-4 max-w-prose">
          {t.rich("changeApplication.otherRequest", {
            link: (chunks) => <Link href={`/licences/${licenceId}/change`}>{chunks}</Link>,
          })}
        </p>
      ) : null}
    </div>
  );
}
