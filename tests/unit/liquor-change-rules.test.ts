import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { ListItem, SavedAnswers } from "@/lib/applications/engine";
import type { AreaRecord, ExistingArea, LicenceFacts, RuleContext } from "@/lib/applications/outcome";
import type { IsoDate } from "@/lib/time/commission-date";
import {
  areaChanges,
  changeBreaches,
  liquorSalesChange,
  type AreaChanges,
} from "@/lib/applications/kinds/liquor-change";
import { transferBreaches } from "@/lib/applications/kinds/liquor-transfer";

const dining: ExistingArea = {
  id: "area-1",
  name: "Salle à manger",
  indoor: true,
  floor: "Rez-de-chaussée",
  capacity: 60,
};
const patio: ExistingArea = { id: "area-2", name: "Terrasse", indoor: false, floor: "Rez-de-chaussée", capacity: 24 };

/** An area as the list section keeps it: strings, as typed. */
function item(area: AreaRecord & { id: string }, extra: Record<string, string> = {}): ListItem {
  return {
    id: area.id,
    areaName: area.name,
    setting: area.indoor ? "indoor" : "outdoor",
    floor: area.floor,
    capacity: String(area.capacity),
    ...extra,
  };
}

const licence = (areas: ExistingArea[], overrides: Partial<LicenceFacts> = {}): LicenceFacts => ({
  id: "licence-1",
  kind: "liquor_sales",
  number: "LSL-2025-000101",
  status: "active",
  expiresOn: "2027-06-30",
  termYears: 2,
  areas,
  details: null,
  ...overrides,
});

describe("areaChanges", () => {
  it("finds nothing to change when the list is the licence's areas", () => {
    expect(areaChanges([item(dining), item(patio)], [dining, patio])).toEqual({ add: [], update: [], remove: [] });
  });

  it("adds an area whose id is not on the licence", () => {
    const mezzanine = { id: "new-1", name: "Mezzanine", indoor: true, floor: "1", capacity: 30 };
    expect(areaChanges([item(dining), item(patio), item(mezzanine)], [dining, patio])).toEqual({
      add: [{ name: "Mezzanine", indoor: true, floor: "1", capacity: 30 }],
      update: [],
      remove: [],
    });
  });

  it("updates an area whose capacity, setting, floor or name changed, keeping its id", () => {
    const bigger = { ...patio, capacity: 40 };
    const indoors = { ...dining, indoor: false };
    expect(areaChanges([item(indoors), item(bigger)], [dining, patio])).toEqual({
      add: [],
      update: [indoors, bigger],
      remove: [],
    });
  });

  it("removes a licence area the list no longer has", () => {
    expect(areaChanges([item(dining)], [dining, patio])).toEqual({ add: [], update: [], remove: ["area-2"] });
  });
});

const areaArbitrary = fc.record({
  name: fc.string({ minLength: 1, maxLength: 20 }),
  indoor: fc.boolean(),
  floor: fc.string({ minLength: 1, maxLength: 5 }),
  capacity: fc.integer({ min: 1, max: 100_000 }),
});

/** The licence's areas, and the applicant's list: some kept (changed or not), some removed, some new. */
const scenario = fc
  .uniqueArray(fc.uuid(), { minLength: 0, maxLength: 12 })
  .chain((ids) =>
    fc.record({
      onLicence: fc.tuple(...ids.map((id) => areaArbitrary.map((area) => ({ ...area, id })))),
      kept: fc.tuple(...ids.map(() => fc.option(fc.option(areaArbitrary, { nil: undefined }), { nil: null }))),
      added: fc.array(fc.tuple(fc.uuid(), areaArbitrary), { maxLength: 5 }),
    }),
  )
  .map(({ onLicence, kept, added }) => {
    const areas: ExistingArea[] = onLicence;
    const licenceIds = new Set(areas.map((area) => area.id));
    // null: removed; undefined: kept as it is; an area: kept with these values.
    const items: ListItem[] = areas.flatMap((area, index) => {
      const change = kept[index];
      return change === null ? [] : [item(change === undefined ? area : { ...change, id: area.id })];
    });
    for (const [id, area] of added) if (!licenceIds.has(id)) items.push(item({ ...area, id }));
    return { areas, items };
  });

function apply(areas: readonly ExistingArea[], changes: AreaChanges): AreaRecord[] {
  const updated = new Map(changes.update.map((area) => [area.id, area]));
  return [
    ...areas
      .filter((area) => !changes.remove.includes(area.id))
      .map((area) => updated.get(area.id) ?? area)
      .map(({ name, indoor, floor, capacity }) => ({ name, indoor, floor, capacity })),
    ...changes.add,
  ];
}

const byContent = (a: AreaRecord, b: AreaRecord) => JSON.stringify(a).localeCompare(JSON.stringify(b));

