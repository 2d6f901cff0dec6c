import { z } from "zod";
import type { KindDeclaration } from "./names";
import type { SavedAnswers } from "../engine";
import { daysBetween, type RuleBreach, type RuleContext } from "../outcome";
import {
  addressFields,
  applicantDetailsFields,
  applicantTypes,
  associatedPersonFields,
  contactDetailsFields,
  declarationQuestions,
  describedBusiness,
} from "./liquor-sales";
import { associatedPeople, joining } from "../people";

/**
 * The transfer of a liquor sales licence to a new owner: the buyer applies, quoting the licence's
 * number, with the holder's consent and the proof that the sale closed, and describes themselves
 * and their people as a new applicant does (disclosures included). Approval moves the licence, its
 * premises and its number to the buyer's entity. Messages live in the LiquorTransferApplication
 * namespace.
 */

/** A licence that expires within six weeks is renewed by its holder first (KINDS.md). */
export const RENEW_FIRST_DAYS = 42;

const licenceNumber = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,4}-\d{4}-\d{6}$/);

/** The number as quoted, in the form the licence keeps it. */
function quotedNumber(answers: SavedAnswers): string {
  return String(answers.licence?.licenceNumber ?? "")
    .trim()
    .toUpperCase();
}

/**
 * What stops a transfer, at the start and again at submission: a licence that is not active, or
 * one that expires within six weeks of today (day 42 is refused, day 43 is not). The number stays
 * the one the draft started on: the application is tied to that licence.
 */
export function transferBreaches(answers: SavedAnswers, { today, licence }: RuleContext): RuleBreach[] {
  if (!licence) return [{ rule: "licenceNotFound", section: "licence" }];
  if (quotedNumber(answers) !== licence.number)
    return [{ rule: "licenceNumberChanged", section: "licence", values: { number: licence.number } }];
  if (licence.status !== "active") return [{ rule: "licenceNotActive", section: "licence" }];
  if (daysBetween(today, licence.expiresOn) <= RENEW_FIRST_DAYS)
    return [{ rule: "renewFirst", section: "licence", values: { date: licence.expiresOn } }];
  return [];
}

export const liquorSalesTransfer: KindDeclaration<"LiquorTransferApplication"> = {
  id: "liquor_sales_transfer",
  prefix: "LSL",
  type: "transfer",
  messages: "LiquorTransferApplication",
  sector: "alcohol",
  sections: [
    {
      id: "licence",
      groupKey: "licence",
      page: "form",
      fields: [
        { name: "licenceNumber", control: "text", schema: licenceNumber, autoComplete: "off", width: "medium" },
        { name: "closingDate", control: "date" },
      ],
    },
    {
      id: "applicantType",
      groupKey: "buyer",
      page: "form",
      fields: [{ name: "applicantType", control: "radio", options: applicantTypes }],
    },
    {
      id: "applicantDetails",
      groupKey: "buyer",
      page: "form",
      requires: ["applicantType"],
      fields: applicantDetailsFields,
    },
    { id: "contactDetails", groupKey: "buyer", page: "form", fields: contactDetailsFields },
    { id: "addresses", groupKey: "buyer", page: "form", fields: addressFields },
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
    { id: "questions", groupKey: "declarations", page: "form", fields: declarationQuestions },
    { id: "documents", groupKey: "declarations", page: "documents" },
    {
      id: "declaration",
      groupKey: "declarations",
      page: "form",
      fields: [{ name: "declaration", control: "checkbox" }],
    },
  ],
  documents: [
    { id: "consentToTransfer", isRequired: () => true },
    { id: "proofOfTransfer", isRequired: () => true },
    // Never required: what an applicant adds when a licensing officer asks for more information.
    { id: "additionalInformation", isRequired: () => false },
  ],
  terms: [],
  businessNumberAnswer: { section: "applicantDetails", field: "businessNumber" },
  catalogue: { guidanceUrl: "https://www.agco.ca/en/alcohol/liquor-sales-licence-transfer" },
  startSection: "licence",
  onLicence: { licenceKinds: ["liquor_sales"], numberAnswer: { section: "licence", field: "licenceNumber" } },
  outcome: {
    applicant: "business",
    applicantRecord: describedBusiness,
    people: (answers) => joining(associatedPeople(answers, "associatedPersons")),
    approval: () => ({ type: "transfer" }),
    fee: () => ({ scheduleKind: "liquor_sales_transfer", action: "transfer", termYears: null, quantity: 1 }),
    review: "staff",
    blockers: transferBreaches,
  },
};
