import { z } from "zod";
import { isLocalDateTime } from "@/lib/time/local-date-time";

/**
 * The staff form that adds a maintenance window, shared by the browser (instant checks) and the
 * server action. Its times are on the Commission's clock, as a `datetime-local` field sends them;
 * the rules that need the present (the end is still to come, at most 72 hours) are the server's.
 */

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
