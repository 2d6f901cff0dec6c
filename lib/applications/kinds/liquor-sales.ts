import { z } from "zod";
import type { KindDeclaration } from "./names";
import { text, type FieldDefinition } from "../fields";
import { listItems, type SavedAnswers } from "../engine";
import type { ApplicantRecord, AreaRecord, FeeBasis } from "../outcome";
import { associatedEntities, associatedPeople, entityRelationships, joining, premisesManagers } from "../people";
import {
  applicationTypeFields,
  endorsementDetails,
  endorsementDocuments,
  endorsementSections,
} from "./liquor-endorsements";

/**
 * The new liquor sales licence (seed: « Comment puis-je demander un nouveau permis d'alcool? »).
 * Each section is one small topic; its fields decide when it is complete. Messages live in the
 * LiquorSalesApplication namespace.
 */
export const yesNo = ["yes", "no"] as const;
/** An e-mail address and a phone number as every kind asks them. */
export const emailSchema = z.email().max(254);
export const phoneSchema = z
  .string()
  .max(30)
  .refine((value) => value.replace(/\D/g, "").length >= 10);

const personName: FieldDefinition[] = [
  { name: "firstName", control: "text", schema: text(100), autoComplete: "off", width: "medium" },
  { name: "lastName", control: "text", schema: text(100), autoComplete: "off", width: "medium" },
];

/** A premises manager's fields, shared with the renewal (which lists the managers on file). */
export const premisesManagerFields: readonly FieldDefinition[] = [
  ...personName,
  { name: "managerEmail", control: "text", schema: emailSchema, inputType: "email", autoComplete: "off" },
];

/** The associated persons' fields, shared with the renewal (same people, same questions). */
export const associatedPersonFields: readonly FieldDefinition[] = [
  ...personName,
  { name: "email", control: "text", schema: emailSchema, inputType: "email", autoComplete: "off" },
  {
    name: "role",
    control: "select",
    options: ["officer", "director", "shareholder", "partner", "sole_proprietor", "other_interest"],
  },
  {
    name: "sharePercent",
    control: "text",
    schema: z.coerce.number().min(0).max(100),
    optional: true,
    width: "short",
    numeric: true,
  },
];

/**
 * An associated entity's fields — a corporate shareholder, a partner, a parent company — shared with
 * the renewal. The entity itself (a signing officer) says where and when it was formed, on its
 * disclosure form; the applicant names it, its tie and who receives the link.
 */
export const associatedEntityFields: readonly FieldDefinition[] = [
  { name: "entityName", control: "text", schema: text(), autoComplete: "off" },
  {
    name: "entityBusinessNumber",
    control: "text",
    schema: z.string().regex(/^\d{9}$/),
    optional: true,
    width: "code",
    numeric: true,
  },
  { name: "relationship", control: "radio", options: entityRelationships },
  {
    name: "entitySharePercent",
    control: "text",
    schema: z.coerce.number().gt(0).max(100),
    width: "short",
    numeric: true,
    when: { field: "relationship", equals: "shareholder" },
  },
  { name: "signingOfficerEmail", control: "text", schema: emailSchema, inputType: "email", autoComplete: "off" },
];

/** The Yes/No questions and the tax compliance attestation, asked again at each renewal. */
export const declarationQuestions: readonly FieldDefinition[] = [
  { name: "convictions", control: "radio", options: yesNo, inline: true },
  { name: "otherLicences", control: "radio", options: yesNo, inline: true },
  { name: "financialInterest", control: "radio", options: yesNo, inline: true },
  { name: "taxComplianceNumber", control: "text", schema: z.string().regex(/^[A-Za-z0-9]{15}$/), width: "medium" },
  { name: "taxComplianceStatus", control: "radio", options: ["compliant", "not_compliant"] },
];

export const applicantTypes = [
  "association",
  "corporation",
  "first_nation",
  "partnership",
  "limited_partnership",
  "sole_proprietorship",
  "non_profit",
  "other",
] as const;

const TERMS = [2, 4];

/** The term chosen in the "term" section, in years; null until one offered is chosen. */
export function chosenYears(answers: SavedAnswers): number | null {
  const years = Number(answers.term?.termYears);
  return TERMS.includes(years) ? years : null;
}

/** A liquor licence is priced per term: the schedule's row for the chosen term. */
export function termFee(scheduleKind: string, action: FeeBasis["action"], answers: SavedAnswers): FeeBasis | null {
  const years = chosenYears(answers);
  return years === null ? null : { scheduleKind, action, termYears: years, quantity: 1 };
}

