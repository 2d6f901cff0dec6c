import type { KindDeclaration } from "./names";
import { listItems, type PrefillFacts, type SavedAnswers } from "../engine";
import { associatedPersonFields, contactDetailsFields } from "./liquor-sales";
import { associatedPersonItems, reviewInformationFields } from "./liquor-renewal";
import { associatedPeople, ownerRoles, reviewing } from "../people";

/**
 * The yearly renewal of a lottery retailer's registration, started from the registration inside
 * its 60-day window. The people and the contact details come pre-filled for the retailer to check;
 * each person completes a new disclosure. The site and its agreement are on the registration: a
 * change to them is described in the review section for the officer. Messages live in the
 * LotteryRetailerRenewalApplication namespace.
 */
function prefill({ people, previousAnswers }: PrefillFacts): SavedAnswers {
  // The people on file, or those the last approved application listed while nobody is on file yet
  // (each as a new item: a disclosure belongs to one application).
  const persons =
    people.length > 0
      ? associatedPersonItems(people)
      : listItems(previousAnswers, "associatedPersons").map((item) => ({ ...item, id: crypto.randomUUID() }));
  return {
    ...(persons.length > 0 ? { associatedPersons: { items: persons } } : {}),
    ...(previousAnswers.contactDetails ? { contactDetails: previousAnswers.contactDetails } : {}),
  };
}

export const lotteryRetailerRenewal: KindDeclaration<"LotteryRetailerRenewalApplication"> = {
  id: "lottery_retailer_renewal",
  prefix: "LRR",
  type: "renewal",
  messages: "LotteryRetailerRenewalApplication",
  sector: "lotteryGaming",
  sections: [
    {
      id: "reviewInformation",
      groupKey: "registration",
      page: "form",
      fields: reviewInformationFields,
      showsLicence: true,
    },
    { id: "contactDetails", groupKey: "registration", page: "form", fields: contactDetailsFields },
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
    { id: "declaration", groupKey: "declarations", page: "form", fields: [{ name: "confirmed", control: "checkbox" }] },
  ],
  // No document is asked; an officer may still ask for one.
  documents: [{ id: "additionalInformation", isRequired: () => false }],
  terms: [],
  onLicence: { licenceKinds: ["lottery_retailer"], prefill },
  outcome: {
    applicant: "business",
    people: (answers) => reviewing(ownerRoles, associatedPeople(answers, "associatedPersons")),
    approval: () => ({ type: "extend", years: 1 }),
    fee: () => ({ scheduleKind: "lottery_retailer", action: "renewal", termYears: null, quantity: 1 }),
    review: "staff",
  },
};
