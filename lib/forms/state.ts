import type { ZodError } from "zod";
import { addressParts } from "./address-parts";

/**
 * What a form's server action returns when it does not redirect. Messages are keys of the
 * `Validation` namespace (or of the page's own namespace for form-level errors), translated where
 * they are shown; `values` echoes what was typed (never passwords) so nothing is lost.
 */
export type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string>;
  formError?: string;
  /** Extra values for the message (e.g. minutes before a lockout ends). */
  formErrorValues?: Record<string, string | number>;
  /** A page that explains the form-level error (the maintenance page): its path, and a message key for the link. */
  formErrorLink?: { href: string; label: string };
  values?: Record<string, string>;
  /** What a successful action shows once without leaving the page (e.g. a newly issued code). */
  result?: Record<string, string>;
  /** Changes on every submission so the error summary takes focus again. */
  submittedAt?: number;
};

export const idleForm: FormState = { status: "idle" };

/** The first message of each field, keyed by its dotted path ("dateOfBirth.day" → "dateOfBirth"). */
export function fieldErrorsFrom(error: ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The parts a date field sends (`dateOfBirth.day`, …). */
export const DATE_PARTS = ["day", "month", "year"] as const;

/** A date's parts and an address's (`address.postalCode`, ./address.ts): the only nesting a form declares. */
const NESTED_PARTS: readonly string[] = [...DATE_PARTS, ...addressParts];

/** A field name our forms use: a letter, then letters, digits, "_" or "-" (never "__proto__"). */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,99}$/;
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function isFieldName(name: string): boolean {
  return FIELD_NAME.test(name) && !PROTOTYPE_KEYS.has(name);
}

/** A field's name, or a date's or an address's part ("dateOfBirth.day", "address.city"). */
function isFormName(name: string): boolean {
  const [head = "", part, ...rest] = name.split(".");
  return isFieldName(head) && rest.length === 0 && (part === undefined || NESTED_PARTS.includes(part));
}

const NEVER_ECHOED = /password|token|altcha|humanCheck/i;

/**
 * Longer than any field the forms accept (messages and descriptions take up to 5,000 characters),
 * so a long answer refused for another field comes back whole; a forged huge value does not.
 */
const ECHO_MAX_LENGTH = 10_000;

/** What the user typed, to put back in the form; secrets and names no form uses are left out. */
export function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && isFormName(key) && !NEVER_ECHOED.test(key))
      values[key] = value.slice(0, ECHO_MAX_LENGTH);
  }
  return values;
}

export function invalidForm(error: ZodError, formData: FormData): FormState {
  return {
    status: "error",
    fieldErrors: fieldErrorsFrom(error),
    values: echoValues(formData),
    submittedAt: Date.now(),
  };
}

export function formFailure(
  formError: string,
  formData: FormData,
  formErrorValues?: Record<string, string | number>,
): FormState {
  return { status: "error", formError, formErrorValues, values: echoValues(formData), submittedAt: Date.now() };
}

/**
 * FormData → plain data for zod. Objects have no prototype, so no field name can reach
 * Object.prototype; a name is either a field ("email") or a date's or an address's part ("dateOfBirth.day").
 * Anything else ("__proto__.x", "email.x", "a.b.c") is dropped, and a name sent both as a value and
 * as a date keeps the value, so the schema reports the field: a validation error, never a crash.
 * As in a browser's form, the last of two fields with one name wins.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = Object.create(null);
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || !isFormName(key)) continue;
    const [head, part] = key.split(".") as [string, string | undefined];
    if (part === undefined) {
      result[head] = value;
      continue;
    }
    const group = (result[head] ??= Object.create(null)) as Record<string, unknown> | string;
    if (typeof group === "object") group[part] = value;
  }
  return result;
}
