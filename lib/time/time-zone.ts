/** The Commission's time zone: every date a user sees, and every deadline, is in it. */
export const COMMISSION_TIME_ZONE = "America/Toronto";

/** A moment as the day it is at the Commission, written out in the reader's language ("26 novembre 2026"). */
export function formatCommissionDay(moment: Date, locale: "fr" | "en"): string {
  return new Intl.DateTimeFormat(`${locale}-CA`, { dateStyle: "long", timeZone: COMMISSION_TIME_ZONE }).format(moment);
}
