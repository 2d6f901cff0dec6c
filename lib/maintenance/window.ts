import { COMMISSION_TIME_ZONE } from "@/lib/time/time-zone";

/**
 * The weekly maintenance window: Sunday 4:00–7:00, Commission time (America/Toronto).
 * During it, sign-in and submissions are refused; payment confirmations still complete.
 * Pure: depends only on `now`. Staff-configurable windows build on this later.
 */

export type WeeklyWindow = { weekday: number; startHour: number; endHour: number };

/** weekday: 0 = Sunday. Hours are local to the Commission's time zone. */
export const DEFAULT_MAINTENANCE_WINDOW: WeeklyWindow = { weekday: 0, startHour: 4, endHour: 7 };

const weekdayIndex: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function localParts(now: Date): { weekday: number; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: COMMISSION_TIME_ZONE,
    weekday: "short",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return { weekday: weekdayIndex[get("weekday")] ?? -1, minutes: Number(get("hour")) * 60 + Number(get("minute")) };
}

export function isInMaintenanceWindow(now: Date, window: WeeklyWindow = DEFAULT_MAINTENANCE_WINDOW): boolean {
  const local = localParts(now);
  return (
    local.weekday === window.weekday && local.minutes >= window.startHour * 60 && local.minutes < window.endHour * 60
  );
}

/** True in the 24 hours before the window opens, so the portal can warn ahead. */
export function isMaintenanceSoon(now: Date, window: WeeklyWindow = DEFAULT_MAINTENANCE_WINDOW): boolean {
  if (isInMaintenanceWindow(now, window)) return false;
  const dayBefore = (window.weekday + 6) % 7;
  const local = localParts(now);
  const opensAt = window.startHour * 60;
  return (
    (local.weekday === dayBefore && local.minutes >= opensAt) ||
    (local.weekday === window.weekday && local.minutes < opensAt)
  );
}
