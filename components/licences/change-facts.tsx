import { useTranslations } from "next-intl";
import { useFormatter } from "@/lib/i18n/formatter";
import { factRows, type FactRow } from "@/lib/licences/change-proposals";

/** A fact's label: the field's, or an area's name. */
export function useFactLabel() {
  const t = useTranslations("ChangeFacts");
  return (row: FactRow) => (row.field === "area" ? t("area", { name: row.name }) : t(row.field));
}

/** A fact's value as shown: an area's capacity in people, or the text on file ("none" when empty). */
export function useFactValue() {
  const t = useTranslations("ChangeFacts");
  const format = useFormatter();
  return (row: FactRow) =>
    row.field === "area"
      ? t("people", { count: row.value, formatted: format.number(row.value) })
      : (row.value ?? t("none"));
}

/**
 * The facts a change request is about (as proposed, before or after approval), one line each.
 * Unreadable facts show nothing rather than fail the page.
 */
export function ChangeFacts({ kind, facts }: { kind: string; facts: unknown }) {
  const label = useFactLabel();
  const value = useFactValue();
  const rows = factRows(kind, facts);
  if (rows.length === 0) return null;
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
      {rows.map((row, index) => (
        <div key={index} className="contents">
          <dt className="font-semibold">{label(row)}</dt>
          <dd className="mb-1 break-words sm:mb-0">{value(row)}</dd>
        </div>
      ))}
    </dl>
  );
}
