import { getFormatter, getTranslations } from "next-intl/server";
import type { LicenceDetails } from "@/lib/licences/queries";
import { SummaryList } from "@/components/summary-list";
import { DataTable } from "@/components/data-table";

type Address = { line1?: string; city?: string; province?: string; postalCode?: string };
const formatAddress = (value: unknown) => {
  const address = (value ?? {}) as Address;
  return [address.line1, address.city, address.province, address.postalCode].filter(Boolean).join(", ");
};

/** The licence's particulars: holder, premises, term and dates, then the licensed areas where there are any. */
export async function DetailsSection({ licence }: { licence: LicenceDetails }) {
  const t = await getTranslations("LicencePage");
  const format = await getFormatter();
  const day = (value: Date) => format.dateTime(value, "day");
  return (
    <>
      <h2 className="mb-4 text-2xl">{t("detailsTitle")}</h2>
      <SummaryList
        rows={[
          {
            key: t("holder"),
            value: licence.entity.operatingName
              ? `${licence.entity.legalName} (${licence.entity.operatingName})`
              : licence.entity.legalName,
          },
          {
            key: t("premises"),
            value: licence.premises ? `${licence.premises.name} – ${formatAddress(licence.premises.address)}` : "—",
          },
          ...(licence.termYears === null
            ? []
            : [{ key: t("term"), value: t("termYears", { years: licence.termYears }) }]),
          { key: t("issuedOn"), value: day(licence.issuedOn) },
          { key: t("expiresOn"), value: day(licence.expiresOn) },
        ]}
      />

      {licence.premises && licence.premises.areas.length > 0 ? (
        <DataTable
          caption={t("areasTitle")}
          headers={[t("areaName"), t("areaSetting"), t("areaFloor"), t("areaCapacity")]}
          rows={licence.premises.areas.map((area) => [
            area.name,
            area.indoor ? t("indoor") : t("outdoor"),
            area.floor,
            format.number(area.capacity),
          ])}
        />
      ) : null}
    </>
  );
}
