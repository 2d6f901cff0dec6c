import { COMMISSION_TIME_ZONE } from "./time-zone";

/**
 * Calendar dates ("2026-11-26") as the Commission sees them, in America/Toronto. Licence dates are
 * stored as SQL dates (midnight UTC in a JS Date), so date arithmetic happens on UTC days.
 */
export type IsoDate = `${number}-${number}-${number}`;

// en-CA formats as YYYY-MM-DD. Made once: building a formatter with a time zone costs far more than
// formatting, and a main menu asks the date once per licence (hundreds for an agent).
const commissionDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: COMMISSION_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * The last moment asked and its day: a page asks for the same moment's day once per licence it
 * lists (twice for an agent's hundreds), and formatting it each time was a tenth of that page.
 */
let lastAsked: { time: number; day: IsoDate } | null = null;

export function commissionToday(now: Date): IsoDate {
  const time = now.getTime();
  if (lastAsked?.time !== time) lastAsked = { time, day: commissionDay.format(now) as IsoDate };
  return lastAsked.day;
}

export function isoDateToUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function utcToIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10) as IsoDate;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const result = isoDateToUtc(date);
  result.setUTCDate(result.getUTCDate() + days);
  return utcToIsoDate(result);
}

/** Days from `from` to `to` (both calendar dates; negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export function addYears(date: IsoDate, years: number): IsoDate {
  const result = isoDateToUtc(date);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return utcToIsoDate(result);
}

/**
 * The date typed in day, month and year boxes, as midnight UTC (how a `@db.Date` is read), or null
 * when it is not a real calendar date: 31 February, a month 13, a blank or a fraction, or a
 * two-digit year (JavaScript would read "26" as 1926). Callers add their own rules (past, range).
 */
export function calendarDate(year: number | string, month: number | string, day: number | string): Date | null {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  if (![y, m, d].every(Number.isInteger)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}
