import { z, type ZodType } from "zod";
import { addYears, calendarDate, commissionToday, utcToIsoDate, type IsoDate } from "@/lib/time/commission-date";
import type { KindNamespace } from "./kinds/names";
import { addressParts, addressSchema } from "@/lib/forms/address";

/**
 * Questions as data. A section lists its fields; from them the engine derives the section's zod
 * schema, the form (components/applications/section-fields.tsx) and the "check your answers"
 * rows — so a field is declared once and its label, hint, options and error message are looked up
 * by name in the kind's messages (`fields.<name>`, `options.<name>.<value>`, `errors.<name>`).
 */
export type FieldDefinition<Name extends string = string> = {
  name: Name;
  /** Shown and kept only while another field of the same form has this value ("if different"). */
  when?: { field: string; equals: string };
  optional?: boolean;
} & (
  | {
      control: "text";
      schema: ZodType;
      inputType?: "text" | "email" | "tel";
      autoComplete?: string;
      width?: "full" | "medium" | "short" | "code";
      numeric?: boolean;
    }
  | { control: "textarea"; schema: ZodType }
  | { control: "radio"; options: readonly string[]; inline?: boolean }
  | { control: "select"; options: readonly string[] }
  /**
   * Tick any of the options, or none: each ticked box sends its option under the field's name. Saved
   * as the list of ticked options, in the options' order; an empty list is an answer ("none").
   */
  | { control: "checkboxes"; options: readonly string[] }
  | { control: "address" }
  /** Day, month and year boxes: a day in the past (a birth date) unless `range` is "future" (an event day). */
  | { control: "date"; range?: "past" | "future" }
  /** One box to tick, e.g. a declaration; sends "yes". */
  | { control: "checkbox" }
);

/** The namespaces whose messages describe fields by name: each kind's, and the disclosure form's. */
export type FieldsNamespace = KindNamespace | "DisclosurePage";

/** An address is asked the same way everywhere (lib/forms/address.ts); the engine's callers find it here too. */
export { addressParts, addressSchema, isProvince, provinces } from "@/lib/forms/address";

export const text = (max = 200) => z.string().trim().min(1).max(max);

const datePartsSchema = z.object({
  day: z.string().regex(/^\d{1,2}$/),
  month: z.string().regex(/^\d{1,2}$/),
  year: z.string().regex(/^\d{4}$/),
});

/** A real calendar date, typed as day, month and year boxes, in the past. */
export const pastDateSchema = datePartsSchema.refine(({ day, month, year }) => {
  const date = calendarDate(year, month, day);
  return date !== null && Number(year) >= 1900 && date.getTime() < Date.now();
});

/** How far ahead a future date may be: an event is applied for at most this many years before it. */
export const FUTURE_DATE_YEARS = 2;

/**
 * A real calendar date from today (the Commission's today, in Toronto) up to FUTURE_DATE_YEARS
 * ahead: an event day. Judged when parsed, so a draft saved last month is judged against today.
 */
export const futureDateSchema = datePartsSchema.refine(({ day, month, year }) => {
  const date = calendarDate(year, month, day);
  if (date === null) return false;
  const today = commissionToday(new Date());
  const typed = utcToIsoDate(date);
  return typed >= today && typed <= addYears(today, FUTURE_DATE_YEARS);
});

/** A saved date answer ({day, month, year} as typed) as a calendar date, or null when it is not a real one. */
export function dateAnswer(value: unknown): IsoDate | null {
  const parsed = datePartsSchema.safeParse(value);
  if (!parsed.success) return null;
  const date = calendarDate(parsed.data.year, parsed.data.month, parsed.data.day);
  return date === null ? null : utcToIsoDate(date);
}

/** An answer as a list names its item by it: text as typed, a date answer as its calendar date, anything else "". */
export function answerText(value: unknown): string {
  return typeof value === "string" ? value : (dateAnswer(value) ?? "");
}

