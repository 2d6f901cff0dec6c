import { getFormatter, getTranslations } from "next-intl/server";
import type { StaffEntity } from "@/lib/entities/staff";
import { DataTable } from "@/components/data-table";

/** The licences the entity holds, whatever their status. */
export async function LicencesTable({ licences }: { licences: StaffEntity["licences"] }) {
  const t = await getTranslations("AdminEntityPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  return (
    <DataTable
      caption={t("licencesTitle")}
      headers={[t("number"), t("kind"), t("status"), t("expiresOn")]}
      rows={licences.map((licence) => [
        licence.number,
        terms(`licenceKinds.${licence.kind}`),
        terms(`licenceStatuses.${licence.status}`),
        format.dateTime(licence.expiresOn, "day"),
      ])}
    />
  );
}
