import type { KindDeclaration } from "./names";
import { text, type FieldDefinition } from "../fields";
import type { PrefillFacts, SavedAnswers } from "../engine";
import {
  associatedEntityFields,
  associatedPersonFields,
  chosenYears,
  declarationQuestions,
  premisesManagerFields,
  termFee,
  yesNo,
} from "./liquor-sales";
import {
  associatedEntities,
  associatedPeople,
  managerKeyOnFile,
  premisesManagers,
  reviewing,
  rolesOnFile,
} from "../people";

const TERMS = [2, 4];

/** "Is the information on your licence still correct?", and what changed: every renewal asks it first. */
export const reviewInformationFields: readonly FieldDefinition[] = [
  { name: "informationCorrect", control: "radio", options: yesNo, inline: true },
  { name: "changes", control: "textarea", schema: text(2000), when: { field: "informationCorrect", equals: "no" } },
];

const roles: Record<string, string> = {
  officer: "officer",
  director: "director",
  shareholder: "shareholder",
  partner: "partner",
  sole_proprietor: "sole_proprietor",
};

/**
 * The people on file as items of the associated persons' list: one item per person, so an officer
 * who is also a shareholder is listed once, with their share. Shared by the renewals of businesses.
 */
export function associatedPersonItems(people: PrefillFacts["people"]): Record<string, string>[] {
  const byName = new Map<string, Record<string, string>>();
  for (const person of people) {
    const key = `${person.firstName} ${person.lastName}`.toLowerCase();
    const item = byName.get(key) ?? {
      id: crypto.randomUUID(),
      firstName: person.firstName,
      lastName: person.lastName,
      role: roles[person.role] ?? "other_interest",
    };
    if (person.email && !item.email) item.email = person.email;
    if (person.shareBasisPoints !== null) item.sharePercent = String(person.shareBasisPoints / 100);
    byName.set(key, item);
  }
  return [...byName.values()];
}

/** The associated entities on file as items of the renewal's list of entities. */
export function associatedEntityItems(entities: PrefillFacts["entities"] = []): Record<string, string>[] {
  return entities.map((entity) => ({
    id: crypto.randomUUID(),
    entityName: entity.organisationName ?? "",
    ...(entity.relationship ? { relationship: entity.relationship } : {}),
    ...(entity.relationship === "shareholder" && entity.shareBasisPoints !== null
      ? { entitySharePercent: String(entity.shareBasisPoints / 100) }
      : {}),
    ...(entity.email ? { signingOfficerEmail: entity.email } : {}),
  }));
}

/** The renewal starts from the people, entities and managers on file, the last declarations and the current term. */
function prefill({ licence, people, entities, managers, previousAnswers }: PrefillFacts): SavedAnswers {
  return {
    associatedPersons: { items: associatedPersonItems(people) },
    associatedEntities: { items: associatedEntityItems(entities) },
    premisesManagers: {
      items: managers.map((manager) => ({
        id: crypto.randomUUID(),
        firstName: manager.firstName,
        lastName: manager.lastName,
        ...(manager.email ? { managerEmail: manager.email } : {}),
      })),
    },
    ...(previousAnswers.questions ? { questions: previousAnswers.questions } : {}),
    term: { termYears: String(TERMS.includes(licence.termYears ?? 0) ? licence.termYears : 2) },
  };
}

/**
 * The renewal of a liquor sales licence (seed: « Comment puis-je renouveler mon permis d'alcool? »),
 * started from the licence inside its 60-day window and pre-filled from it and its entity: the
 * applicant reviews rather than retypes. Messages live in the LiquorRenewalApplication namespace.
 */
export const liquorSalesRenewal: KindDeclaration<"LiquorRenewalApplication"> = {
  id: "liquor_sales_renewal",
  prefix: "LSL",
  type: "renewal",
  messages: "LiquorRenewalApplication",
  sector: "alcohol",
  sections: [
    { id: "reviewInformation", groupKey: "licence", page: "form", fields: reviewInformationFields, showsLicence: true },
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
    {
      id: "associatedEntities",
      groupKey: "people",
      page: "list",
      min: 0,
      max: 20,
      labelFields: ["entityName"],
      disclosures: { emailField: "signingOfficerEmail", form: "entity" },
      fields: associatedEntityFields,
    },
    {
      id: "premisesManagers",
      groupKey: "people",
      page: "list",
      min: 1,
      max: 20,
      labelFields: ["firstName", "lastName"],
      // A manager added at renewal discloses; one already on file does not again.
      disclosures: { emailField: "managerEmail", form: "premises_manager", keyOnFile: managerKeyOnFile },
      fields: premisesManagerFields,
    },
    { id: "questions", groupKey: "declarations", page: "form", fields: declarationQuestions },
    { id: "documents", groupKey: "declarations", page: "documents", requires: ["reviewInformation"] },
    {
      id: "term",
      groupKey: "declarations",
      page: "form",
      fields: [{ name: "termYears", control: "radio", options: ["2", "4"] }],
    },
  ],
  documents: [
    // Changed premises or areas need the plan that shows them.
    { id: "updatedFloorPlan", isRequired: (answers) => answers.reviewInformation?.informationCorrect === "no" },
    { id: "additionalInformation", isRequired: () => false },
  ],
  terms: TERMS,
  termAnswer: { section: "term", field: "termYears" },
  onLicence: { licenceKinds: ["liquor_sales"], prefill },
  outcome: {
    applicant: "business",
    people: (answers) =>
      reviewing(
        rolesOnFile,
        associatedPeople(answers, "associatedPersons"),
        associatedEntities(answers, "associatedEntities"),
        premisesManagers(answers, "premisesManagers"),
      ),
    approval: (answers) => ({ type: "extend", years: chosenYears(answers) ?? 2 }),
    fee: (answers) => termFee("liquor_sales_renewal", "renewal", answers),
    review: "staff",
  },
};
