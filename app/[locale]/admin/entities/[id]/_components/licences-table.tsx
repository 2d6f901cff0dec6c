import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { StaffEntity } from "@/lib/entities/staff";
import { isRenewable } from "@/lib/applications/registry";
import { renewalState } from "@/lib/licences/renewal-window";
import { DataTable } from "@/components/data-table";
import { Button } from "@/components/button";
import { Link } from "@/lib/i18n/navigation";

/**
 * The licences the entity holds, whatever their status. Customer service prints the renewal letter
 * of one inside its renewal window (a post to the letter's route, which answers with the PDF).
 */
export async function LicencesTable({
  licences,
  canPrintLetters,
  now,
}: {
  licences: StaffEntity["licences"];
  canPrintLetters: boolean;
  now: Date;
}) {
  const t = await getTranslations("AdminEntityPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const inWindow = (licence: StaffEntity["licences"][number]) =>
    renewalState({ ...licence, renewable: isRenewable(licence.kind) }, now).state === "open";
  const letters = canPrintLetters && licences.some(inWindow);
  const letterCell = (licence: StaffEntity["licences"][number]) =>
    inWindow(licence) ? (
      <form key="letter" method="post" action={`/api/licences/${licence.id}/renewal-letter`} className="flex gap-2">
        {(["fr", "en"] as const).map((language) => (
          <Button key={language} variant="secondary" name="language" value={language} className="min-h-9 px-3 text-sm">
            {t("printRenewalLetter", { language })}
          </Button>
        ))}
      </form>
    ) : (
      <span key="letter" className="text-muted">
        {t("renewalLetterNotOpen")}
      </span>
    );
  return (
    <>
      <DataTable
        caption={t("licencesTitle")}
        headers={[t("number"), t("kind"), t("status"), t("expiresOn"), ...(letters ? [t("renewalLetter")] : [])]}
        rowHeader={0}
        rows={licences.map((licence) => [
          <Link key="number" href={`/admin/licences/${licence.id}`}>
            {licence.number}
          </Link>,
          terms(`licenceKinds.${licence.kind}`),
          terms(`licenceStatuses.${licence.status}`),
          format.dateTime(licence.expiresOn, "day"),
          ...(letters ? [letterCell(licence)] : []),
        ])}
      />
      {letters ? <p className="-mt-4 mb-8 max-w-prose text-muted">{t("renewalLetterHelp")}</p> : null}
    </>
  );
}
