import { useTranslations } from "next-intl";
import type { FactRow } from "@/lib/licences/change-proposals";
import { useFactLabel, useFactValue } from "@/components/licences/change-facts";
import { DataTable } from "@/components/data-table";
import { NotificationBanner } from "@/components/notification-banner";

/** The facts side by side: on file and proposed (or, once approved, before and after). */
export function ComparedFacts({
  kind,
  approved,
  left,
  right,
  areaGone,
  sharedPremises,
}: {
  kind: string;
  approved: boolean;
  left: FactRow[];
  right: FactRow[];
  areaGone: boolean;
  sharedPremises: number;
}) {
  const t = useTranslations("AdminChangeRequestPage");
  const label = useFactLabel();
  const value = useFactValue();
  return (
    <>
      {areaGone ? <NotificationBanner tone="warning" title={t("areaGone")} headingLevel={3} /> : null}
      {sharedPremises > 0 ? (
        <NotificationBanner tone="warning" title={t("sharedPremises", { count: sharedPremises })} headingLevel={3} />
      ) : null}
      {kind === "operating_name" || kind === "contact" ? <p className="mb-4">{t("holderWide")}</p> : null}
      <DataTable
        caption={approved ? t("appliedCaption") : t("comparisonCaption")}
        rowHeader={0}
        headers={[t("fact"), approved ? t("before") : t("onFile"), approved ? t("after") : t("proposed")]}
        rows={right.map((row, index) => {
          const other = left[index];
          return [label(row), other ? value(other) : "—", <strong key="value">{value(row)}</strong>];
        })}
      />
    </>
  );
}
