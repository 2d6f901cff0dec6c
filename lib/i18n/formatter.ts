import { createFormatter, useLocale } from "next-intl";
import { COMMISSION_TIME_ZONE } from "@/lib/time/time-zone";
import { intlLocale } from "./format";
import { formats } from "./formats";
import type { AppLocale } from "./routing";

function formatterIn(locale: AppLocale) {
  // The Canadian variant, as e-mails and PDFs write (./format.ts): « 21 h 30 », "9:30 p.m.".
  // next-intl types a locale as one of the routing's; Intl takes any BCP 47 tag.
  const canadian = intlLocale(locale) as AppLocale;
  return createFormatter({ locale: canadian, timeZone: COMMISSION_TIME_ZONE, formats });
}

/**
 * next-intl's formatter (`format.dateTime(date, "long")`, `format.number(…)`), one per language for
 * the whole process. next-intl's own (`getFormatter`, `useFormatter`) is made for each request and
 * builds its `Intl` formats again each time; building one (a time zone, a locale's data) costs far
 * more than formatting with it, and a queue or a main menu formats dozens of dates. A formatter
 * remembers the formats it has built, so these are built once. The request's time zone and named
 * formats (./request.ts), in the language's Canadian variant.
 */
const formatters: Record<AppLocale, ReturnType<typeof formatterIn>> = {
  fr: formatterIn("fr"),
  en: formatterIn("en"),
};

/** The formatter of pages in this language (server components that know their locale). */
export function formatterFor(locale: AppLocale) {
  return formatters[locale];
}

/** The same, for a component that cannot await: next-intl's `useLocale` reads the page's language. */
export function useFormatter() {
  return formatterFor(useLocale());
}
