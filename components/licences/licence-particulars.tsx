import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { LicenceDetails } from "@/lib/licences/queries";
import { printedDetails } from "@/lib/licences/printed-details";
import type { AppLocale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { SummaryList } from "@/components/summary-list";
import { DataTable } from "@/components/data-table";
import { DetailLines } from "@/components/detail-lines";

type Address = { line1?: string; city?: string; province?: string; postalCode?: string };
const formatAddress = (value: unknown) => {
  const address = (value ?? {}) as Address;
  return [address.line1, address.city, address.province, address.postalCode].filter(Boolean).join(", ");
};

/**
 * The licence's particulars: holder, premises, what its kind prints on the certificate (a permit's
 * event days, place and class), term and dates, then the licensed areas where there are any. Shown
 * on the licence page, and where a renewal asks whether they are still correct.
 */
export async function LicenceParticulars({
  licence,
  locale,
  title,
  headingId,
}: {
  licence: LicenceDetails;
  locale: AppLocale;
  title: string;
  headingId?: string;
}) {
  const t = await getTranslations("LicencePage");
  const format = await getFormatter();
  const day = (value: Date) => format.dateTime(value, "day");
  return (
    <>
      <h2 id={headingId} className="mb-4 text-2xl">
        {title}
      </h2>
      <SummaryList
        rows={[
          {
            key: t("holder"),
            value: licence.entity.operatingName
              ? `${licence.entity.legalName} (${licence.entity.operatingName})`
              : licence.entity.legalName,
          },
          ...(licence.premises
            ? [{ key: t("premises"), value: `${licence.premises.name} – ${formatAddress(licence.premises.address)}` }]
            : []),
          ...printedDetails(licence.details, locale, translatorFor(locale)).map((detail) => ({
            key: detail.label,
            value: <DetailLines lines={detail.lines} />,
          })),
          ...(licence.termYears === null
            ? []
            : [{ key: t("term"), value: t("termYears", { years: licence.termYears }) }]),
          { key: t("issuedOn"), value: day(licence.issuedOn) },
          // A permit with no term ends on its last event day rather than expiring.
          { key: licence.termYears === null ? t("lastDay") : t("expiresOn"), value: day(licence.expiresOn) },
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
