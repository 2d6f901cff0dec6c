import type { RuleBreach } from "@/lib/applications/outcome";
import { formatCalendarDay } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { calendarDate, type IsoDate } from "@/lib/time/commission-date";

/**
 * A broken rule's values for its message (`rules.<rule>` in the kind's messages): a calendar day
 * ("2026-07-18") written as the reader writes it, anything else as it is.
 */
export function readableRuleValues(values: RuleBreach["values"], locale: AppLocale): RuleBreach["values"] {
  if (!values) return undefined;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === "string" && isIsoDay(value) ? formatCalendarDay(value, locale) : value,
    ]),
  );
}

function isIsoDay(value: string): value is IsoDate {
  const [year = "", month = "", day = ""] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)?.slice(1) ?? [];
  return calendarDate(year, month, day) !== null;
}
