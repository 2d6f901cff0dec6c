import type { KindDeclaration } from "./names";
import { text } from "../fields";
import { associatedPersonFields, declarationQuestions, yesNo } from "./liquor-sales";

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
  sections: [
    {
      id: "reviewInformation",
      groupKey: "licence",
      page: "form",
      fields: [
        { name: "informationCorrect", control: "radio", options: yesNo, inline: true },
        {
          name: "changes",
          control: "textarea",
          schema: text(2000),
          when: { field: "informationCorrect", equals: "no" },
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
    {
      id: "premisesManagers",
      groupKey: "people",
      page: "form",
      fields: [
        { name: "removeManagers", control: "radio", options: yesNo, inline: true },
        {
          name: "removalRequest",
          control: "textarea",
          schema: text(2000),
          when: { field: "removeManagers", equals: "yes" },
        },
        { name: "addManagers", control: "radio", options: yesNo, inline: true },
        { name: "newManagers", control: "textarea", schema: text(2000), when: { field: "addManagers", equals: "yes" } },
      ],
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
  terms: [2, 4],
  termAnswer: { section: "term", field: "termYears" },
};
