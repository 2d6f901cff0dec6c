import { z } from "zod";
import { calendarDate, commissionToday, utcToIsoDate, type IsoDate } from "@/lib/time/commission-date";
import { STATUS_REASON_MAX_LENGTH } from "./status-actions";

/**
 * "Surrender this licence", as the holder fills it in; shared by the browser and the server. The
 * day the licence should end is today or later (the Commission's today, judged when parsed); the
 * reason is optional; and the holder confirms they understand a recorded surrender is final.
 */
export function surrenderRequestSchema(now: () => Date = () => new Date()) {
  return z
    .object({
      effectiveOn: z
        .object({ day: z.string().trim(), month: z.string().trim(), year: z.string().trim() })
        .partial()
        .optional(),
      surrenderReason: z.string().trim().max(STATUS_REASON_MAX_LENGTH, { error: "textTooLong" }).default(""),
      understood: z.literal("yes", { error: "SurrenderPage.errors.understoodRequired" }),
    })
    .transform((input, context) => {
      const { day = "", month = "", year = "" } = input.effectiveOn ?? {};
      if (day === "" && month === "" && year === "") {
        context.addIssue({ code: "custom", path: ["effectiveOn"], message: "SurrenderPage.errors.dateRequired" });
        return z.NEVER;
      }
      const date = /^\d{4}$/.test(year) ? calendarDate(year, month, day) : null;
      if (date === null) {
        context.addIssue({ code: "custom", path: ["effectiveOn"], message: "SurrenderPage.errors.dateInvalid" });
        return z.NEVER;
      }
      const effectiveOn = utcToIsoDate(date);
      if (effectiveOn < commissionToday(now())) {
        context.addIssue({ code: "custom", path: ["effectiveOn"], message: "SurrenderPage.errors.datePast" });
        return z.NEVER;
      }
      return { effectiveOn, reason: input.surrenderReason };
    });
}

export type SurrenderRequestInput = { effectiveOn: IsoDate; reason: string };
