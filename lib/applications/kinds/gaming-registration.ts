import type { KindDeclaration } from "./names";
import { text } from "../fields";
import { listItems, type SavedAnswers } from "../engine";
import {
  addressFields,
  applicantDetailsFields,
  applicantTypes,
  associatedPersonFields,
  contactDetailsFields,
  declarationQuestions,
  describedBusiness,
} from "./liquor-sales";
import {
  businessCategories,
  categoryDetail,
  isOperator,
  registrationFee,
  sitesDetail,
  type BusinessCategory,
} from "./gaming-registration-rules";
import { associatedPeople, joining } from "../people";

/**
 * The registration of a gaming business (KINDS.md "Gaming registrations"): an operator of
 * commercial or charitable gaming sites, an equipment manufacturer or a supplier. Operators list
 * their sites and pay for each (three charitable sites at $12,000 make an order that only wire or
 * EFT can pay). Gaming assistants, who are individuals, have their own kind (gaming-assistant.ts).
 * Messages live in the GamingRegistrationApplication namespace.
 */
function category(answers: SavedAnswers): BusinessCategory | null {
  return businessCategories.find((value) => value === answers.category?.category) ?? null;
}

/** "Site name, City": how the certificate names a site. */
function siteLine(item: Record<string, unknown>): string {
  const address = (item.address ?? {}) as Record<string, unknown>;
  return [item.siteName, address.city].filter((part) => typeof part === "string" && part !== "").join(", ");
}

export const gamingRegistrationNew: KindDeclaration<"GamingRegistrationApplication"> = {
  id: "gaming_registration_new",
  prefix: "GMR",
  type: "new",
  messages: "GamingRegistrationApplication",
  sector: "lotteryGaming",
  sections: [
    {
      id: "category",
      groupKey: "registration",
      page: "form",
      fields: [{ name: "category", control: "radio", options: businessCategories }],
    },
    {
      id: "sites",
      groupKey: "registration",
      page: "list",
      requires: ["category"],
      appliesWhen: (saved) => isOperator(category(saved)),
      min: 1,
      max: 50,
      labelFields: ["siteName"],
      fields: [
        { name: "siteName", control: "text", schema: text() },
        { name: "address", control: "address" },
      ],
    },
    {
      id: "applicantType",
      groupKey: "applicant",
      page: "form",
      fields: [{ name: "applicantType", control: "radio", options: applicantTypes }],
    },
    { id: "applicantDetails", groupKey: "applicant", page: "form", fields: applicantDetailsFields },
    { id: "contactDetails", groupKey: "applicant", page: "form", fields: contactDetailsFields },
    { id: "addresses", groupKey: "applicant", page: "form", fields: addressFields },
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
    { id: "questions", groupKey: "declarations", page: "form", fields: declarationQuestions },
    { id: "documents", groupKey: "declarations", page: "documents", requires: ["category", "applicantType"] },
    {
      id: "declaration",
      groupKey: "declarations",
      page: "form",
      fields: [{ name: "confirmed", control: "checkbox" }],
    },
  ],
  documents: [
    { id: "corporateDocuments", isRequired: () => true },
    {
      id: "financialStatements",
      isRequired: (answers) => isOperator(category(answers)) || category(answers) === "equipment_manufacturer",
    },
    { id: "siteRightToOccupy", isRequired: (answers) => isOperator(category(answers)) },
    // Never required: what an applicant adds when a registration officer asks for more information.
    { id: "additionalInformation", isRequired: () => false },
  ],
  terms: [],
  businessNumberAnswer: { section: "applicantDetails", field: "businessNumber" },
  catalogue: { guidanceUrl: "https://www.agco.ca/en/lottery-and-gaming/gaming-registrations" },
  outcome: {
    applicant: "business",
    applicantRecord: describedBusiness,
    people: (answers) => joining(associatedPeople(answers, "associatedPersons")),
    approval: (answers) => {
      const registered = category(answers) ?? "gaming_supplier";
      const sites = isOperator(registered) ? listItems(answers, "sites").map(siteLine) : [];
      return {
        type: "issue",
        issued: {
          licenceKind: "gaming_registration",
          numberPrefix: "GMR",
          validity: { type: "term", years: 1 },
          premises: null,
          details: [categoryDetail(registered), ...(sites.length > 0 ? [sitesDetail(sites)] : [])],
        },
      };
    },
    fee: (answers) => registrationFee(category(answers), listItems(answers, "sites").length, "new"),
    review: "staff",
  },
};
