import type { KindDeclaration } from "./names";
import { text } from "../fields";
import type { SavedAnswers } from "../engine";
import type { CertificateDetail } from "../outcome";
import {
  addressFields,
  applicantDetailsFields,
  applicantTypes,
  associatedPersonFields,
  contactDetailsFields,
  describedBusiness,
} from "./liquor-sales";
import { associatedPeople, joining } from "../people";

/**
 * The registration of a lottery retailer: a business that sells the provincial lottery
 * corporation's products at one site. The business and its people are described as for a liquor
 * sales licence; then the site, and the signed retailer agreement. Details beyond these are not
 * confirmed (KINDS.md). Messages live in the LotteryRetailerApplication namespace; the renewal is
 * in ./lottery-retailer-renewal.ts.
 */

export const storeTypes = ["convenience", "grocery", "gas_station", "pharmacy", "other"] as const;
export type StoreType = (typeof storeTypes)[number];

export function storeType(answers: SavedAnswers): StoreType | null {
  return storeTypes.find((type) => type === answers.siteDetails?.storeType) ?? null;
}

/** The certificate's line saying what kind of store the site is. */
export function storeTypeDetail(type: StoreType): CertificateDetail {
  return { label: "storeType", values: [{ term: `store_${type}` }] };
}

export const lotteryRetailerNew: KindDeclaration<"LotteryRetailerApplication"> = {
  id: "lottery_retailer_new",
  prefix: "LRR",
  type: "new",
  messages: "LotteryRetailerApplication",
  sector: "lotteryGaming",
  sections: [
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
    { id: "contactDetails", groupKey: "applicant", page: "form", fields: contactDetailsFields },
    { id: "addresses", groupKey: "applicant", page: "form", fields: addressFields },
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
      id: "siteDetails",
      groupKey: "site",
      page: "form",
      fields: [
        { name: "siteName", control: "text", schema: text() },
        { name: "storeType", control: "radio", options: storeTypes },
      ],
    },
    { id: "siteAddress", groupKey: "site", page: "form", fields: [{ name: "siteAddress", control: "address" }] },
    { id: "documents", groupKey: "declarations", page: "documents" },
    { id: "declaration", groupKey: "declarations", page: "form", fields: [{ name: "confirmed", control: "checkbox" }] },
  ],
  documents: [
    { id: "retailerAgreement", isRequired: () => true },
    // Never required: what an applicant adds when a licensing officer asks for more information.
    { id: "additionalInformation", isRequired: () => false },
  ],
  terms: [],
  businessNumberAnswer: { section: "applicantDetails", field: "businessNumber" },
  catalogue: { guidanceUrl: "https://www.agco.ca/en/lottery-and-gaming/lottery-retailers" },
  outcome: {
    applicant: "business",
    applicantRecord: describedBusiness,
    people: (answers) => joining(associatedPeople(answers, "associatedPersons")),
    approval: (answers) => {
      const type = storeType(answers);
      return {
        type: "issue",
        issued: {
          licenceKind: "lottery_retailer",
          numberPrefix: "LRR",
          validity: { type: "term", years: 1 },
          premises: {
            name: String(answers.siteDetails?.siteName ?? answers.applicantDetails?.legalName ?? ""),
            address: answers.siteAddress?.siteAddress ?? {},
            // A site sells lottery tickets at its counter: it has no licensed areas.
            areas: [],
          },
          details: type ? [storeTypeDetail(type)] : null,
        },
      };
    },
    fee: () => ({ scheduleKind: "lottery_retailer", action: "new", termYears: null, quantity: 1 }),
    review: "staff",
  },
};
