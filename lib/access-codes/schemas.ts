import { z } from "zod";

/** What customer service records when issuing a code; shared by the staff form and the server. */
export const verificationMethods = ["security_questions", "callback_on_file", "identity_document", "other"] as const;

/** A method as stored (a plain string column): one of the above for every code the form issued. */
export function isVerificationMethod(value: string): value is (typeof verificationMethods)[number] {
  return verificationMethods.some((method) => method === value);
}

export const issueAccessCodeSchema = z.object({
  entityId: z.uuid(),
  callerPersonId: z.uuid({ error: "callerRequired" }),
  verificationMethod: z.enum(verificationMethods, { error: "verificationMethodRequired" }),
  verificationNote: z
    .string({ error: "verificationNoteRequired" })
    .trim()
    .min(10, { error: "verificationNoteRequired" })
    .max(1000, { error: "textTooLong" }),
});
export type IssueAccessCodeInput = z.infer<typeof issueAccessCodeSchema>;

/** The code as typed (its own rules normalise it); only an empty field is refused. Form and server. */
export const redeemAccessCodeSchema = z.object({
  accessCode: z
    .string({ error: "accessCodeRequired" })
    .refine((value) => value.trim() !== "", { error: "accessCodeRequired" })
    .transform((value) => value.slice(0, 100)),
});