const optionalText = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

/** The business as the applicant sections describe it (shared with the transfer: the buyer is described the same way). */
export function describedBusiness(answers: SavedAnswers): ApplicantRecord {
  const details = answers.applicantDetails ?? {};
  const contact = answers.contactDetails ?? {};
  const addresses = answers.addresses ?? {};
  return {
    type: "business",
    business: {
      legalName: String(details.legalName ?? ""),
      operatingName: optionalText(details.operatingName),
      entityType: String(answers.applicantType?.applicantType ?? "other"),
      businessNumber: optionalText(details.businessNumber),
      email: optionalText(contact.email),
      phone: optionalText(contact.phone),
      mailingAddress: addresses.mailing ?? null,
      physicalAddress: (addresses.physicalSameAsMailing === "no" ? addresses.physical : addresses.mailing) ?? null,
    },
  };
}

/** A list item of licensed areas as the licence keeps it. */
export function areaRecord(item: Record<string, unknown>): AreaRecord {
  return {
    name: String(item.areaName),
    indoor: item.setting !== "outdoor",
    floor: String(item.floor),
    capacity: Number(item.capacity),
  };
}

/** Who the business is: asked of a new licence's applicant and of a transfer's buyer. */
export const applicantDetailsFields: readonly FieldDefinition[] = [
  { name: "legalName", control: "text", schema: text(), autoComplete: "organization" },
  { name: "operatingName", control: "text", schema: text(), optional: true },
  {
    name: "businessNumber",
    control: "text",
    schema: z.string().regex(/^\d{9}$/),
    optional: true,
    width: "code",
    numeric: true,
  },
];

/** How the Commission reaches the applicant. */
export const contactDetailsFields: readonly FieldDefinition[] = [
  { name: "contactName", control: "text", schema: text(), autoComplete: "name" },
  { name: "email", control: "text", schema: emailSchema, inputType: "email", autoComplete: "email" },
  { name: "phone", control: "text", schema: phoneSchema, inputType: "tel", autoComplete: "tel", width: "medium" },
];

/** The business's addresses, each "if different" from the mailing address. */
export const addressFields: readonly FieldDefinition[] = [
  { name: "mailing", control: "address" },
  { name: "physicalSameAsMailing", control: "radio", options: yesNo, inline: true },
  { name: "physical", control: "address", when: { field: "physicalSameAsMailing", equals: "no" } },
  { name: "businessSameAsMailing", control: "radio", options: yesNo, inline: true },
  { name: "business", control: "address", when: { field: "businessSameAsMailing", equals: "no" } },
];

/** An area of the premises, as the licence keeps it (see `areaRecord`). */
export const areaFields: readonly FieldDefinition[] = [
  { name: "areaName", control: "text", schema: text(100), width: "medium" },
  { name: "setting", control: "radio", options: ["indoor", "outdoor"], inline: true },
  { name: "floor", control: "text", schema: text(50), width: "short" },
  {
    name: "capacity",
    control: "text",
    schema: z.coerce.number().int().min(1).max(100_000),
    width: "short",
    numeric: true,
  },
];