describe("areaChanges, for any list", () => {
  it("applied to the licence's areas, gives the areas the applicant listed", () => {
    fc.assert(
      fc.property(scenario, ({ areas, items }) => {
        const listed = items.map(({ areaName, setting, floor, capacity }) => ({
          name: String(areaName),
          indoor: setting !== "outdoor",
          floor: String(floor),
          capacity: Number(capacity),
        }));
        expect(apply(areas, areaChanges(items, areas)).sort(byContent)).toEqual(listed.sort(byContent));
      }),
    );
  });

  it("never updates or removes an area that is not on the licence, whatever ids the list carries", () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.uuid(), { maxLength: 5 }), ({ areas, items }, strangers) => {
        const licenceIds = new Set(areas.map((area) => area.id));
        const tampered = [...items, ...strangers.map((id) => item({ ...dining, id }))];
        const changes = areaChanges(tampered, areas);
        expect(changes.update.every((area) => licenceIds.has(area.id))).toBe(true);
        expect(changes.remove.every((id) => licenceIds.has(id))).toBe(true);
        // An unchanged area is neither updated nor removed.
        const unchanged = areaChanges(
          areas.map((area) => item(area)),
          areas,
        );
        expect(unchanged).toEqual({ add: [], update: [], remove: [] });
      }),
    );
  });
});

describe("what stops a change from being submitted", () => {
  const context = { today: "2026-12-01", licence: licence([dining, patio]) } as const;
  const answers = (items: ListItem[], summary: Record<string, unknown> = { areaRemoved: "no" }): SavedAnswers => ({
    changeSummary: { description: "Plus grande terrasse", ...summary },
    licensedAreas: { items },
  });

  it("refuses a change that changes nothing", () => {
    expect(changeBreaches(answers([item(dining), item(patio)]), context)).toEqual([
      { rule: "noChange", section: "licensedAreas" },
    ]);
  });

  it("accepts a new capacity, a new area, or new boundaries described", () => {
    expect(changeBreaches(answers([item(dining), item({ ...patio, capacity: 40 })]), context)).toEqual([]);
    expect(
      changeBreaches(answers([item(dining), item(patio), item({ ...dining, id: "new", name: "Mezzanine" })]), context),
    ).toEqual([]);
    expect(
      changeBreaches(answers([item(dining, { newBoundaries: "Le mur du fond recule de 2 m." }), item(patio)]), context),
    ).toEqual([]);
  });

  it("asks for the removal's date when an area is taken off the list", () => {
    expect(changeBreaches(answers([item(dining)]), context)).toEqual([
      { rule: "removalNotReported", section: "changeSummary" },
    ]);
    const removed = { areaRemoved: "yes", removedOn: { day: "15", month: "11", year: "2026" } };
    expect(changeBreaches(answers([item(dining)], removed), context)).toEqual([]);
  });

  it("does not refuse a removal reported more than 30 days after it: the licence must stop listing it", () => {
    const late = { areaRemoved: "yes", removedOn: { day: "1", month: "6", year: "2026" } };
    expect(changeBreaches(answers([item(dining)], late), context)).toEqual([]);
  });

  it("refuses a removal reported while the area is still listed", () => {
    const removed = { areaRemoved: "yes", removedOn: { day: "15", month: "11", year: "2026" } };
    expect(changeBreaches(answers([item(dining), item(patio)], removed), context)).toEqual([
      { rule: "removedAreaStillListed", section: "licensedAreas" },
    ]);
  });

  it("refuses a change to a licence that is no longer active", () => {
    const suspended = { ...context, licence: licence([dining, patio], { status: "suspended" }) };
    expect(changeBreaches(answers([item(dining)]), suspended)).toEqual([{ rule: "licenceNotActive" }]);
  });

  it("prefills the draft with the licence's areas, each item carrying its area's id", () => {
    const prefill = liquorSalesChange.onLicence?.prefill;
    expect(prefill?.({ licence: licence([patio, dining]), people: [], managers: [], previousAnswers: {} })).toEqual({
      licensedAreas: { items: [item(dining), item(patio)] },
    });
  });
});

describe("the transfer's renew-first rule", () => {
  const quoting = (number: string): SavedAnswers => ({ licence: { licenceNumber: number } });

  it("refuses a licence expiring within 42 days, today included, and accepts one expiring in 43", () => {
    const on = (expiresOn: IsoDate) =>
      transferBreaches(quoting("lsl-2025-000101 "), {
        today: "2026-12-01",
        licence: licence([], { expiresOn }),
      });
    expect(on("2027-01-12")).toEqual([{ rule: "renewFirst", section: "licence", values: { date: "2027-01-12" } }]);
    expect(on("2026-12-01")).toEqual([{ rule: "renewFirst", section: "licence", values: { date: "2026-12-01" } }]);
    expect(on("2027-01-13")).toEqual([]);
  });

  it("refuses a licence that is not active, and a number changed since the draft started", () => {
    const context: RuleContext = { today: "2026-12-01", licence: licence([], { status: "suspended" }) };
    expect(transferBreaches(quoting("LSL-2025-000101"), context)).toEqual([
      { rule: "licenceNotActive", section: "licence" },
    ]);
    expect(transferBreaches(quoting("LSL-2026-000301"), { ...context, licence: licence([]) })).toEqual([
      { rule: "licenceNumberChanged", section: "licence", values: { number: "LSL-2025-000101" } },
    ]);
  });
});
