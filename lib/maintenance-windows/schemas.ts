import { z } from "zod";
import { calendarDate } from "@/lib/time/commission-date";

/**
 * The staff form that adds a maintenance window, shared by the browser (instant checks) and the
 * server action. Its times are on the Commission's clock, as a `datetime-local` field sends them;
 * the rules that need the present (the end is still to come, at most 72 hours) are the server's.
 */

/** "2026-12-06T04:00": a date and a time to the minute. */
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isLocalDateTime(value: string): boolean {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return calendarDate(year, month, day) !== null && hour < 24 && minute < 60;
}

export const MESSAGE_MAX_LENGTH = 500;

const localDateTime = (required: string, invalid: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).refine(isLocalDateTime, { error: invalid });

/** Both languages are required: the banner and the maintenance page show the reader's. */
const message = (required: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(MESSAGE_MAX_LENGTH, { error: "textTooLong" });

export const addMaintenanceWindowSchema = z
  .object({
    startsAt: localDateTime("AdminMaintenancePage.errors.startRequired", "AdminMaintenancePage.errors.startInvalid"),
    endsAt: localDateTime("AdminMaintenancePage.errors.endRequired", "AdminMaintenancePage.errors.endInvalid"),
    messageFr: message("AdminMaintenancePage.errors.messageFrRequired"),
    messageEn: message("AdminMaintenancePage.errors.messageEnRequired"),
  })
  // Same-length strings in this format sort as the times they name.
  .refine((input) => input.endsAt > input.startsAt, {
    path: ["endsAt"],
    error: "AdminMaintenancePage.errors.endBeforeStart",
  });

export type AddMaintenanceWindowInput = z.output<typeof addMaintenanceWindowSchema>;