export const liquorSalesNew: KindDeclaration<"LiquorSalesApplication"> = {
  id: "liquor_sales_new",
  prefix: "LSL",
  type: "new",
  messages: "LiquorSalesApplication",
  sector: "alcohol",
  sections: [
    {
      id: "applicationType",
      groupKey: "about",
      page: "form",
      fields: applicationTypeFields,
    },
    {
      id: "applicantType",
      groupKey: "applicant",
      page: "form",
      fields: [{ name: "applicantType", control: "radio", options: applicantTypes }],
    },
    {
      id: "applicantDetails",
      groupKey: "applicant",
      page: "form",
      requires: ["applicantType"],
      fields: applicantDetailsFields,
    },
    {
      id: "contactDetails",
      groupKey: "applicant",
      page: "form",
      fields: contactDetailsFields,
    },
    {
      id: "addresses",
      groupKey: "applicant",
      page: "form",
      fields: addressFields,
    },
    {
      id: "associatedPersons",
      groupKey: "people",
      page: "list",
      requires: ["applicantType"],
      min: 1,
      max: 50,
      labelFields: ["firstName", "lastName"],
      disclosures: { emailField: "email" },
      fields: associatedPersonFields,
    },
    {
      id: "associatedEntities",
      groupKey: "people",
      page: "list",
      requires: ["applicantType"],
      // Optional: most applicants are owned by people only.
      min: 0,
      max: 20,
      labelFields: ["entityName"],
      disclosures: { emailField: "signingOfficerEmail", form: "entity" },
      fields: associatedEntityFields,
    },
    {
      id: "premisesDetails",
      groupKey: "premises",
      page: "form",
      fields: [
        { name: "premisesName", control: "text", schema: text() },
        { name: "establishment", control: "radio", options: ["restaurant", "bar", "hotel", "event_venue", "other"] },
        { name: "description", control: "textarea", schema: text(1000), optional: true },
      ],
    },
    {
      id: "premisesAddresses",
      groupKey: "premises",
      page: "form",
      fields: [
        { name: "premisesPhysical", control: "address" },
        { name: "mailingSameAsPhysical", control: "radio", options: yesNo, inline: true },
        { name: "premisesMailing", control: "address", when: { field: "mailingSameAsPhysical", equals: "no" } },
      ],
    },
    {
      id: "premisesContact",
      groupKey: "premises",
      page: "form",
      fields: [
        { name: "premisesContactName", control: "text", schema: text() },
        { name: "premisesContactEmail", control: "text", schema: emailSchema, inputType: "email" },
        { name: "premisesContactPhone", control: "text", schema: phoneSchema, inputType: "tel", width: "medium" },
      ],
    },
    {
      id: "premisesManagers",
      groupKey: "premises",
      page: "list",
      min: 1,
      max: 20,
      labelFields: ["firstName", "lastName"],
      disclosures: { emailField: "managerEmail", form: "premises_manager" },
      fields: premisesManagerFields,
    },
    {
      id: "licensedAreas",
      groupKey: "premises",
      page: "list",
      min: 1,
      max: 30,
      labelFields: ["areaName"],
      fields: areaFields,
    },
    ...endorsementSections,
    {
      id: "questions",
      groupKey: "declarations",
      page: "form",
      fields: declarationQuestions,
    },
    { id: "documents", groupKey: "declarations", page: "documents", requires: ["applicantType", "licensedAreas"] },
    {
      id: "term",
      groupKey: "declarations",
      page: "form",
      fields: [{ name: "termYears", control: "radio", options: ["2", "4"] }],
    },
  ],
  documents: [
    { id: "floorPlan", isRequired: () => true },
    { id: "articlesOfIncorporation", isRequired: (answers) => answers.applicantType?.applicantType === "corporation" },
    {
      id: "partnershipAgreement",
      isRequired: (answers) =>
        ["partnership", "limited_partnership"].includes(String(answers.applicantType?.applicantType)),
    },
    {
      id: "outdoorAreaPermission",
      isRequired: (answers) => {
        const items = answers.licensedAreas?.items;
        return Array.isArray(items) && items.some((item: { setting?: unknown }) => item.setting === "outdoor");
      },
    },
    ...endorsementDocuments,
    // Never required: what an applicant adds when a licensing officer asks for more information.
    { id: "additionalInformation", isRequired: () => false },
  ],
  terms: TERMS,
  termAnswer: { section: "term", field: "termYears" },
  businessNumberAnswer: { section: "applicantDetails", field: "businessNumber" },
  catalogue: { guidanceUrl: "https://www.agco.ca/en/alcohol/liquor-sales-licence" },
  outcome: {
    applicant: "business",
    applicantRecord: describedBusiness,
    people: (answers) =>
      joining(
        associatedPeople(answers, "associatedPersons"),
        associatedEntities(answers, "associatedEntities"),
        premisesManagers(answers, "premisesManagers"),
      ),
    approval: (answers, { today }) => ({
      type: "issue",
      issued: {
        licenceKind: "liquor_sales",
        numberPrefix: "LSL",
        validity: { type: "term", years: chosenYears(answers) ?? 2 },
        premises: {
          name: String(answers.premisesDetails?.premisesName ?? answers.applicantDetails?.legalName ?? today),
          address: answers.premisesAddresses?.premisesPhysical ?? answers.addresses?.mailing ?? {},
          areas: listItems(answers, "licensedAreas").map(areaRecord),
        },
        details: endorsementDetails(answers),
      },
    }),
    fee: (answers) => termFee("liquor_sales_new", "new", answers),
    review: "staff",
  },
};
