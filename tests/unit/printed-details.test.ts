import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { printedDetails } from "@/lib/licences/printed-details";
import { translatorFor } from "@/lib/i18n/translator";
import enMessages from "@/messages/en.json";

const en = translatorFor("en");
const fr = translatorFor("fr");

describe("printedDetails", () => {
  it("prints an event day with its hours in each language", () => {
    const details = [{ label: "eventDays", values: [{ day: "2026-07-18", from: "14:00", to: "23:30" }] }];
    expect(printedDetails(details, "en", en)).toEqual([
      { label: "Event days", lines: ["July 18, 2026, 2:00 p.m. to 11:30 p.m."] },
    ]);
    expect(printedDetails(details, "fr", fr)).toEqual([
      { label: "Jours de l’événement", lines: ["18 juillet 2026, de 14 h 00 à 23 h 30"] },
    ]);
  });

  it("prints a day without hours as the day alone, and one with a single hour the same way", () => {
    const details = [{ label: "eventDays", values: [{ day: "2026-07-18" }, { day: "2026-07-19", from: "10:00" }] }];
    expect(printedDetails(details, "en", en)).toEqual([
      { label: "Event days", lines: ["July 18, 2026", "July 19, 2026"] },
    ]);
  });

  it("translates the words a kind prints and keeps text as typed", () => {
    const details = [
      { label: "eventType", values: [{ term: "private" }] },
      { label: "eventClass", values: [{ term: "no_sale" }] },
      { label: "place", values: [{ term: "outdoor" }, { text: "12 Lakeshore Road, Kingston" }] },
    ];
    expect(printedDetails(details, "fr", fr)).toEqual([
      { label: "Événement", lines: ["Événement privé"] },
      { label: "Catégorie", lines: ["Sans vente"] },
      { label: "Lieu", lines: ["À l’extérieur", "12 Lakeshore Road, Kingston"] },
    ]);
  });

  it("leaves out a label the messages lack, and a word they lack", () => {
    const details = [
      { label: "secretLabel", values: [{ text: "shown nowhere" }] },
      { label: "eventType", values: [{ term: "rave" }, { term: "public" }] },
      { label: "eventClass", values: [{ term: "unknown" }] },
    ];
    expect(printedDetails(details, "en", en)).toEqual([{ label: "Event", lines: ["Public event"] }]);
  });

  it("never reads the catalogue's machinery as a label or a word", () => {
    const details = [
      { label: "__proto__", values: [{ text: "x" }] },
      { label: "eventType", values: [{ term: "constructor" }, { term: "__proto__" }] },
    ];
    expect(printedDetails(details, "en", en)).toEqual([]);
  });

  it.each([
    ["nothing", null],
    ["an object", { label: "eventType", values: [{ term: "private" }] }],
    ["a string", "eventDays"],
    ["a row without values", [{ label: "eventType" }]],
    ["values that are not a list", [{ label: "eventType", values: "private" }]],
    ["a value of no known shape", [{ label: "eventType", values: [{ html: "<b>x</b>" }] }]],
    ["a day that does not exist", [{ label: "eventDays", values: [{ day: "2026-02-31" }] }]],
    ["a day in another format", [{ label: "eventDays", values: [{ day: "18/07/2026" }] }]],
    ["an hour past the clock", [{ label: "eventDays", values: [{ day: "2026-07-18", from: "25:00", to: "26:00" }] }]],
    ["a number as text", [{ label: "place", values: [{ text: 42 }] }]],
  ])("gives no rows for %s", (_name, details) => {
    expect(printedDetails(details, "en", en)).toEqual([]);
  });

  it("shows a message key to nobody, whatever labels and words a kind stored", () => {
    const name = fc.oneof(fc.constantFrom("eventType", "place", "private", "sale", "outdoor"), fc.string());
    const value = fc.oneof(fc.record({ term: name }), fc.record({ text: fc.string() }));
    const labels = new Set<string>(Object.values(enMessages.Certificate.details));
    fc.assert(
      fc.property(fc.array(fc.record({ label: name, values: fc.array(value) })), (details) => {
        for (const row of printedDetails(details, "en", en)) {
          expect(labels.has(row.label)).toBe(true);
          expect(row.lines.length).toBeGreaterThan(0);
          for (const line of row.lines) expect(line).not.toMatch(/^Certificate\./);
        }
      }),
    );
  });

  it("never throws, whatever JSON the column holds", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (details) => {
        expect(Array.isArray(printedDetails(details, "fr", fr))).toBe(true);
      }),
    );
  });
});
