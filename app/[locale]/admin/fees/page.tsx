import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { listFeeSchedule } from "@/lib/fees/queries";
import { DataTable } from "@/components/data-table";
import { PageHeading } from "@/components/page-heading";
import { formatMoney } from "@/lib/i18n/format";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminFeesPage" }))("title") };
}

/** The fee schedule every order is computed from, with the demo figures marked as such. */
export default async function AdminFeesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const staff = await requirePermission("viewFeeSchedule");
  const rows = await listFeeSchedule(staff);
  const t = await getTranslations("AdminFeesPage");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, "day");
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <DataTable
        caption={t("caption")}
        headers={[t("kind"), t("action"), t("term"), t("amount"), t("effective")]}
        rows={rows.map((row) => [
          <span key="kind" className="font-mono text-sm">
            {row.kind}
          </span>,
          t(`actions.${row.action}`),
          row.termYears === null ? t("noTerm") : t("years", { years: row.termYears }),
          <span key="amount">
            {formatMoney(row.amountCents, locale)}
            {row.isDemoFigure ? <span className="block text-sm text-muted">{t("demoFigure")}</span> : null}
          </span>,
          row.effectiveTo
            ? t("between", { from: day(row.effectiveFrom), to: day(row.effectiveTo) })
            : t("since", { from: day(row.effectiveFrom) }),
        ])}
      />
    </>
  );
}
