import type { KindDeclaration } from "./names";
import { text, type FieldDefinition } from "../fields";
import { listItems, type ListItem, type PrefillFacts, type SavedAnswers } from "../engine";
import type { AreaRecord, ExistingArea, RuleBreach, RuleContext } from "../outcome";
import { areaFields, areaRecord, yesNo } from "./liquor-sales";

/**
 * A change to a liquor sales licence's areas (seed: « Demander une modification »): started from
 * the licence by an account holding it, with the licence's areas already listed — each item's id is
 * the area's id — so the applicant changes what differs, adds a new permanent area or removes one,
 * and uploads the floor plan. Approval applies the difference to the licence and keeps the before
 * and after. Messages live in the LiquorChangeApplication namespace.
 */

/** The questions of one of the new-licence kind's sections: a change or a transfer asks them the same way. */

/** An area's fields as the new licence asks them, and what its boundaries become when they move. */
const changedAreaFields: readonly FieldDefinition[] = [
  ...areaFields,
  { name: "newBoundaries", control: "textarea", schema: text(1000), optional: true },
];

export type AreaChanges = { add: AreaRecord[]; update: ExistingArea[]; remove: string[] };

function isSameArea(a: AreaRecord, b: AreaRecord): boolean {
  return a.name === b.name && a.indoor === b.indoor && a.floor === b.floor && a.capacity === b.capacity;
}

/**
 * What the listed areas change on the licence, matched by id: an item whose id is not one of the
 * licence's areas is a new area (whatever id it carries, it never touches another area), a
 * licence area no item lists is removed, and a listed one that differs is updated.
 */
export function areaChanges(items: readonly ListItem[], onLicence: readonly ExistingArea[]): AreaChanges {
  const current = new Map(onLicence.map((area) => [area.id, area]));
  const listed = new Set(items.map((item) => item.id));
  const changes: AreaChanges = { add: [], update: [], remove: [] };
  for (const item of items) {
    const area = areaRecord(item);
    const before = current.get(item.id);
    if (!before) changes.add.push(area);
    else if (!isSameArea(before, area)) changes.update.push({ ...area, id: item.id });
  }
  changes.remove = onLicence.filter((area) => !listed.has(area.id)).map((area) => area.id);
  return changes;
}

/** The changes the answers make to the licence the application is on. */
function changesOf(answers: SavedAnswers, context: RuleContext): AreaChanges {
  return areaChanges(listItems(answers, "licensedAreas"), context.licence?.areas ?? []);
}

/** New boundaries (a wall moved, a patio's edge) change no number on the licence: the description and the floor plan say them. */
function describesNewBoundaries(answers: SavedAnswers): boolean {
  return listItems(answers, "licensedAreas").some(
    (item) => typeof item.newBoundaries === "string" && item.newBoundaries.trim() !== "",
  );
}

/**
 * What stops a change from being submitted. The 30-day limit on reporting a removed area is shown
 * beside the removal date but does not block: the duty is the licensee's, and refusing a late
 * report would leave the licence listing an area that no longer exists. The officer reads the
 * removal date in the file and deals with a late report as a compliance matter.
 */
export function changeBreaches(answers: SavedAnswers, context: RuleContext): RuleBreach[] {
  if (context.licence && context.licence.status !== "active") return [{ rule: "licenceNotActive" }];
  const changes = changesOf(answers, context);
  const saysRemoved = answers.changeSummary?.areaRemoved === "yes";
  const breaches: RuleBreach[] = [];
  // A removal needs its date (the 30-day rule is judged on it), and a removal reported must be one.
  if (changes.remove.length > 0 && !saysRemoved)
    breaches.push({ rule: "removalNotReported", section: "changeSummary" });
  if (changes.remove.length === 0 && saysRemoved)
    breaches.push({ rule: "removedAreaStillListed", section: "licensedAreas" });
  const changesSomething =
    changes.add.length + changes.update.length + changes.remove.length > 0 || describesNewBoundaries(answers);
  if (!changesSomething && !saysRemoved) breaches.push({ rule: "noChange", section: "licensedAreas" });
  return breaches;
}

/** The draft starts from the licence's areas as they are, each item carrying its area's id. */
function prefill({ licence }: PrefillFacts): SavedAnswers {
  const items = [...licence.areas]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((area) => ({
      id: area.id,
      areaName: area.name,
      setting: area.indoor ? "indoor" : "outdoor",
      floor: area.floor,
      capacity: String(area.capacity),
    }));
  return { licensedAreas: { items } };
}

export const liquorSalesChange: KindDeclaration<"LiquorChangeApplication"> = {
  id: "liquor_sales_change",
  prefix: "LSL",
  type: "change",
  messages: "LiquorChangeApplication",
  sector: "alcohol",
  sections: [
    {
      id: "changeSummary",
      groupKey: "change",
      page: "form",
      fields: [
        { name: "description", control: "textarea", schema: text(2000) },
        { name: "areaRemoved", control: "radio", options: yesNo, inline: true },
        { name: "removedOn", control: "date", when: { field: "areaRemoved", equals: "yes" } },
      ],
    },
    {
      id: "licensedAreas",
      groupKey: "change",
      page: "list",
      min: 1,
      max: 30,
      labelFields: ["areaName"],
      fields: changedAreaFields,
    },
    { id: "documents", groupKey: "declarations", page: "documents" },
    {
      id: "declaration",
      groupKey: "declarations",
      page: "form",
      fields: [{ name: "declaration", control: "checkbox" }],
    },
  ],
  documents: [
    { id: "floorPlan", isRequired: () => true },
    // Never required: what an applicant adds when a licensing officer asks for more information.
    { id: "additionalInformation", isRequired: () => false },
  ],
  terms: [],
  onLicence: { licenceKinds: ["liquor_sales"], prefill },
  outcome: {
    applicant: "business",
    approval: (answers, context) => ({ type: "amend", areas: changesOf(answers, context) }),
    fee: () => ({ scheduleKind: "liquor_sales_change", action: "change", termYears: null, quantity: 1 }),
    review: "staff",
    blockers: changeBreaches,
  },
};
