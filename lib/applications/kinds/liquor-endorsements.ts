import { z } from "zod";
import type { KindNamesOf } from "./names";
import { text, type FieldDefinition } from "../fields";
import type { DocumentRequirement, SavedAnswers, SectionDefinition } from "../engine";
import type { CertificateDetail } from "../outcome";

/**
 * The endorsements a liquor sales licence may carry, applied for with it (seed, step 3: « Sélectionnez
 * le type de demande »). Each lets the licensee sell and serve alcohol in a way the licence alone
 * does not allow; each chosen one has its own questions and documents, and the licence lists it.
 */
export const endorsements = ["catering", "room_service", "mini_bar", "golf_course", "brew_pub", "wine_pub"] as const;
export type Endorsement = (typeof endorsements)[number];

type LiquorSalesNames = KindNamesOf<"LiquorSalesApplication">;

/** The endorsements the answers apply for, in the list's order; anything else saved there is ignored. */
export function chosenEndorsements(answers: SavedAnswers): Endorsement[] {
  const ticked = answers.applicationType?.endorsements;
  return Array.isArray(ticked) ? endorsements.filter((endorsement) => ticked.includes(endorsement)) : [];
}

const isApplyingFor = (endorsement: Endorsement) => (answers: SavedAnswers) =>
  chosenEndorsements(answers).includes(endorsement);

/** Step 3: the licence, and the endorsements applied for with it (none is an answer). */
export const applicationTypeFields: readonly FieldDefinition[] = [
  { name: "endorsements", control: "checkboxes", options: endorsements },
];

/** A whole number typed in a box, from 1 up to `max`. */
const count = (max: number) => z.coerce.number().int().min(1).max(max);
const rooms = count(10_000);

/** Each endorsement's questions, asked on a page of their own only when it is chosen. */
const questions: Record<Endorsement, { section: LiquorSalesNames["section"]; fields: readonly FieldDefinition[] }> = {
  catering: {
    section: "cateringDetails",
    fields: [
      { name: "cateringKitchen", control: "address" },
      { name: "cateringEvents", control: "textarea", schema: text(1000) },
    ],
  },
  room_service: {
    section: "roomServiceDetails",
    fields: [{ name: "guestRooms", control: "text", schema: rooms, width: "short", numeric: true }],
  },
  mini_bar: {
    section: "miniBarDetails",
    fields: [
      { name: "miniBarRooms", control: "text", schema: rooms, width: "short", numeric: true },
      { name: "miniBarLocking", control: "textarea", schema: text(1000) },
    ],
  },
  golf_course: {
    section: "golfCourseDetails",
    fields: [
      { name: "golfHoles", control: "text", schema: count(72), width: "short", numeric: true },
      { name: "beverageCarts", control: "radio", options: ["yes", "no"], inline: true },
      { name: "golfServiceAreas", control: "textarea", schema: text(1000) },
    ],
  },
  brew_pub: {
    section: "brewPubDetails",
    fields: [
      { name: "breweryLicenceNumber", control: "text", schema: text(30), width: "medium", autoComplete: "off" },
      { name: "brewingCapacity", control: "text", schema: count(100_000), width: "short", numeric: true },
    ],
  },
  wine_pub: {
    section: "winePubDetails",
    fields: [{ name: "wineryLicenceNumber", control: "text", schema: text(30), width: "medium", autoComplete: "off" }],
  },
};

/** The endorsements' sections, in the list's order, each shown only while its endorsement is chosen. */
export const endorsementSections: SectionDefinition<LiquorSalesNames>[] = endorsements.map((endorsement) => ({
  id: questions[endorsement].section,
  groupKey: "endorsements",
  page: "form",
  appliesWhen: isApplyingFor(endorsement),
  fields: questions[endorsement].fields,
}));

/** What a chosen endorsement must be shown with: the caterer's kitchen passed inspection; the course's service areas. */
export const endorsementDocuments: DocumentRequirement<LiquorSalesNames>[] = [
  { id: "cateringFoodSafety", isRequired: isApplyingFor("catering") },
  { id: "golfCourseMap", isRequired: isApplyingFor("golf_course") },
];

/**
 * What the licence prints about its endorsements (certificate, licence pages, public check), each
 * named by `Certificate.values.endorsement_<id>`; null when none is chosen: nothing to print.
 */
export function endorsementDetails(answers: SavedAnswers): CertificateDetail[] | null {
  const chosen = chosenEndorsements(answers);
  if (chosen.length === 0) return null;
  return [{ label: "endorsements", values: chosen.map((endorsement) => ({ term: `endorsement_${endorsement}` })) }];
}
