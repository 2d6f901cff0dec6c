import { useTranslations } from "next-intl";
import type { FactRow } from "@/lib/licences/change-proposals";
import { useFactLabel, useFactValue } from "@/components/licences/change-facts";

/** What an approved change did, line by line: each fact before and after. */
export function ChangeFactsBeforeAfter({ before, after }: { before: FactRow[]; after: FactRow[] }) {
  const t = useTranslations("ChangeFacts");
  const label = useFactLabel();
  const value = useFactValue();
  return (
    <ul className="mt-1 space-y-1 text-sm">
      {after.map((row, index) => {
        const previous = before[index];
        return (
          <li key={index}>
            {t("beforeAfter", {
              label: label(row),
              before: previous ? value(previous) : t("none"),
              after: value(row),
            })}
          </li>
        );
      })}
    </ul>
  );
}