/** A calendar date as the date boxes hold it: "2027-06-05" → {day: "5", month: "6", year: "2027"}. */
export function dateBoxes(date: IsoDate): { day: string; month: string; year: string } {
  const [year, month, day] = date.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year: String(year) };
}

function valueSchema(field: FieldDefinition): ZodType {
  switch (field.control) {
    case "radio":
    case "select":
      return z.enum(field.options as [string, ...string[]]);
    case "checkboxes":
      return z
        .array(z.enum(field.options as [string, ...string[]]))
        .refine((ticked) => new Set(ticked).size === ticked.length);
    case "address":
      return addressSchema;
    case "date":
      return field.range === "future" ? futureDateSchema : pastDateSchema;
    case "checkbox":
      return z.literal("yes");
    default:
      return field.schema;
  }
}

function isApplicable(field: FieldDefinition, values: Record<string, unknown>): boolean {
  return !field.when || values[field.when.field] === field.when.equals;
}

/**
 * The schema of a form built from fields: each applicable field must be valid; optional and
 * not-applicable ones may be absent. Issues keep the field's path so errors land beside it.
 */
export function schemaOf(fields: readonly FieldDefinition[]): ZodType<Record<string, unknown>> {
  return z.record(z.string(), z.unknown()).superRefine((values, context) => {
    for (const field of fields) {
      const value = values[field.name];
      if (!isApplicable(field, values) || (value === undefined && field.optional)) continue;
      // A group left empty reports each of its parts, so every box gets its own message.
      const isGroup = field.control === "address" || field.control === "date";
      const result = valueSchema(field).safeParse(isGroup ? (value ?? {}) : value);
      if (result.success) continue;
      const issues = isGroup ? result.error.issues : result.error.issues.slice(0, 1);
      for (const issue of issues)
        context.addIssue({ code: "custom", path: [field.name, ...issue.path.map(String)], message: issue.message });
    }
  });
}

function cleanString(value: FormDataEntryValue | null): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed.slice(0, 5000);
}

/**
 * What a submitted form says for these fields, and nothing else: unknown names are ignored, blank
 * answers are absent, and a field whose condition is not met is dropped (an address "if different"
 * typed and then set back to "same" is not kept).
 */
export function readFields(fields: readonly FieldDefinition[], formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.control === "address" || field.control === "date") {
      const parts = field.control === "address" ? addressParts : (["day", "month", "year"] as const);
      const nested = Object.fromEntries(
        parts
          .map((part) => [part, cleanString(formData.get(`${field.name}.${part}`))])
          .filter(([, value]) => value !== undefined),
      );
      if (Object.keys(nested).length > 0) values[field.name] = nested;
    } else if (field.control === "checkboxes") {
      // An unticked box sends nothing: no box at all is the answer "none", not a missing one.
      const ticked = new Set(formData.getAll(field.name));
      values[field.name] = field.options.filter((option) => ticked.has(option));
    } else {
      const value = cleanString(formData.get(field.name));
      if (value !== undefined) values[field.name] = value;
    }
  }
  for (const field of fields) if (!isApplicable(field, values)) delete values[field.name];
  return values;
}

/** Where each error is shown: the input's id ("mailing.postalCode") → the message key to translate. */
export function fieldErrors(
  fields: readonly FieldDefinition[],
  values: unknown,
  messages: string,
): Record<string, string> {
  const result = schemaOf(fields).safeParse(values ?? {});
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const [name, part] = issue.path.map(String) as [string, string | undefined];
    const field = fields.find((candidate) => candidate.name === name);
    if (!field) continue;
    if (field.control === "address") errors[`${name}.${part ?? "line1"}`] ??= `Address.errors.${part ?? "line1"}`;
    else if (field.control === "date") errors[name] ??= `${messages}.errors.${name}`;
    else errors[name] ??= `${messages}.errors.${name}`;
  }
  return errors;
}

/** Whether a field is asked, given the other answers of its form. */
export function applicableFields(
  fields: readonly FieldDefinition[],
  values: Record<string, unknown>,
): FieldDefinition[] {
  return fields.filter((field) => isApplicable(field, values));
}
