import { commissionMoment } from "./commission-clock";
import { calendarDate, type IsoDate } from "./commission-date";

/**
 * A date and time as a staff form's `datetime-local` field sends it ("2026-12-06T04:00"), read on
 * the Commission's clock: maintenance windows and news items are scheduled this way.
 */
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isLocalDateTime(value: string): boolean {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return calendarDate(year, month, day) !== null && hour < 24 && minute < 60;
}

/** "2026-12-06T04:00" (already checked by isLocalDateTime) → the moment the Commission's clock shows it. */
export function localDateTimeMoment(localDateTime: string): Date {
  const [date = "", time = ""] = localDateTime.split("T");
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  return commissionMoment(date as IsoDate, hour * 60 + minute);
}
