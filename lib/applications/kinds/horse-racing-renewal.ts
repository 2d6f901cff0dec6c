import type { KindDeclaration } from "./names";
import { dateAnswer } from "../fields";
import type { Answers, PrefillFacts, SavedAnswers } from "../engine";
import { contactFields, disclosureFields } from "./horse-racing";
import { reviewInformationFields } from "./liquor-renewal";

/**
 * The yearly renewal of a horse-racing licence, started by its holder from the licence inside its
 * 60-day window. What the Commission knows is not typed again: the phone and home address come
 * pre-filled for the holder to check; the date of birth the licence ends on and the categories it
 * covers are kept in the `onFile` answers, which no section declares — a save keeps only the
 * fields its section declares, so no posted form can move the birthday. Messages live in the
 * HorseRacingRenewalApplication namespace.
 */

const isAnswers = (value: unknown): value is Answers =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The date of birth and categories of the licence's last approved application: the new licence's
 * answers the first time, the previous renewal's `onFile` after that.
 */
export function holderOnFile(previous: SavedAnswers): Answers {
  const dateOfBirth = previous.onFile?.dateOfBirth ?? previous.personalDetails?.dateOfBirth;
  const categories = previous.onFile?.categories ?? previous.categories;
  return {
    ...(dateAnswer(dateOfBirth) ? { dateOfBirth } : {}),
    ...(isAnswers(categories) ? { categories } : {}),
  };
}

function prefill({ previousAnswers }: PrefillFacts): SavedAnswers {
  const previous = previousAnswers.personalDetails ?? {};
  const contact = Object.fromEntries(
    contactFields
      .filter((field) => previous[field.name] !== undefined)
      .map((field) => [field.name, previous[field.name]]),
  );
  return {
    onFile: holderOnFile(previousAnswers),
    ...(Object.keys(contact).length > 0 ? { personalDetails: contact } : {}),
  };
}

export const horseRacingRenewal: KindDeclaration<"HorseRacingRenewalApplication"> = {
  id: "horse_racing_renewal",
  prefix: "HRL",
  type: "renewal",
  messages: "HorseRacingRenewalApplication",
  sector: "horseRacing",
  sections: [
    { id: "reviewInformation", groupKey: "licence", page: "form", fields: reviewInformationFields, showsLicence: true },
    { id: "personalDetails", groupKey: "aboutYou", page: "form", fields: contactFields },
    { id: "disclosures", groupKey: "declarations", page: "form", fields: disclosureFields },
    { id: "declaration", groupKey: "declarations", page: "form", fields: [{ name: "confirmed", control: "checkbox" }] },
  ],
  // No document is asked; an officer may still ask for one.
  documents: [{ id: "additionalInformation", isRequired: () => false }],
  terms: [],
  onLicence: { licenceKinds: ["horse_racing"], prefill },
  outcome: {
    applicant: "individual",
    approval: (answers, { licence }) => {
      // Without a date of birth on file (a licence from before the portal), its expiry date is a birthday.
      const dateOfBirth = dateAnswer(answers.onFile?.dateOfBirth) ?? licence?.expiresOn;
      return { type: "extend", years: 1, ...(dateOfBirth ? { dateOfBirth } : {}) };
    },
    fee: () => ({ scheduleKind: "horse_racing_licence", action: "renewal", termYears: null, quantity: 1 }),
    review: "staff",
  },
};
