import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createFormatter } from "next-intl";
import { formatterFor } from "@/lib/i18n/formatter";
import { formats } from "@/lib/i18n/formats";
import { formatMoment } from "@/lib/i18n/format";
import { locales } from "@/lib/i18n/routing";
import { COMMISSION_TIME_ZONE } from "@/lib/time/time-zone";

/** Intl separates French groups and times with no-break spaces; compared here as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const names = Object.keys(formats.dateTime) as (keyof typeof formats.dateTime)[];

describe("formatterFor", () => {
  it("is one formatter per language for the whole process", () => {
    expect(formatterFor("fr")).toBe(formatterFor("fr"));
    expect(formatterFor("en")).not.toBe(formatterFor("fr"));
  });

  it("writes the named formats as pages show them: a stored day as that day, a moment on the Commission's clock", () => {
    const storedDay = new Date("2027-01-02T00:00:00.000Z");
    const evening = new Date("2026-11-27T02:30:00.000Z"); // 21 h 30 on the 26th in Toronto
    expect(formatterFor("fr").dateTime(storedDay, "day")).toBe("2 janvier 2027");
    expect(formatterFor("en").dateTime(storedDay, "day")).toBe("January 2, 2027");
    expect(formatterFor("fr").dateTime(evening, "long")).toBe("26 novembre 2026");
    expect(plain(formatterFor("fr").dateTime(evening, "time"))).toBe("21 h 30");
    expect(plain(formatterFor("en").dateTime(evening, "moment"))).toBe("November 26, 2026 at 9:30 p.m.");
    expect(plain(formatterFor("fr").number(12345, { maximumFractionDigits: 0 }))).toBe("12 345");
    // The same words as e-mails and PDFs.
    expect(formatterFor("fr").dateTime(evening, "moment")).toBe(formatMoment(evening, "fr"));
    expect(formatterFor("en").dateTime(evening, "moment")).toBe(formatMoment(evening, "en"));
  });

  it("writes what a fresh formatter writes, whatever was formatted before", () => {
    const fresh = Object.fromEntries(
      locales.map((locale) => [
        locale,
        createFormatter({ locale: `${locale}-CA` as typeof locale, timeZone: COMMISSION_TIME_ZONE, formats }),
      ]),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            locale: fc.constantFrom(...locales),
            name: fc.constantFrom(...names),
            moment: fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (calls) => {
          for (const { locale, name, moment } of calls) {
            expect(formatterFor(locale).dateTime(moment, name)).toBe(fresh[locale]?.dateTime(moment, name));
          }
        },
      ),
    );
  });
});
