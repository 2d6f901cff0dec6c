import { z } from "zod";
import { isWellFormedAccessCode, normalizeAccessCode } from "@/lib/access-codes/format";
import { calendarDate } from "@/lib/time/commission-date";
import { checkPasswordRule, PASSWORD_MAX_LENGTH } from "./password-rule";

/**
 * One zod schema per form, shared by the browser (instant validation) and the server action.
 * Messages are keys of the `Validation` namespace, translated where they are shown.
 */
export const emailField = z
  .string({ error: "emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, { error: "emailRequired" })
  .max(254, { error: "emailInvalid" })
  .pipe(z.email({ error: "emailInvalid" }));

const requiredText = (key: string, max = 100) =>
  z.string({ error: key }).trim().min(1, { error: key }).max(max, { error: "textTooLong" });

/** A password typed to sign in or to prove who you are: checked against the hash, never against the rule. */
const currentPassword = z
  .string({ error: "passwordRequired" })
  .min(1, { error: "passwordRequired" })
  .max(PASSWORD_MAX_LENGTH * 4, { error: "passwordTooLong" });

export const phoneField = z
  .string({ error: "phoneRequired" })
  .trim()
  .min(1, { error: "phoneRequired" })
  .max(30, { error: "phoneInvalid" })
  .refine(
    (value) => /^[+()\d\s.-]+((ext|poste|x)\.?\s*\d{1,6})?$/i.test(value) && (value.match(/\d/g)?.length ?? 0) >= 10,
    {
      error: "phoneInvalid",
    },
  );

export const localeField = z.enum(["fr", "en"], { error: "localeRequired" });

/**
 * New password + confirmation, with the seed's rule. The server also checks the blocklist
 * (password-policy.ts), which is too big to send to the browser.
 */
function withNewPassword<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({
      ...shape,
      password: z.string({ error: "passwordRequired" }),
      passwordConfirm: z.string({ error: "passwordConfirmRequired" }),
    })
    .superRefine((value, context) => {
      const record = value as Record<string, unknown>;
      const password = String(record.password ?? "");
      const confirm = String(record.passwordConfirm ?? "");
      const problem = password ? checkPasswordRule(password) : "passwordRequired";
      if (problem) context.addIssue({ code: "custom", path: ["password"], message: problem });
      if (!confirm) context.addIssue({ code: "custom", path: ["passwordConfirm"], message: "passwordConfirmRequired" });
      else if (password && confirm !== password)
        context.addIssue({ code: "custom", path: ["passwordConfirm"], message: "passwordMismatch" });
    });
}

export const registerSchema = withNewPassword({
  email: emailField,
  firstName: requiredText("firstNameRequired"),
  lastName: requiredText("lastNameRequired"),
  phone: phoneField,
  locale: localeField,
  accessCode: z
    .string()
    .trim()
    .max(40, { error: "accessCodeInvalid" })
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || isWellFormedAccessCode(value), { error: "accessCodeInvalid" })
    .transform((value) => (value === undefined ? undefined : normalizeAccessCode(value))),
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const activateSchema = z.object({ token: z.string().min(1).max(200), password: currentPassword });

export const signInSchema = z.object({ email: emailField, password: currentPassword });

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = withNewPassword({ token: z.string().min(1).max(200) });

export const changePasswordSchema = withNewPassword({ currentPassword });

/** Date of birth from three boxes; empty means "not given". */
const dateOfBirthField = z
  .object({ day: z.string().trim().max(2), month: z.string().trim().max(2), year: z.string().trim().max(4) })
  .transform((parts, context) => {
    if (!parts.day && !parts.month && !parts.year) return null;
    const date = calendarDate(parts.year, parts.month, parts.day);
    if (!date || !/^\d{4}$/.test(parts.year)) {
      context.addIssue({ code: "custom", message: "dateOfBirthInvalid" });
      return z.NEVER;
    }
    const age = (Date.now() - date.getTime()) / (365.25 * 24 * 3600 * 1000);
    if (age < 18 || age > 120) {
      context.addIssue({ code: "custom", message: "dateOfBirthOutOfRange" });
      return z.NEVER;
    }
    return date;
  });

export const profileSchema = z.object({ phone: phoneField, dateOfBirth: dateOfBirthField, locale: localeField });
