import type { ZodError } from "zod";

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

const NEVER_ECHOED = /password|token|altcha|humanCheck/i;

/** What the user typed, to put back in the form; secrets are left out. */
export function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !NEVER_ECHOED.test(key)) values[key] = value.slice(0, 1000);
  }
  return values;
}

export function invalidForm(error: ZodError, formData: FormData): FormState {
  return { status: "error", fieldErrors: fieldErrorsFrom(error), values: echoValues(formData), submittedAt: Date.now() };
}

export function formFailure(formError: string, formData: FormData, formErrorValues?: Record<string, string | number>): FormState {
  return { status: "error", formError, formErrorValues, values: echoValues(formData), submittedAt: Date.now() };
}

/** FormData → plain object for zod, nesting "a.b" names ({ a: { b } }) as DateField sends them. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$")) continue;
    const [head, tail] = key.split(".", 2) as [string, string | undefined];
    if (tail === undefined) result[head] = value;
    else {
      const nested = (result[head] ??= {}) as Record<string, unknown>;
      nested[tail] = value;
    }
  }
  return result;
}
