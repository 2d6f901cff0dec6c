import "server-only";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { Tx } from "@/lib/db/transaction";
import {
  MAX_EXTRA_WINDOW_HOURS,
  WEEKLY_MAINTENANCE,
  weeklyOccurrences,
  type MaintenanceMessage,
} from "@/lib/maintenance/window";
import type { Ok, Refused } from "@/lib/result";
import { localDateTimeMoment } from "@/lib/time/local-date-time";
import { forgetRecentSchedule } from "@/lib/maintenance/schedule";
import type { AddMaintenanceWindowInput } from "./schemas";

/**
 * Staff set the maintenance schedule beyond the weekly window (lib/maintenance/window.ts): they add
 * an extra window with its message in both languages, cancel one, or cancel (and restore) a weekly
 * occurrence. Administrators only (manageMaintenance); each change is audited in its transaction.
 * The changes take effect at the next request: writes read the schedule afresh every time; the
 * banner, read by each server process at most every few seconds (lib/maintenance/schedule.ts), is
 * told in this process and follows within those seconds in the others.
 */

const HOUR = 60 * 60 * 1000;

/**
 * Every change to the schedule, in a transaction that takes one lock, so a double click adds one
 * window, not two; then this process's banner reads the schedule again.
 */
async function changeSchedule<T>(change: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('maintenance-windows'))`;
    return change(tx);
  });
  forgetRecentSchedule();
  return result;
}

export type AddWindowResult =
  Ok<{ id: string }> | Refused<"notAllowed"> | Refused<"invalid", { fieldErrors: Record<string, string> }>;

export async function addMaintenanceWindow(
  staff: SessionUser,
  input: AddMaintenanceWindowInput,
  now: Date = new Date(),
): Promise<AddWindowResult> {
  if (!can(staff.role, "manageMaintenance")) return { ok: false, reason: "notAllowed" };
  const startsAt = localDateTimeMoment(input.startsAt);
  const endsAt = localDateTimeMoment(input.endsAt);
  const invalid = (code: string): AddWindowResult => ({
    ok: false,
    reason: "invalid",
    fieldErrors: { endsAt: `AdminMaintenancePage.errors.${code}` },
  });
  // The form checks the order of the times as typed; the night clocks go back can still reverse them.
  if (endsAt <= startsAt) return invalid("endBeforeStart");
  if (endsAt <= now) return invalid("endPassed");
  if (endsAt.getTime() - startsAt.getTime() > MAX_EXTRA_WINDOW_HOURS * HOUR) return invalid("tooLong");

  return changeSchedule(async (tx) => {
    const window = { kind: "extra" as const, startsAt, endsAt, messageFr: input.messageFr, messageEn: input.messageEn };
    // The same window sent twice (a double click, a second tab) is added once.
    const same = await tx.maintenanceWindow.findFirst({
      where: { ...window, cancelledAt: null },
      select: { id: true },
    });
    if (same) return { ok: true, id: same.id };
    const created = await tx.maintenanceWindow.create({ data: { ...window, createdById: staff.id } });
    await audit(
      {
        actor: staff,
        action: "maintenance_window.added",
        subject: { type: "maintenance_window", id: created.id },
        details: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
      },
      tx,
    );
    return { ok: true, id: created.id };
  });
}

/** Cancels an extra window that has not ended (under way: it ends now). False when there is none to cancel. */
export async function cancelMaintenanceWindow(staff: SessionUser, windowId: string, now: Date = new Date()) {
  if (!can(staff.role, "manageMaintenance")) return false;
  return changeSchedule(async (tx) => {
    const { count } = await tx.maintenanceWindow.updateMany({
      where: { id: windowId, kind: "extra", cancelledAt: null, endsAt: { gt: now } },
      data: { cancelledAt: now, cancelledById: staff.id },
    });
    if (count === 0) return false;
    await audit(
      { actor: staff, action: "maintenance_window.cancelled", subject: { type: "maintenance_window", id: windowId } },
      tx,
    );
    return true;
  });
}

/** The weekly occurrence starting at exactly this moment, if there is one. */
function weeklyOccurrenceAt(startsAt: Date) {
  return weeklyOccurrences(WEEKLY_MAINTENANCE, startsAt, new Date(startsAt.getTime() + 1)).find(
    (occurrence) => occurrence.startsAt.getTime() === startsAt.getTime(),
  );
}

/**
 * The weekly window does not happen on this occurrence (named by its start), which must not have
 * ended. Cancelling one already cancelled changes nothing.
 */
export async function cancelWeeklyOccurrence(staff: SessionUser, startsAt: Date, now: Date = new Date()) {
  if (!can(staff.role, "manageMaintenance")) return false;
  const occurrence = weeklyOccurrenceAt(startsAt);
  if (!occurrence || occurrence.endsAt <= now) return false;
  return changeSchedule(async (tx) => {
    const already = await tx.maintenanceWindow.findFirst({
      where: { kind: "weekly_cancelled", startsAt: occurrence.startsAt, cancelledAt: null },
      select: { id: true },
    });
    if (already) return true;
    const created = await tx.maintenanceWindow.create({
      data: { kind: "weekly_cancelled", ...occurrence, createdById: staff.id },
    });
    await audit(
      {
        actor: staff,
        action: "maintenance_window.weekly_cancelled",
        subject: { type: "maintenance_window", id: created.id },
        details: { startsAt: occurrence.startsAt.toISOString() },
      },
      tx,
    );
    return true;
  });
}

/** Undoes cancelWeeklyOccurrence while the occurrence has not ended. */
export async function restoreWeeklyOccurrence(staff: SessionUser, startsAt: Date, now: Date = new Date()) {
  if (!can(staff.role, "manageMaintenance")) return false;
  return changeSchedule(async (tx) => {
    const cancellation = await tx.maintenanceWindow.findFirst({
      where: { kind: "weekly_cancelled", startsAt, cancelledAt: null, endsAt: { gt: now } },
      select: { id: true },
    });
    if (!cancellation) return false;
    await tx.maintenanceWindow.update({
      where: { id: cancellation.id },
      data: { cancelledAt: now, cancelledById: staff.id },
    });
    await audit(
      {
        actor: staff,
        action: "maintenance_window.weekly_restored",
        subject: { type: "maintenance_window", id: cancellation.id },
        details: { startsAt: startsAt.toISOString() },
      },
      tx,
    );
    return true;
  });
}

/** A window on the staff page: a weekly occurrence or an extra window, with whether it still applies. */
export type ComingWindow = {
  startsAt: Date;
  endsAt: Date;
  status: "underWay" | "coming" | "cancelled";
} & (
  { kind: "weekly" } | { kind: "extra"; id: string; message: MaintenanceMessage; addedBy: string | null; addedAt: Date }
);

/** How far ahead the staff page lists the weekly window's occurrences. */
export const COMING_WEEKS = 5;

/**
 * The windows that have not ended, in order: the weekly occurrences of the coming weeks (cancelled
 * ones too, to restore them) and every extra window (cancelled ones too, so staff see what was
 * called off). Null without the permission.
 */
export async function listComingMaintenance(
  staff: SessionUser,
  now: Date = new Date(),
): Promise<ComingWindow[] | null> {
  if (!can(staff.role, "manageMaintenance")) return null;
  const db = getDb();
  const rows = await db.maintenanceWindow.findMany({ where: { endsAt: { gt: now } }, orderBy: { startsAt: "asc" } });
  const authorIds = [...new Set(rows.filter((row) => row.kind === "extra").map((row) => row.createdById))];
  const authors = await db.user.findMany({
    where: { id: { in: authorIds } },
    select: { id: true, firstName: true, lastName: true },
  });
  const nameOf = (id: string) => {
    const author = authors.find((candidate) => candidate.id === id);
    return author ? `${author.firstName} ${author.lastName}` : null;
  };
  const statusOf = (startsAt: Date, cancelled: boolean): ComingWindow["status"] =>
    cancelled ? "cancelled" : startsAt <= now ? "underWay" : "coming";

  const weekly: ComingWindow[] = weeklyOccurrences(
    WEEKLY_MAINTENANCE,
    now,
    new Date(now.getTime() + COMING_WEEKS * 7 * 24 * HOUR),
  ).map((occurrence) => {
    const cancelled = rows.some(
      (row) =>
        row.kind === "weekly_cancelled" &&
        row.cancelledAt === null &&
        row.startsAt.getTime() === occurrence.startsAt.getTime(),
    );
    return { kind: "weekly", ...occurrence, status: statusOf(occurrence.startsAt, cancelled) };
  });
  const extras: ComingWindow[] = rows
    .filter((row) => row.kind === "extra")
    .map((row) => ({
      kind: "extra",
      id: row.id,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      message: { fr: row.messageFr ?? "", en: row.messageEn ?? "" },
      addedBy: nameOf(row.createdById),
      addedAt: row.createdAt,
      status: statusOf(row.startsAt, row.cancelledAt !== null),
    }));
  return [...weekly, ...extras].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
