import { COMMISSION_TIME_ZONE } from "./time-zone";
import { addDays, type IsoDate } from "./commission-date";

/**
 * Moments and the Commission's wall clock (America/Toronto), both ways: what the clock shows at a
 * moment, and the moment it shows a given date and time. Rules stated in Commission time ("Sunday
 * from 4:00 to 7:00") go through here, so they hold on the weekends the clocks change.
 */

/** What the Commission's clock shows: the date, the day of the week (0 = Sunday) and the minutes since midnight. */
export type CommissionClock = { date: IsoDate; weekday: number; minutes: number };

const wallClock = new Intl.DateTimeFormat("en-US", {
  timeZone: COMMISSION_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function wallParts(moment: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = wallClock.formatToParts(moment);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

export function commissionClock(moment: Date): CommissionClock {
  const { year, month, day, hour, minute } = wallParts(moment);
  const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { date: date as IsoDate, weekday: new Date(`${date}T00:00:00.000Z`).getUTCDay(), minutes: hour * 60 + minute };
}

/** Minutes the Commission's clock is ahead of UTC at a moment (−300 in winter, −240 in summer). */
function offsetMinutes(moment: number): number {
  const { year, month, day, hour, minute } = wallParts(new Date(moment));
  const wholeMinute = Math.floor(moment / 60_000) * 60_000;
  return Math.round((Date.UTC(year, month - 1, day, hour, minute) - wholeMinute) / 60_000);
}

/**
 * The moment the Commission's clock shows `minutes` after midnight on `date` (2026-11-29, 4:00 →
 * 09:00 UTC). A time the clock skips when it goes forward (2:30 on the second Sunday of March) is
 * read as the same time on the new clock (3:30); a time it shows twice when it goes back (1:30 on
 * the first Sunday of November) is the first of the two.
 */
export function commissionMoment(date: IsoDate, minutes: number): Date {
  const key = `${date} ${minutes}`;
  let moment = knownMoments.get(key);
  if (moment === undefined) {
    moment = momentOnClock(date, minutes);
    if (knownMoments.size >= KNOWN_MOMENTS_LIMIT) knownMoments.clear();
    knownMoments.set(key, moment);
  }
  return new Date(moment);
}

/**
 * Moments already worked out: the maintenance banner asks for the same few weekly windows on every
 * page, and each costs four time-zone conversions. The answer for a date and time never changes.
 */
const knownMoments = new Map<string, number>();
const KNOWN_MOMENTS_LIMIT = 5000;

function momentOnClock(date: IsoDate, minutes: number): number {
  const wall = Date.parse(`${date}T00:00:00.000Z`) + minutes * 60_000;
  const first = wall - offsetMinutes(wall) * 60_000;
  const second = wall - offsetMinutes(first) * 60_000;
  const exact = [first, second].filter((moment) => moment + offsetMinutes(moment) * 60_000 === wall);
  return exact.length > 0 ? Math.min(...exact) : Math.max(first, second);
}

/** The Commission's calendar days from `from` to `to`, both included. */
export function commissionDays(from: Date, to: Date): IsoDate[] {
  const last = commissionClock(to).date;
  const days: IsoDate[] = [];
  for (let day = commissionClock(from).date; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}
