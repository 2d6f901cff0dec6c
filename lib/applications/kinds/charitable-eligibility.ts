import { z } from "zod";
import type { KindDeclaration } from "./names";
import { text } from "../fields";
import type { SavedAnswers } from "../engine";
import type { ApplicantRecord } from "../outcome";
import { addressFields, associatedPersonFields, contactDetailsFields } from "./liquor-sales";
import { associatedPeople, joining } from "../people";

/**
 * Charitable gaming eligibility (KINDS.md "Charitable gaming"): a charity or non-profit shows it may
 * hold lottery licences — who it is, its charitable purpose, its officers with their disclosures and
 * its financial statements. Approved, it holds an eligibility number (CGE-…) that its lottery
 * licence applications quote. No fee is charged, so it is submitted without an order. Eligibility
 * lasts three years (not confirmed: kept here as the kind's data). Messages live in the
 * CharitableEligibilityApplication namespace.
 */
export const organisationTypes = ["registered_charity", "non_profit", "religious", "service_club"] as const;

/** How long an eligibility lasts, in years. */
export const ELIGIBILITY_YEARS = 3;

const optionalText = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

function organisation(answers: SavedAnswers): ApplicantRecord {
  const details = answers.organisation ?? {};
  const contact = answers.contactDetails ?? {};
  const addresses = answers.addresses ?? {};
  return {
    type: "business",
    business: {
      legalName: String(details.legalName ?? ""),
      operatingName: optionalText(details.operatingName),
      entityType: details.organisationType === "service_club" ? "association" : "non_profit",
      businessNumber: optionalText(details.businessNumber),
      email: optionalText(contact.email),
      phone: optionalText(contact.phone),
      mailingAddress: addresses.mailing ?? null,
      physicalAddress: (addresses.physicalSameAsMailing === "no" ? addresses.physical : addresses.mailing) ?? null,
    },
  };
}

export const charitableEligibility: KindDeclaration<"CharitableEligibilityApplication"> = {
  id: "charitable_gaming_eligibility_new",
  prefix: "CGE",
  type: "new",
  messages: "CharitableEligibilityApplication",
  sector: "lotteryGaming",
  sections: [
    {
      id: "organisation",
      groupKey: "organisation",
      page: "form",
      fields: [
        { name: "organisationType", control: "radio", options: organisationTypes },
        {
          name: "charityNumber",
          control: "text",
          schema: z
            .string()
            .trim()
            .regex(/^\d{9} ?RR ?\d{4}$/i),
          width: "medium",
          when: { field: "organisationType", equals: "registered_charity" },
        },
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
      ],
    },
    { id: "contactDetails", groupKey: "organisation", page: "form", fields: contactDetailsFields },
    { id: "addresses", groupKey: "organisation", page: "form", fields: addressFields },
    {
      id: "purpose",
      groupKey: "purpose",
      page: "form",
      fields: [
        { name: "charitablePurpose", control: "textarea", schema: text(2000) },
        { name: "beneficiaries", control: "textarea", schema: text(1000) },
        {
          name: "yearsActive",
          control: "text",
          schema: z.coerce.number().int().min(0).max(500),
          width: "short",
          numeric: true,
        },
      ],
    },
    {
      id: "associatedPersons",
      groupKey: "people",
      page: "list",
      min: 1,
      max: 50,
      labelFields: ["firstName", "lastName"],
      disclosures: { emailField: "email" },
      fields: associatedPersonFields,
    },
    { id: "documents", groupKey: "submit", page: "documents", requires: ["organisation"] },
    {
      id: "declaration",
      groupKey: "submit",
      page: "form",
      fields: [{ name: "confirmed", control: "checkbox" }],
    },
  ],
  documents: [
    { id: "governingDocuments", isRequired: () => true },
    { id: "financialStatements", isRequired: () => true },
    { id: "additionalInformation", isRequired: () => false },
  ],
  terms: [],
  businessNumberAnswer: { section: "organisation", field: "businessNumber" },
  catalogue: { guidanceUrl: "https://www.agco.ca/en/lottery-and-gaming/charitable-gaming" },
  outcome: {
    applicant: "business",
    applicantRecord: organisation,
    people: (answers) => joining(associatedPeople(answers, "associatedPersons")),
    approval: () => ({
      type: "issue",
      issued: {
        licenceKind: "charitable_gaming_eligibility",
        numberPrefix: "CGE",
        validity: { type: "term", years: ELIGIBILITY_YEARS },
        premises: null,
        details: null,
      },
    }),
    fee: () => "none",
    review: "staff",
  },
};
