import type { KindDeclaration } from "./names";
import { text, type FieldDefinition } from "../fields";
import type { SavedAnswers } from "../engine";
import { phoneSchema, yesNo } from "./liquor-sales";
import { assistantCategories, categoryDetail, registrationFee } from "./gaming-registration-rules";

/**
 * A gaming assistant's registration (KINDS.md "Gaming registrations"): a person working in gaming —
 * category 1 (supervisors, security, surveillance) or category 2 (dealers, cashiers, attendants) —
 * registers for themself. Renewed with the other registrations (gaming-registration-renewal.ts).
 * Messages live in the GamingAssistantApplication namespace.
 */
function category(answers: SavedAnswers) {
  return assistantCategories.find((value) => value === answers.category?.category) ?? null;
}

/** Questions every registered person answers, at registration and at each renewal. */
export const personalQuestions: readonly FieldDefinition[] = [
  { name: "charges", control: "radio", options: yesNo, inline: true },
  { name: "refusedElsewhere", control: "radio", options: yesNo, inline: true },
  { name: "explanation", control: "textarea", schema: text(2000), when: { field: "charges", equals: "yes" } },
];

export const gamingAssistantNew: KindDeclaration<"GamingAssistantApplication"> = {
  id: "gaming_assistant_new",
  prefix: "GMA",
  type: "new",
  messages: "GamingAssistantApplication",
  sector: "lotteryGaming",
  sections: [
    {
      id: "category",
      groupKey: "registration",
      page: "form",
      fields: [{ name: "category", control: "radio", options: assistantCategories }],
    },
    {
      id: "personalDetails",
      groupKey: "you",
      page: "form",
      fields: [
        { name: "dateOfBirth", control: "date" },
        { name: "phone", control: "text", schema: phoneSchema, inputType: "tel", autoComplete: "tel", width: "medium" },
        { name: "homeAddress", control: "address" },
      ],
    },
    {
      id: "employment",
      groupKey: "you",
      page: "form",
      fields: [
        { name: "employer", control: "text", schema: text() },
        { name: "jobTitle", control: "text", schema: text(100), width: "medium" },
      ],
    },
    { id: "questions", groupKey: "declarations", page: "form", fields: personalQuestions },
    { id: "documents", groupKey: "declarations", page: "documents" },
    {
      id: "declaration",
      groupKey: "declarations",
      page: "form",
      fields: [{ name: "confirmed", control: "checkbox" }],
    },
  ],
  documents: [
    { id: "photoIdentification", isRequired: () => true },
    { id: "additionalInformation", isRequired: () => false },
  ],
  terms: [],
  catalogue: { guidanceUrl: "https://www.agco.ca/en/lottery-and-gaming/gaming-assistants" },
  outcome: {
    applicant: "individual",
    applicantRecord: () => ({ type: "individual" }),
    approval: (answers) => ({
      type: "issue",
      issued: {
        licenceKind: "gaming_registration",
        numberPrefix: "GMA",
        validity: { type: "term", years: 1 },
        premises: null,
        details: [categoryDetail(category(answers) ?? "gaming_assistant_2")],
      },
    }),
    fee: (answers) => registrationFee(category(answers), 1, "new"),
    review: "staff",
  },
};
