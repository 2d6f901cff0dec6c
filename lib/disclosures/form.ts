import { z } from "zod";
import type { Messages } from "next-intl";
import { text, type FieldDefinition } from "@/lib/applications/fields";
import type { DisclosureForm } from "@/lib/applications/engine";

/** The disclosure forms' questions, named after their messages (`DisclosurePage.fields.<name>`). */
export type DisclosureField = keyof Messages["DisclosurePage"]["fields"] & string;

const yesNo = ["yes", "no"] as const;

/**
 * What an associated person tells the Commission about themselves, on their own, from the e-mailed
 * link (SPEC §5.2 step 3). Declared like an application section, so the same form and check code
 * serve it; its messages are in the DisclosurePage namespace.
 */
export const disclosureFields: readonly FieldDefinition<DisclosureField>[] = [
  { name: "dateOfBirth", control: "date" },
  { name: "homeAddress", control: "address" },
  { name: "convictions", control: "radio", options: yesNo, inline: true },
  { name: "otherInterests", control: "radio", options: yesNo, inline: true },
  { name: "declaration", control: "checkbox" },
];

/**
 * What a premises manager tells the Commission: who they are, as a person does, plus their
 * responsible-service training (Smart Serve, or another the Commission recognizes) and their
 * experience running licensed premises.
 */
export const managerDisclosureFields: readonly FieldDefinition<DisclosureField>[] = [
  { name: "dateOfBirth", control: "date" },
  { name: "homeAddress", control: "address" },
  {
    name: "trainingCertificate",
    control: "text",
    schema: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{4,30}$/),
    width: "medium",
    autoComplete: "off",
  },
  { name: "trainingDate", control: "date" },
  { name: "managementExperience", control: "textarea", schema: text(2000) },
  { name: "convictions", control: "radio", options: yesNo, inline: true },
  { name: "otherInterests", control: "radio", options: yesNo, inline: true },
  { name: "declaration", control: "checkbox" },
];

/**
 * What an associated entity (a corporate shareholder, a partner, a parent company) tells the
 * Commission, through one of its signing officers: where and when it was formed, its head office
 * (anywhere in the world, so written out), who runs and who owns it, its record, and the officer's
 * declaration with their name and title.
 */
export const entityDisclosureFields: readonly FieldDefinition<DisclosureField>[] = [
  { name: "incorporationJurisdiction", control: "text", schema: text(100), width: "medium", autoComplete: "off" },
  { name: "incorporationDate", control: "date" },
  { name: "headOffice", control: "textarea", schema: text(500) },
  { name: "directorsAndOfficers", control: "textarea", schema: text(4000) },
  { name: "majorShareholders", control: "textarea", schema: text(4000), optional: true },
  { name: "entityConvictions", control: "radio", options: yesNo, inline: true },
  { name: "entityOtherInterests", control: "radio", options: yesNo, inline: true },
  { name: "signingOfficerName", control: "text", schema: text(200), autoComplete: "name" },
  {
    name: "signingOfficerTitle",
    control: "text",
    schema: text(100),
    width: "medium",
    autoComplete: "organization-title",
  },
  { name: "entityDeclaration", control: "checkbox" },
];

/** Each form's questions, as the disclosure page asks them and its answers are checked. */
export const disclosureFormFields: Record<DisclosureForm, readonly FieldDefinition<DisclosureField>[]> = {
  person: disclosureFields,
  premises_manager: managerDisclosureFields,
  entity: entityDisclosureFields,
};

/**
 * Every question of every form, once: what a submitted disclosure is read against before its own
 * form keeps only its questions (a field of another form is dropped, never stored).
 */
export const allDisclosureFields: readonly FieldDefinition<DisclosureField>[] = [
  ...new Map(
    Object.values(disclosureFormFields)
      .flat()
      .map((field) => [field.name, field]),
  ).values(),
];

/** A disclosure's answers, only those its form asks. */
export function answersOfForm(form: DisclosureForm, values: Record<string, unknown>): Record<string, unknown> {
  const names = new Set<string>(disclosureFormFields[form].map((field) => field.name));
  return Object.fromEntries(Object.entries(values).filter(([name]) => names.has(name)));
}

/** A link is good for 30 days: long enough to gather papers, short enough not to linger in mailboxes. */
export const DISCLOSURE_LINK_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
