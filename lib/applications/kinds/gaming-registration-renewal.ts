import type { KindDeclaration } from "./names";
import { listItems, type PrefillFacts, type SavedAnswers } from "../engine";
import { associatedPersonFields, declarationQuestions } from "./liquor-sales";
import { associatedPersonItems, reviewInformationFields } from "./liquor-renewal";
import { personalQuestions } from "./gaming-assistant";
import { isAssistant, isRegistrationCategory, registrationFee, registrationOnFile } from "./gaming-registration-rules";
import { associatedPeople, ownerRoles, reviewing } from "../people";

/**
 * The yearly renewal of a gaming registration, a business's or a gaming assistant's, started from
 * the registration inside its 60-day window. What is registered (the category, the number of sites)
 * is not asked again: it comes from the registration on file into the `registration` answers, which
 * no section declares, so no form can change what the renewal costs. Messages live in the
 * GamingRegistrationRenewalApplication namespace.
 */
function registration(answers: SavedAnswers) {
  const category = answers.registration?.category;
  const siteCount = Number(answers.registration?.siteCount);
  return isRegistrationCategory(category) ? { category, siteCount } : null;
}

const isBusiness = (saved: SavedAnswers) => {
  const registered = registration(saved);
  return registered !== null && !isAssistant(registered.category);
};

function prefill({ licence, people, previousAnswers }: PrefillFacts): SavedAnswers {
  const onFile = registrationOnFile(licence.details);
  // The people on file, or those the last approved application listed while nobody is on file yet.
  const persons = people.length > 0 ? associatedPersonItems(people) : listItems(previousAnswers, "associatedPersons");
  return {
    ...(onFile ? { registration: onFile } : {}),
    ...(persons.length > 0 ? { associatedPersons: { items: persons } } : {}),
    ...(previousAnswers.questions ? { questions: previousAnswers.questions } : {}),
  };
}

export const gamingRegistrationRenewal: KindDeclaration<"GamingRegistrationRenewalApplication"> = {
  id: "gaming_registration_renewal",
  prefix: "GMR",
  type: "renewal",
  messages: "GamingRegistrationRenewalApplication",
  sector: "lotteryGaming",
  sections: [
    {
      id: "reviewInformation",
      groupKey: "registration",
      page: "form",
      fields: reviewInformationFields,
      showsLicence: true,
    },
    {
      id: "associatedPersons",
      groupKey: "people",
      page: "list",
      appliesWhen: isBusiness,
      min: 1,
      max: 50,
      labelFields: ["firstName", "lastName"],
      disclosures: { emailField: "email" },
      fields: associatedPersonFields,
    },
    {
      id: "questions",
      groupKey: "declarations",
      page: "form",
      appliesWhen: isBusiness,
      fields: declarationQuestions,
    },
    {
      id: "personalQuestions",
      groupKey: "declarations",
      page: "form",
      appliesWhen: (saved) => !isBusiness(saved),
      fields: personalQuestions,
    },
    { id: "documents", groupKey: "declarations", page: "documents", requires: ["reviewInformation"] },
    {
      id: "declaration",
      groupKey: "declarations",
      page: "form",
      fields: [{ name: "confirmed", control: "checkbox" }],
    },
  ],
  documents: [
    { id: "updatedDocuments", isRequired: (answers) => answers.reviewInformation?.informationCorrect === "no" },
    { id: "additionalInformation", isRequired: () => false },
  ],
  terms: [],
  onLicence: { licenceKinds: ["gaming_registration"], prefill },
  outcome: {
    // The registration's holder renews: a business, or a gaming assistant's own record.
    applicant: "either",
    people: (answers) => reviewing(ownerRoles, associatedPeople(answers, "associatedPersons")),
    approval: () => ({ type: "extend", years: 1 }),
    fee: (answers) => {
      const registered = registration(answers);
      return registered ? registrationFee(registered.category, registered.siteCount, "renewal") : null;
    },
    review: "staff",
  },
};
