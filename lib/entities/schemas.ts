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

/** The roles staff may put on file by hand (prisma EntityPersonRole). */
export const personRoles = [
  "officer",
  "director",
  "shareholder",
  "partner",
  "sole_proprietor",
  "premises_manager",
] as const;

const reason = z
  .string({ error: "personReasonRequired" })
  .trim()
  .min(5, { error: "personReasonRequired" })
  .max(1000, { error: "textTooLong" });

const personFields = z.object({
  firstName: z
    .string({ error: "firstNameRequired" })
    .trim()
    .min(1, { error: "firstNameRequired" })
    .max(100, { error: "textTooLong" }),
  lastName: z
    .string({ error: "lastNameRequired" })
    .trim()
    .min(1, { error: "lastNameRequired" })
    .max(100, { error: "textTooLong" }),
  email: z.union([z.literal(""), z.email({ error: "emailInvalid" }).max(254, { error: "textTooLong" })]).optional(),
  role: z.enum(personRoles, { error: "personRoleRequired" }),
  sharePercent: z
    .union([z.literal(""), z.coerce.number({ error: "sharePercentInvalid" }).min(0.01).max(100)], {
      error: "sharePercentInvalid",
    })
    .optional(),
  reason,
});

/** A shareholder is on file with their share. */
const withShare = <T extends z.ZodType<{ role: string; sharePercent?: number | "" }>>(schema: T) =>
  schema.refine((person) => person.role !== "shareholder" || typeof person.sharePercent === "number", {
    path: ["sharePercent"],
    error: "sharePercentInvalid",
  });

/** A person staff add to an entity's file, and why (a change the Commission consented to, a correction). */
export const addPersonFormSchema = withShare(personFields);
export const addPersonSchema = withShare(personFields.extend({ entityId: z.uuid() }));

/** A person staff take off an entity's file, and why. */
export const endPersonSchema = z.object({
  entityId: z.uuid(),
  personId: z.uuid({ error: "personToEndRequired" }),
  reason,
});
