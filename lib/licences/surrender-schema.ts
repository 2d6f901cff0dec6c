import { z } from "zod";
import { commissionToday, type IsoDate } from "@/lib/time/commission-date";
import { dateFromParts, STATUS_REASON_MAX_LENGTH } from "./status-actions";

/**
 * "Surrender this licence", as the holder fills it in; shared by the browser and the server. The
 * day the licence should end is today or later (the Commission's today, judged when parsed); the
 * reason is optional; and the holder confirms they understand a recorded surrender is final. Each
 * field is judged on its own, so every mistake is listed at once.
 */
export function surrenderRequestSchema(now: () => Date = () => new Date()) {
  return z
    .object({
      effectiveOn: z
        .object({ day: z.string(), month: z.string(), year: z.string() })
        .partial()
        .optional()
        .transform((parts, context): IsoDate => {
          const [day, month, year] = [parts?.day, parts?.month, parts?.year].map((part) => part?.trim() ?? "");
          if (day === "" && month === "" && year === "") {
            context.addIssue({ code: "custom", message: "SurrenderPage.errors.dateRequired" });
            return z.NEVER;
          }
          const effectiveOn = dateFromParts({ day: day ?? "", month: month ?? "", year: year ?? "" });
          if (effectiveOn === null) {
            context.addIssue({ code: "custom", message: "SurrenderPage.errors.dateInvalid" });
            return z.NEVER;
          }
          if (effectiveOn < commissionToday(now())) {
            context.addIssue({ code: "custom", message: "SurrenderPage.errors.datePast" });
            return z.NEVER;
          }
          return effectiveOn;
        }),
      surrenderReason: z.string().trim().max(STATUS_REASON_MAX_LENGTH, { error: "textTooLong" }).default(""),
      understood: z.literal("yes", { error: "SurrenderPage.errors.understoodRequired" }),
    })
    .transform(({ effectiveOn, surrenderReason }) => ({ effectiveOn, reason: surrenderReason }));
}

export type SurrenderRequestInput = { effectiveOn: IsoDate; reason: string };
