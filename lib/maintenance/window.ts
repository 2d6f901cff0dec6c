import { commissionDays, commissionMoment } from "@/lib/time/commission-clock";

/**
 * When the portal is under maintenance. Pure: every function takes `now` and the schedule — the
 * weekly window, the extra windows staff added and the weekly occurrences they cancelled — so the
 * rules are read (and tested) here, and lib/maintenance/schedule.ts only loads the rows.
 *
 * During maintenance applicants' writes are refused (lib/forms/action.ts, the upload route) and
 * only staff may sign in; pages stay readable; payment confirmations and scheduled jobs go on.
 */

/** A window that comes back every week: `weekday` (0 = Sunday) from `startHour` to `endHour`, Commission time. */
export type WeeklyWindow = { weekday: number; startHour: number; endHour: number };

/** The default: every Sunday from 4:00 to 7:00 a.m., Eastern Time. */
export const WEEKLY_MAINTENANCE: WeeklyWindow = { weekday: 0, startHour: 4, endHour: 7 };

/** What staff tell users about a window they add, in both languages. */
export type MaintenanceMessage = { fr: string; en: string };

export type ExtraWindow = { id: string; startsAt: Date; endsAt: Date; message: MaintenanceMessage };

export type MaintenanceSchedule = {
  weekly: WeeklyWindow;
  extras: readonly ExtraWindow[];
  /** The starts of weekly occurrences staff cancelled. */
  cancelledWeekly: readonly Date[];
};

/**
 * A time when the portal is under maintenance, as users see it: windows that overlap or follow
 * each other without a gap are one period, from the first start to the last end.
 */
export type MaintenancePeriod = {
  startsAt: Date;
  endsAt: Date;
  /** The messages of the extra windows it is made of (none for the weekly window alone). */
  messages: MaintenanceMessage[];
};

/**
 * `?error=maintenance`: the notice a page gets after a form refused by maintenance redirected to it
 * (lib/forms/maintenance.ts), shown on any page by the layout (components/layout/maintenance-refused.tsx).
 */
export const MAINTENANCE_REFUSED_NOTICE = "maintenance";

/** The longest extra window staff may add: a typo must not close the portal for a month. */
export const MAX_EXTRA_WINDOW_HOURS = 72;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** How far ahead the banner warns, first a day ahead, then an hour ahead. */
export const WARN_DAY_AHEAD_MS = DAY;
export const WARN_HOUR_AHEAD_MS = HOUR;

export type WeeklyOccurrence = { startsAt: Date; endsAt: Date };

/** The weekly window's occurrences that overlap [from, to), cancelled or not, in order. */
export function weeklyOccurrences(weekly: WeeklyWindow, from: Date, to: Date): WeeklyOccurrence[] {
  // One day either side: an occurrence in Commission time may start before `from`'s Commission date ends.
  const days = commissionDays(new Date(from.getTime() - DAY), new Date(to.getTime() + DAY));
  return days
    .filter((day) => new Date(`${day}T00:00:00.000Z`).getUTCDay() === weekly.weekday)
    .map((day) => ({
      startsAt: commissionMoment(day, weekly.startHour * 60),
      endsAt: commissionMoment(day, weekly.endHour * 60),
    }))
    .filter((occurrence) => occurrence.startsAt < to && occurrence.endsAt > from);
}

/** Whether this weekly occurrence was cancelled by staff. */
export function isCancelledOccurrence(schedule: MaintenanceSchedule, occurrence: WeeklyOccurrence): boolean {
  return schedule.cancelledWeekly.some((start) => start.getTime() === occurrence.startsAt.getTime());
}

/**
 * The maintenance periods that overlap [from, to), in order: the weekly occurrences that were not
 * cancelled and the extra windows, merged where they overlap or touch. A period is given whole,
 * even where it starts before `from` or ends after `to`.
 */
export function maintenancePeriods(schedule: MaintenanceSchedule, from: Date, to: Date): MaintenancePeriod[] {
  // Wide enough that a chain of windows reaching into [from, to) is merged whole.
  const reach = MAX_EXTRA_WINDOW_HOURS * HOUR + 7 * DAY;
  const windowFrom = new Date(from.getTime() - reach);
  const windowTo = new Date(to.getTime() + reach);
  const windows = [
    ...weeklyOccurrences(schedule.weekly, windowFrom, windowTo)
      .filter((occurrence) => !isCancelledOccurrence(schedule, occurrence))
      .map((occurrence) => ({ ...occurrence, message: null })),
    ...schedule.extras
      .filter((extra) => extra.endsAt > extra.startsAt && extra.startsAt < windowTo && extra.endsAt > windowFrom)
      .map((extra) => ({ startsAt: extra.startsAt, endsAt: extra.endsAt, message: extra.message })),
  ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());

  const periods: MaintenancePeriod[] = [];
  for (const window of windows) {
    const last = periods.at(-1);
    if (last && window.startsAt <= last.endsAt) {
      if (window.endsAt > last.endsAt) last.endsAt = window.endsAt;
      if (window.message) last.messages.push(window.message);
    } else {
      periods.push({
        startsAt: window.startsAt,
        endsAt: window.endsAt,
        messages: window.message ? [window.message] : [],
      });
    }
  }
  return periods.filter((period) => period.startsAt < to && period.endsAt > from);
}

/** The period under way at `now` (from its start, included, to its end, excluded), or null. */
export function currentMaintenance(now: Date, schedule: MaintenanceSchedule): MaintenancePeriod | null {
  return (
    maintenancePeriods(schedule, now, new Date(now.getTime() + 1)).find(
      (period) => period.startsAt <= now && now < period.endsAt,
    ) ?? null
  );
}

/** The next period that starts after `now` and within `withinMs` (a day by default), or null. */
export function nextMaintenance(
  now: Date,
  schedule: MaintenanceSchedule,
  withinMs: number = WARN_DAY_AHEAD_MS,
): MaintenancePeriod | null {
  const until = new Date(now.getTime() + withinMs);
  // One millisecond more: a period starting exactly `withinMs` from now is within.
  return (
    maintenancePeriods(schedule, now, new Date(until.getTime() + 1)).find(
      (period) => period.startsAt > now && period.startsAt <= until,
    ) ?? null
  );
}

/** What the banner says: maintenance under way, within the hour, or within the day. */
export type MaintenanceNotice =
  { phase: "underWay"; period: MaintenancePeriod } | { phase: "withinHour" | "withinDay"; period: MaintenancePeriod };

export function maintenanceNotice(now: Date, schedule: MaintenanceSchedule): MaintenanceNotice | null {
  const current = currentMaintenance(now, schedule);
  if (current) return { phase: "underWay", period: current };
  const next = nextMaintenance(now, schedule, WARN_DAY_AHEAD_MS);
  if (!next) return null;
  return {
    phase: next.startsAt.getTime() - now.getTime() <= WARN_HOUR_AHEAD_MS ? "withinHour" : "withinDay",
    period: next,
  };
}

/** Whole seconds from `now` to the end of a period, at least 1: a `Retry-After`. */
export function secondsUntilEnd(now: Date, period: MaintenancePeriod): number {
  return Math.max(1, Math.ceil((period.endsAt.getTime() - now.getTime()) / 1000));
}
