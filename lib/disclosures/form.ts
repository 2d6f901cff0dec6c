import type { Messages } from "next-intl";
import type { FieldDefinition } from "@/lib/applications/fields";

/** The disclosure form's questions, named after their messages (`DisclosurePage.fields.<name>`). */
export type DisclosureField = keyof Messages["DisclosurePage"]["fields"] & string;

/**
 * What an associated person tells the Commission about themselves, on their own, from the e-mailed
 * link (SPEC §5.2 step 3). Declared like an application section, so the same form and check code
 * serve it; its messages are in the DisclosurePage namespace.
 */
export const disclosureFields: readonly FieldDefinition<DisclosureField>[] = [
  { name: "dateOfBirth", control: "date" },
  { name: "homeAddress", control: "address" },
  { name: "convictions", control: "radio", options: ["yes", "no"], inline: true },
  { name: "otherInterests", control: "radio", options: ["yes", "no"], inline: true },
  { name: "declaration", control: "checkbox" },
];

/** A link is good for 30 days: long enough to gather papers, short enough not to linger in mailboxes. */
export const DISCLOSURE_LINK_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
