import type { KindDeclaration } from "./names";
import { dateAnswer, text, type FieldDefinition } from "../fields";
import type { Answers, SavedAnswers } from "../engine";
import type { CertificateDetail, RuleBreach, Validity } from "../outcome";
import { RENEWAL_WINDOW_DAYS } from "@/lib/licences/renewal-window";
import type { IsoDate } from "@/lib/time/commission-date";
import { phoneSchema, yesNo } from "./liquor-sales";

/**
 * The horse-racing licence of an individual — owner, trainer, groom, jockey, driver or another
 * category — who applies for themself. It ends on the holder's birthday: the first one more than
 * the renewal window away, so a licence is never born inside its own renewal window. Messages live
 * in the HorseRacingApplication namespace; the renewal is in ./horse-racing-renewal.ts.
 */

/** The categories offered, one checkbox each; another category is named in `otherCategory`. */
export const racingCategories = ["owner", "trainer", "groom", "jockey", "driver"] as const;
export type RacingCategory = (typeof racingCategories)[number];

/** The most characters of a category the applicant names themself. */
const OTHER_CATEGORY_MAX = 100;

/** How the Commission reaches the holder: asked again, pre-filled, at each renewal. */
export const contactFields: readonly FieldDefinition[] = [
  { name: "phone", control: "text", schema: phoneSchema, inputType: "tel", autoComplete: "tel", width: "medium" },
  { name: "homeAddress", control: "address" },
];

/** The yes/no disclosures, each with its explanation when the answer is yes: asked again at each renewal. */
export const disclosureFields: readonly FieldDefinition[] = [
  { name: "criminalRecord", control: "radio", options: yesNo, inline: true },
  {
    name: "criminalRecordDetails",
    control: "textarea",
    schema: text(2000),
    when: { field: "criminalRecord", equals: "yes" },
  },
  { name: "otherJurisdiction", control: "radio", options: yesNo, inline: true },
  {
    name: "otherJurisdictionDetails",
    control: "textarea",
    schema: text(2000),
    when: { field: "otherJurisdiction", equals: "yes" },
  },
  { name: "refusedElsewhere", control: "radio", options: yesNo, inline: true },
  {
    name: "refusedElsewhereDetails",
    control: "textarea",
    schema: text(2000),
    when: { field: "refusedElsewhere", equals: "yes" },
  },
];

/**
 * The engine has no multiple choice: one optional checkbox per category, and a blocker
 * (`chooseCategory`) while none is ticked and no other category is named.
 */
const categoryFields: readonly FieldDefinition[] = [
  ...racingCategories.map((category): FieldDefinition => ({ name: category, control: "checkbox", optional: true })),
  { name: "otherCategory", control: "text", schema: text(OTHER_CATEGORY_MAX), optional: true },
];

/** The categories chosen in a categories answer: those ticked, in the order offered, and the one named. */
export type CategoryChoice = { categories: RacingCategory[]; other: string | null };

export function categoryChoice(answers: Answers | undefined): CategoryChoice {
  const chosen = answers ?? {};
  const other = typeof chosen.otherCategory === "string" ? chosen.otherCategory.trim() : "";
  return {
    categories: racingCategories.filter((category) => chosen[category] === "yes"),
    other: other !== "" ? other.slice(0, OTHER_CATEGORY_MAX) : null,
  };
}

export function hasCategory(choice: CategoryChoice): boolean {
  return choice.categories.length > 0 || choice.other !== null;
}

/** The certificate's line of categories: each ticked one translated, another as the applicant named it. */
export function categoriesDetail(choice: CategoryChoice): CertificateDetail {
  return {
    label: "racingCategories",
    values: [
      ...choice.categories.map((category) => ({ term: `racing_${category}` })),
      ...(choice.other ? [{ text: choice.other }] : []),
    ],
  };
}

/** Until the holder's first birthday more than the renewal window away. */
export function birthdayValidity(dateOfBirth: IsoDate | null): Validity {
  // A submitted application always has a date of birth; a file without one gets a year rather than nothing.
  return dateOfBirth ? { type: "birthday", dateOfBirth, atLeastDays: RENEWAL_WINDOW_DAYS } : { type: "term", years: 1 };
}

/** Nothing to license while no category is chosen; said once the categories page has been saved. */
function blockers(answers: SavedAnswers): RuleBreach[] {
  if (answers.categories === undefined || hasCategory(categoryChoice(answers.categories))) return [];
  return [{ rule: "chooseCategory", section: "categories" }];
}

export const horseRacingNew: KindDeclaration<"HorseRacingApplication"> = {
  id: "horse_racing_new",
  prefix: "HRL",
  type: "new",
  messages: "HorseRacingApplication",
  sector: "horseRacing",
  sections: [
    {
      id: "personalDetails",
      groupKey: "aboutYou",
      page: "form",
      fields: [{ name: "dateOfBirth", control: "date" }, ...contactFields],
    },
    { id: "categories", groupKey: "licence", page: "form", fields: categoryFields },
    { id: "disclosures", groupKey: "declarations", page: "form", fields: disclosureFields },
    { id: "documents", groupKey: "declarations", page: "documents" },
    { id: "declaration", groupKey: "declarations", page: "form", fields: [{ name: "confirmed", control: "checkbox" }] },
  ],
  documents: [
    { id: "photoId", isRequired: () => true },
    // Never required: what an applicant adds when a licensing officer asks for more information.
    { id: "additionalInformation", isRequired: () => false },
  ],
  terms: [],
  catalogue: { guidanceUrl: "https://www.agco.ca/en/horse-racing/licensing" },
  outcome: {
    applicant: "individual",
    applicantRecord: () => ({ type: "individual" }),
    approval: (answers) => ({
      type: "issue",
      issued: {
        licenceKind: "horse_racing",
        numberPrefix: "HRL",
        validity: birthdayValidity(dateAnswer(answers.personalDetails?.dateOfBirth)),
        premises: null,
        details: [categoriesDetail(categoryChoice(answers.categories))],
      },
    }),
    fee: () => ({ scheduleKind: "horse_racing_licence", action: "new", termYears: null, quantity: 1 }),
    review: "staff",
    blockers,
  },
};
