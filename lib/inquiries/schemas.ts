import { z } from "zod";
import { inquirySubjects, MESSAGE_MAX_LENGTH, staffQueueFilters } from "./rules";

/**
 * One zod schema per form, shared by the browser and the server action. Messages are keys
 * ("Inquiry.…"), translated where they are shown. Objects drop unknown keys, so a form never
 * carries more than its own fields (no status, owner or author from the client).
 */

/** What the person typed, trimmed, with the browser's CRLF line breaks made plain newlines. */
export const messageField = z
  .string({ error: "Inquiry.messageRequired" })
  .trim()
  .overwrite((value) => value.replace(/\r\n?/g, "\n"))
  .min(1, { error: "Inquiry.messageRequired" })
  .max(MESSAGE_MAX_LENGTH, { error: "Inquiry.messageTooLong" });

export const newInquirySchema = z.object({
  subject: z.enum(inquirySubjects, { error: "Inquiry.subjectRequired" }),
  /** "" (the "not about a business" choice) or absent (no linked business) both mean none. */
  entityId: z
    .string({ error: "Inquiry.entityInvalid" })
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.uuid({ error: "Inquiry.entityInvalid" }).optional()),
  message: messageField,
});
export type NewInquiryInput = z.infer<typeof newInquirySchema>;

export const replySchema = z.object({ message: messageField });

/** The staff buttons on an inquiry: only ids travel, and only these are read. */
export const inquiryActionSchema = z.object({ inquiryId: z.uuid() });
export const unlinkFromInquirySchema = z.object({ inquiryId: z.uuid(), linkId: z.uuid() });

/** The staff queue's GET form; anything odd falls back to the open inquiries, page 1. */
export const staffQueueQuerySchema = z.object({
  status: z.enum(staffQueueFilters).catch("open"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type StaffQueueQuery = z.infer<typeof staffQueueQuerySchema>;
