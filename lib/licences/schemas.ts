import { z } from "zod";

/** "Request a change" as the licensee fills it in; shared by the browser and the server. */
export const changeKinds = ["address", "licensed_area", "capacity", "other"] as const;

export const changeRequestSchema = z.object({
  licenceId: z.uuid({ error: "licenceRequired" }),
  kind: z.enum(changeKinds, { error: "changeKindRequired" }),
  description: z
    .string({ error: "changeDescriptionRequired" })
    .trim()
    .min(10, { error: "changeDescriptionRequired" })
    .max(5000, { error: "textTooLong" }),
});

export const handleChangeRequestSchema = z.object({
  id: z.uuid(),
  reply: z
    .string({ error: "replyRequired" })
    .trim()
    .min(1, { error: "replyRequired" })
    .max(5000, { error: "textTooLong" }),
});
