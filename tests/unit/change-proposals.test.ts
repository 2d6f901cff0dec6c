import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addressText,
  changeFormSchema,
  currentFactsFor,
  factRows,
  normalizePostalCode,
  offeredKinds,
  proposalFacts,
  requestableKinds,
  type CurrentFacts,
} from "@/lib/licences/change-proposals";

const AREA = "16000000-0000-4000-8000-000000000001";
const OTHER_AREA = "16000000-0000-4000-8000-000000000099";
const description = "Explained in enough words.";

const current: CurrentFacts = {
  premisesAddress: { line1: "123, rue Principale", city: "Ottawa", province: "ON", postalCode: "K1A 0A1" },
  areas: [{ id: AREA, name: "Terrasse", capacity: 24 }],
  operatingName: "Le Cormoran",
  email: "info@lecormoran.example",
  phone: "613-555-0110",
};

describe("changeFormSchema", () => {
  it("reads a new address as the engine asks it, with the postal code printed the Canadian way", () => {
    const result = changeFormSchema("address").parse({
      description,
      address: { line1: " 200, rue Principale ", line2: "", city: "Ottawa", province: "ON", postalCode: "k1a0b9" },
    });
    expect(result).toEqual({
      description,
      proposed: {
        kind: "address",
        address: { line1: "200, rue Principale", city: "Ottawa", province: "ON", postalCode: "K1A 0B9", country: "CA" },
      },
    });
  });

  it("reads only the capacity boxes that were filled in, French spacing included", () => {
    const result = changeFormSchema("capacity").parse({
      description,
      [`capacity-${AREA}`]: "1\u202f200",
      [`capacity-${OTHER_AREA}`]: "",
      unrelated: "ignored",
    });
    expect(result.proposed).toEqual({ kind: "capacity", areas: [{ id: AREA, capacity: 1200 }] });
  });

  it("asks for at least one capacity", () => {
    const result = changeFormSchema("capacity").safeParse({ description, [`capacity-${AREA}`]: " " });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["capacity"], "ChangeRequestPage.errors.capacityNone"],
    ]);
  });

  it("takes only an explanation for a licensed area or another change", () => {
    for (const kind of ["licensed_area", "other"] as const)
      expect(changeFormSchema(kind).parse({ description, operatingName: "x" })).toEqual({
        description,
        proposed: null,
      });
  });

  it("never throws, whatever the form sends, and keeps each error on a field of the form", () => {
    const value = fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null), fc.object({ maxDepth: 1 }));
    const form = fc.dictionary(
      fc.oneof(
        fc.constantFrom("description", "address", "operatingName", "email", "phone", "__proto__", "constructor"),
        fc.string({ maxLength: 20 }).map((name) => `capacity-${name}`),
        fc.constant(`capacity-${AREA}`),
      ),
      value,
    );
    fc.assert(
      fc.property(fc.constantFrom(...requestableKinds), form, (kind, values) => {
        const result = changeFormSchema(kind).safeParse(values);
        if (result.success) return;
        for (const issue of result.error.issues) {
          expect(issue.path).toHaveLength(1);
          expect(typeof issue.message).toBe("string");
        }
      }),
    );
  });

  it("accepts any capacity from 1 to 100 000 and refuses every other number", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 200_000 }), (capacity) => {
        const result = changeFormSchema("capacity").safeParse({ description, [`capacity-${AREA}`]: String(capacity) });
        expect(result.success).toBe(capacity >= 1 && capacity <= 100_000);
      }),
    );
  });
});

describe("normalizePostalCode", () => {
  it("prints any accepted spelling as A1A 1A1", () => {
    const letter = fc.constantFrom(..."ABCEGHJKLMNPRSTVXY");
    const digit = fc.constantFrom(..."0123456789");
    fc.assert(
      fc.property(
        fc.tuple(letter, digit, letter, digit, letter, digit),
        fc.boolean(),
        fc.boolean(),
        (parts, lower, spaced) => {
          const code = `${parts.slice(0, 3).join("")}${spaced ? " " : ""}${parts.slice(3).join("")}`;
          const typed = lower ? code.toLowerCase() : code;
          expect(normalizePostalCode(typed)).toBe(`${parts.slice(0, 3).join("")} ${parts.slice(3).join("")}`);
        },
      ),
    );
  });
});

describe("offeredKinds", () => {
  it("offers an address and areas only with premises, a capacity only with areas", () => {
    expect(offeredKinds({ hasPremises: false, areaIds: [] })).toEqual(["operating_name", "contact", "other"]);
    expect(offeredKinds({ hasPremises: true, areaIds: [] })).not.toContain("capacity");
    expect(offeredKinds({ hasPremises: true, areaIds: [AREA] })).toEqual([...requestableKinds]);
  });
});

describe("proposalFacts and currentFactsFor", () => {
  it("name the areas from the licence, and refuse an area that is not on it", () => {
    expect(proposalFacts({ kind: "capacity", areas: [{ id: AREA, capacity: 30 }] }, current)).toEqual({
      areas: [{ id: AREA, name: "Terrasse", capacity: 30 }],
    });
    expect(proposalFacts({ kind: "capacity", areas: [{ id: OTHER_AREA, capacity: 30 }] }, current)).toBeNull();
    const proposed = { areas: [{ id: AREA, name: "Terrasse", capacity: 30 }] };
    expect(currentFactsFor("capacity", proposed, current)).toEqual({
      areas: [{ id: AREA, name: "Terrasse", capacity: 24 }],
    });
    expect(currentFactsFor("capacity", proposed, { ...current, areas: [] })).toBeNull();
  });
});

describe("factRows", () => {
  it("shows facts line by line, and nothing for facts it cannot read", () => {
    expect(factRows("contact", { email: "a@b.ca", phone: null })).toEqual([
      { field: "email", value: "a@b.ca" },
      { field: "phone", value: null },
    ]);
    expect(factRows("capacity", { areas: "<script>" })).toEqual([]);
    expect(factRows("other", { anything: 1 })).toEqual([]);
    expect(factRows("address", null)).toEqual([]);
    expect(addressText({ line1: "1 Main", line2: "", city: "Ottawa", postalCode: 5 })).toBeNull();
    expect(addressText({ line1: "1 Main", city: "Ottawa" })).toBe("1 Main, Ottawa");
  });
});
