import type { KindDeclaration } from "./names";
import { text } from "../fields";
import type { SavedAnswers } from "../engine";
import type { RuleBreach, RuleContext } from "../outcome";
import { associatedPeople, joining } from "../people";
import { associatedPersonFields, yesNo } from "./liquor-sales";
import { isAssistant, registrationOnFile } from "./gaming-registration-rules";

/**
 * Consent to a change of officers, directors or shareholders of a registered gaming business
 * (KINDS.md: consent is needed before the change): started from the registration, it names the
 * people joining — each completes their own disclosure — and who leaves, from when. Nothing changes
 * on file until an officer consents (approves); then the people joining are on file. No fee (not
 * confirmed). Messages live in the GamingRegistrationChangeApplication namespace.
 */
/** A gaming assistant is a person, with no officers to change. */
function blockers(_answers: SavedAnswers, { licence }: RuleContext): RuleBreach[] {
  const registered = registrationOnFile(licence?.details ?? null);
  return registered && isAssistant(registered.category) ? [{ rule: "notForAssistants" }] : [];
}

export const gamingRegistrationChange: KindDeclaration<"GamingRegistrationChangeApplication"> = {
  id: "gaming_registration_change",
  prefix: "GMR",
  type: "change",
  messages: "GamingRegistrationChangeApplication",
  sector: "lotteryGaming",
  sections: [
    {
      id: "newPeople",
      groupKey: "people",
      page: "list",
      min: 1,
      max: 50,
      labelFields: ["firstName", "lastName"],
      disclosures: { emailField: "email" },
      fields: associatedPersonFields,
    },
    {
      id: "departures",
      groupKey: "people",
      page: "form",
      fields: [
        { name: "anyoneLeaving", control: "radio", options: yesNo, inline: true },
        { name: "leaving", control: "textarea", schema: text(2000), when: { field: "anyoneLeaving", equals: "yes" } },
        { name: "effectiveOn", control: "date", range: "future" },
      ],
    },
    {
      id: "declaration",
      groupKey: "people",
      page: "form",
      fields: [{ name: "confirmed", control: "checkbox" }],
    },
  ],
  documents: [{ id: "additionalInformation", isRequired: () => false }],
  terms: [],
  onLicence: { licenceKinds: ["gaming_registration"] },
  outcome: {
    applicant: "business",
    approval: () => ({ type: "record" }),
    people: (answers) => joining(associatedPeople(answers, "newPeople")),
    fee: () => "none",
    review: "staff",
    blockers,
  },
};
