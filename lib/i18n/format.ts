import type { AppLocale } from "./routing";
import { COMMISSION_TIME_ZONE } from "@/lib/time/time-zone";
import type { IsoDate } from "@/lib/time/commission-date";

/**
 * Dates and money written out for a reader, outside next-intl's request formatter (e-mails, PDFs,
 * jobs) and wherever a page shows an amount. Two kinds of date must not be confused:
 *
 * - a **calendar day** (a licence's expiry date, a fee's effective date) is a `@db.Date`, read as
 *   midnight UTC: formatted in UTC, or Toronto would show the day before;
 * - a **moment** (a payment, a printing) is a real instant: shown as the Commission's clock read it.
 *
 * Pages that use next-intl's formatter name the same formats in `./formats.ts` ("day", "long", "time").
 */

/** The Canadian variant of each language: « 1 055,00 $ », "$1,055.00", « 19 h 00 ». Pages' formatter uses it too. */
export function intlLocale(locale: AppLocale): string {
  return `${locale}-CA`;
}

/**
 * Each formatter is made once per locale and options: building one (a time zone, a currency) costs
 * far more than formatting with it, and a page may format hundreds of dates or amounts.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: AppLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), options)));
  return format;
}

/** « 26 novembre 2026 », "November 26, 2026": a calendar day as stored (an ISO date or a `@db.Date`). */
export function formatCalendarDay(day: Date | IsoDate, locale: AppLocale): string {
  const date = typeof day === "string" ? new Date(`${day}T00:00:00.000Z`) : day;
  return dateFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** The day a moment falls on at the Commission (« 26 novembre 2026 »): a link's expiry, a deadline. */
export function formatCommissionDay(moment: Date, locale: AppLocale): string {
  return dateFormat(locale, { dateStyle: "long", timeZone: COMMISSION_TIME_ZONE }).format(moment);
}

/** A moment with its time, Commission time: « 26 novembre 2026 à 10 h 00 », "November 26, 2026 at 10:00 a.m.". */
export function formatMoment(moment: Date, locale: AppLocale): string {
  return dateFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: COMMISSION_TIME_ZONE }).format(moment);
}

/**
 * An amount in cents as the reader writes it: "$1,055.00" or « 1 055,00 $ » for dollars
 * (narrowSymbol: not "CA$" or « $ CA » on a Canadian portal); another currency keeps its code
 * ("USD 12.00"), so it is never mistaken for dollars.
 */
export function formatMoney(cents: number, locale: AppLocale, currency = "CAD"): string {
  const key = `${locale} ${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    const display = currency === "CAD" ? "narrowSymbol" : "code";
    format = new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency, currencyDisplay: display });
    moneyFormats.set(key, format);
  }
  return format.format(cents / 100);
}
