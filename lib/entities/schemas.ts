import { z } from "zod";

/** A regulatory report as staff publish it; shared by the staff form and the server. */
export const publishReportSchema = z.object({
  entityId: z.uuid(),
  title: z
    .string({ error: "reportTitleRequired" })
    .trim()
    .min(1, { error: "reportTitleRequired" })
    .max(200, { error: "textTooLong" }),
  body: z
    .string({ error: "reportBodyRequired" })
    .trim()
    .min(1, { error: "reportBodyRequired" })
    .max(20_000, { error: "textTooLong" }),
});
