import { z } from "zod";
import type { LicenceStatus } from "@/lib/db/generated/client";
import { calendarDate, commissionToday, utcToIsoDate, type IsoDate } from "@/lib/time/commission-date";

/**
 * What the Commission's officers do to a licence's status (SPEC §5.6): suspend it (for a while or
 * until further notice), cancel it, reinstate a suspended one, and record the surrender its holder
 * asked for. Pure rules, shared by the staff form and lib/licences/status-changes, which is the
 * one writer.
 */

export const licenceStatusActions = ["suspend", "cancel", "reinstate", "recordSurrender"] as const;
export type LicenceStatusAction = (typeof licenceStatusActions)[number];

/** The statuses each action starts from. Nothing starts from expired, cancelled or surrendered. */
const allowedFrom = {
  suspend: ["active"],
  cancel: ["active", "suspended"],
  reinstate: ["suspended"],
  recordSurrender: ["active", "suspended"],
} as const satisfies Record<LicenceStatusAction, readonly LicenceStatus[]>;

/** The status each action leaves the licence in. */
export const statusAfter = {
  suspend: "suspended",
  cancel: "cancelled",
  reinstate: "active",
  recordSurrender: "surrendered",
} as const satisfies Record<LicenceStatusAction, LicenceStatus>;

/** A cancelled or surrendered licence is over: a new application is the only way back. */
export function isFinalStatus(status: LicenceStatus): boolean {
  return status === "cancelled" || status === "surrendered";
}

export function isLicenceStatusAction(value: unknown): value is LicenceStatusAction {
  return (licenceStatusActions as readonly unknown[]).includes(value);
}

/** The actions an officer may take on a licence in this status, in the order the page offers them. */
export function statusActionsFrom(status: LicenceStatus): LicenceStatusAction[] {
  return licenceStatusActions.filter((action) => (allowedFrom[action] as readonly LicenceStatus[]).includes(status));
}

export type StatusTransition = { ok: true; to: LicenceStatus } | { ok: false; reason: "notAllowedFromStatus" };

export function statusTransition(from: LicenceStatus, action: LicenceStatusAction): StatusTransition {
  return (allowedFrom[action] as readonly LicenceStatus[]).includes(from)
    ? { ok: true, to: statusAfter[action] }
    : { ok: false, reason: "notAllowedFromStatus" };
}

// ---------------------------------------------------------------------------------------------------
// What the officer types

export const STATUS_REASON_MAX_LENGTH = 2000;

/** The reason, as the holder will read it in the licence's history. */
export function isValidStatusReason(reason: string): boolean {
  const trimmed = reason.trim();
  return trimmed.length >= 1 && trimmed.length <= STATUS_REASON_MAX_LENGTH;
}

/** A suspension's last day: a calendar date on or after the Commission's today (inclusive). */
export function isValidLastDay(lastDay: IsoDate, now: Date): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(lastDay) && lastDay >= commissionToday(now);
}

/** Day, month and year boxes, any of them missing or blank. */
const dateParts = z
  .object({ day: z.string(), month: z.string(), year: z.string() })
  .partial()
  .optional()
  .transform((parts) => ({
    day: parts?.day?.trim() ?? "",
    month: parts?.month?.trim() ?? "",
    year: parts?.year?.trim() ?? "",
  }));

/** A real calendar date from boxes with a four-digit year, or null. */
export function dateFromParts({ day, month, year }: { day: string; month: string; year: string }): IsoDate | null {
  const date = /^\d{4}$/.test(year) ? calendarDate(year, month, day) : null;
  return date === null ? null : utcToIsoDate(date);
}

/**
 * The staff form for one action (field names are the page's: `statusReason`, `lastDay.day`…). A
 * suspension may have a last day, left blank for "until further notice"; the other actions have
 * none. The last day is judged against the Commission's today when the form is parsed. Each field
 * is judged on its own, so a form with several mistakes lists them all at once.
 */
export function statusActionSchema(action: LicenceStatusAction, now: () => Date = () => new Date()) {
  return z
    .object({
      statusReason: z
        .string({ error: "AdminLicencePage.statusSection.errors.reasonRequired" })
        .trim()
        .min(1, { error: "AdminLicencePage.statusSection.errors.reasonRequired" })
        .max(STATUS_REASON_MAX_LENGTH, { error: "textTooLong" }),
      lastDay: dateParts.transform((parts, context): IsoDate | null => {
        if (action !== "suspend" || (parts.day === "" && parts.month === "" && parts.year === "")) return null;
        const lastDay = dateFromParts(parts);
        if (lastDay === null) {
          context.addIssue({ code: "custom", message: "AdminLicencePage.statusSection.errors.dateInvalid" });
          return z.NEVER;
        }
        if (!isValidLastDay(lastDay, now())) {
          context.addIssue({ code: "custom", message: "AdminLicencePage.statusSection.errors.datePast" });
          return z.NEVER;
        }
        return lastDay;
      }),
    })
    .transform(({ statusReason, lastDay }) => ({ reason: statusReason, lastDay }));
}

export type StatusActionInput = { reason: string; lastDay: IsoDate | null };
