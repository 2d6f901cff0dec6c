import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import {
  MAX_EXTRA_WINDOW_HOURS,
  WEEKLY_MAINTENANCE,
  currentMaintenance,
  maintenanceNotice,
  type MaintenanceNotice,
  type MaintenancePeriod,
  type MaintenanceSchedule,
} from "./window";

/**
 * The maintenance schedule as stored: the weekly window (a constant) with the extra windows and
 * cancelled weekly occurrences staff set (MaintenanceWindow rows), read once per request. The rules
 * themselves are in ./window.ts. Public information: every visitor sees the banner, so no acting
 * user is needed to read it.
 *
 * The clock is the process's (`new Date()` by default): tests set it with vi.setSystemTime, or pass `now`.
 */

const DAY = 24 * 60 * 60 * 1000;

/**
 * The rows that can still matter on a UTC day: not cancelled, and not ended long before it (a
 * period reaching into the day may have started a whole extra window earlier). Keyed by the day so
 * that React's per-request cache shares one query between the layout's banner, the page and an action.
 */
async function readScheduleForDay(dayStart: number): Promise<MaintenanceSchedule> {
  const rows = await getDb().maintenanceWindow.findMany({
    where: {
      cancelledAt: null,
      endsAt: { gt: new Date(dayStart - MAX_EXTRA_WINDOW_HOURS * 60 * 60 * 1000 - 8 * DAY) },
    },
    select: { id: true, kind: true, startsAt: true, endsAt: true, messageFr: true, messageEn: true },
    orderBy: { startsAt: "asc" },
  });
  return {
    weekly: WEEKLY_MAINTENANCE,
    extras: rows
      .filter((row) => row.kind === "extra")
      .map((row) => ({
        id: row.id,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        message: { fr: row.messageFr ?? "", en: row.messageEn ?? "" },
      })),
    cancelledWeekly: rows.filter((row) => row.kind === "weekly_cancelled").map((row) => row.startsAt),
  };
}
const scheduleForDay = cache(readScheduleForDay);

const dayStartOf = (now: Date) => Math.floor(now.getTime() / DAY) * DAY;

export function loadMaintenanceSchedule(now: Date = new Date()): Promise<MaintenanceSchedule> {
  return scheduleForDay(dayStartOf(now));
}

/** How long a server process shows the banner it last worked out. */
export const NOTICE_SCHEDULE_SECONDS = 10;

let recent: { dayStart: number; readAt: number; notice: Promise<MaintenanceNotice | null> } | null = null;

/**
 * The banner, worked out at most every NOTICE_SCHEDULE_SECONDS by each server process instead of
 * on every page view (a query and the weekly windows' time-zone arithmetic). Staff changes made in
 * this process show at once (forgetRecentSchedule); another process shows them, and the banner
 * moves from "within the day" to "within the hour" to "under way", within those seconds. Writes
 * never use it: they check maintenanceUnderWay, read afresh.
 */
function recentNotice(now: Date): Promise<MaintenanceNotice | null> {
  const dayStart = dayStartOf(now);
  const fresh =
    recent && recent.dayStart === dayStart && Math.abs(now.getTime() - recent.readAt) < NOTICE_SCHEDULE_SECONDS * 1000;
  if (fresh && recent) return recent.notice;
  const notice = readScheduleForDay(dayStart).then((schedule) => maintenanceNotice(now, schedule));
  const entry = { dayStart, readAt: now.getTime(), notice };
  recent = entry;
  // A failed read is not kept: the next page view tries again.
  notice.catch(() => {
    if (recent === entry) recent = null;
  });
  return notice;
}

/** After staff change the schedule: this process's banner is worked out again on the next page. */
export function forgetRecentSchedule(): void {
  recent = null;
}

/** The maintenance period under way, or null: what every applicant write checks first. */
export async function maintenanceUnderWay(now: Date = new Date()): Promise<MaintenancePeriod | null> {
  return currentMaintenance(now, await loadMaintenanceSchedule(now));
}

/** What the banner shows now (under way, within the hour, within the day), or null. */
export async function currentMaintenanceNotice(now: Date = new Date()): Promise<MaintenanceNotice | null> {
  return recentNotice(now);
}
