import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { echoValues, formDataToObject } from "@/lib/forms/state";

/** Names an attacker would try, mixed into arbitrary ones. */
const hostileName = fc.constantFrom(
  "__proto__",
  "__proto__.polluted",
  "constructor",
  "constructor.prototype",
  "constructor.prototype.polluted",
  "prototype",
  "email",
  "email.x",
  "email.day",
  "dateOfBirth",
  "dateOfBirth.day",
  "dateOfBirth.day.x",
  "a..b",
  ".",
  "",
  "$ACTION_ID_1",
);
const fieldName = fc.oneof(
  hostileName,
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.stringMatching(/^[a-z_.]{1,12}$/),
);
const fields = fc.array(fc.tuple(fieldName, fc.string({ maxLength: 50 })), { maxLength: 12 });

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

describe("formDataToObject", () => {
  const before = prototypeKeys();
  afterEach(() => {
    for (const key of prototypeKeys())
      if (!before.includes(key)) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it("never writes onto Object.prototype, whatever the field names", () => {
    formDataToObject(
      formData([
        ["__proto__.polluted", "yes"],
        ["constructor.prototype.polluted", "yes"],
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeKeys()).toEqual(before);
  });

  it("turns a value and a dotted name for the same field into data, not an exception", () => {
    expect(() =>
      formDataToObject(
        formData([
          ["email", "a@b.c"],
          ["email.x", "1"],
        ]),
      ),
    ).not.toThrow();
    expect(
      formDataToObject(
        formData([
          ["email", "a@b.c"],
          ["email.x", "1"],
        ]),
      ),
    ).toEqual({ email: "a@b.c" });
  });

  it("nests only a date's parts", () => {
    const data = formDataToObject(
      formData([
        ["dateOfBirth.day", "3"],
        ["dateOfBirth.month", "4"],
        ["dateOfBirth.year", "1990"],
        ["x.y", "z"],
      ]),
    );
    expect(JSON.parse(JSON.stringify(data))).toEqual({ dateOfBirth: { day: "3", month: "4", year: "1990" } });
  });

  it("keeps the last of two fields with one name, as a browser sends them", () => {
    expect(
      formDataToObject(
        formData([
          ["intent", "continue"],
          ["intent", "save"],
        ]),
      ).intent,
    ).toBe("save");
  });

  it("echoes a long answer whole, up to well past the longest field, and cuts a forged huge one", () => {
    const message = "Une ligne de texte.\n".repeat(260);
    expect(echoValues(formData([["message", message]])).message).toBe(message);
    expect(echoValues(formData([["message", "x".repeat(50_000)]])).message).toHaveLength(10_000);
  });

  it("never throws and never changes Object.prototype, for any names and values", () => {
    fc.assert(
      fc.property(fields, (entries) => {
        const data = formDataToObject(formData(entries));
        const echoed = echoValues(formData(entries));
        expect(prototypeKeys()).toEqual(before);
        // Only own, ordinary names come out: nothing that could stand for a prototype.
        for (const key of [...Object.keys(data), ...Object.keys(echoed)])
          expect(key).toMatch(/^[A-Za-z][A-Za-z0-9_-]*(\.(day|month|year))?$/);
        expect(Object.keys(data)).not.toContain("__proto__");
      }),
      { numRuns: 500 },
    );
  });
});
