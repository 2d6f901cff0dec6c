import { z } from "zod";

/**
 * "Record the resolution" of a flagged payment, as staff fill it in: how it was settled and a note
 * saying what was done. Messages are keys of AdminPaymentsPage.attention.errors.
 */
export const flagResolutions = ["refund_made", "applied", "written_off"] as const;
export type FlagResolution = (typeof flagResolutions)[number];

export const NOTE_MAX_LENGTH = 2000;

export const flagResolutionSchema = z.object({
  resolution: z.enum(flagResolutions, { error: "resolution" }),
  note: z
    .string({ error: "note" })
    .trim()
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .min(1, { error: "note" })
    .max(NOTE_MAX_LENGTH, { error: "noteTooLong" }),
});
export type FlagResolutionInput = z.infer<typeof flagResolutionSchema>;
