import type { AppLocale } from "@/lib/i18n/routing";
import { commissionClock } from "@/lib/time/commission-clock";
import { COMMISSION_TIME_ZONE } from "@/lib/time/time-zone";
import type { MaintenancePeriod } from "./window";

/**
 * A maintenance period in words, Commission time, for the messages that say when it starts and
 * ends: « dimanche 6 décembre », « 4 h 00 », "Sunday, December 6 at 7:00 a.m.". Every message
 * adds "(Eastern Time)" itself.
 */
export type PeriodWords = {
  /** "yes" when it starts and ends on the same day: "on Sunday, December 6 from 4:00 to 7:00 a.m.". */
  sameDay: "yes" | "no";
  day: string;
  startTime: string;
  endTime: string;
  start: string;
  end: string;
};

function formatter(locale: AppLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(`${locale}-CA`, { ...options, timeZone: COMMISSION_TIME_ZONE });
}

const DAY: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" };
const TIME: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit" };

/** A moment with its day and time: "Sunday, December 6 at 7:00 a.m.", « dimanche 6 décembre à 7 h 00 ». */
export function formatMaintenanceMoment(moment: Date, locale: AppLocale): string {
  return formatter(locale, { ...DAY, ...TIME }).format(moment);
}

export function describePeriod(period: Pick<MaintenancePeriod, "startsAt" | "endsAt">, locale: AppLocale): PeriodWords {
  // A period ending at midnight belongs to the day it started.
  const lastMinute = new Date(period.endsAt.getTime() - 60_000);
  return {
    sameDay: commissionClock(period.startsAt).date === commissionClock(lastMinute).date ? "yes" : "no",
    day: formatter(locale, DAY).format(period.startsAt),
    startTime: formatter(locale, TIME).format(period.startsAt),
    endTime: formatter(locale, TIME).format(period.endsAt),
    start: formatMaintenanceMoment(period.startsAt, locale),
    end: formatMaintenanceMoment(period.endsAt, locale),
  };
}
