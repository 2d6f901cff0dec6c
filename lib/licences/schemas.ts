import { z } from "zod";

/**
 * Staff's decision on a change request (/admin/change-requests/[id]): approve (the change is
 * applied), refuse with reasons, or answer without change. A refusal and an answer need their text;
 * an approval may add a word to the holder.
 */
export const changeDecisions = ["approve", "refuse", "answer"] as const;

export const decideChangeRequestSchema = z
  .object({
    id: z.uuid(),
    decision: z.enum(changeDecisions, { error: "AdminChangeRequestPage.errors.decision" }),
    reply: z.string().trim().max(5000, { error: "textTooLong" }).optional().default(""),
  })
  .refine((value) => value.decision === "approve" || value.reply.length > 0, {
    path: ["reply"],
    error: "AdminChangeRequestPage.errors.reply",
  });
