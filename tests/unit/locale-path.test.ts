import { describe, expect, it } from "vitest";
import { closestLocale, otherLocale, switchLocale, unsupportedLocaleSegment } from "@/lib/i18n/locale-path";

describe("unsupportedLocaleSegment", () => {
  it("ignores our own locales and ordinary paths", () => {
    expect(unsupportedLocaleSegment("/fr/help")).toBeNull();
    expect(unsupportedLocaleSegment("/en")).toBeNull();
    expect(unsupportedLocaleSegment("/")).toBeNull();
    expect(unsupportedLocaleSegment("/dashboard")).toBeNull();
  });

  it("spots language tags we do not serve", () => {
    expect(unsupportedLocaleSegment("/de/help")).toBe("de");
    expect(unsupportedLocaleSegment("/fr-CA/help")).toBe("fr-CA");
    expect(unsupportedLocaleSegment("/EN")).toBe("EN");
    expect(unsupportedLocaleSegment("/zh-Hant-TW")).toBe("zh-Hant-TW");
  });
});

describe("closestLocale", () => {
  it("maps regional and upper-case tags to the language we serve", () => {
    expect(closestLocale("fr-CA")).toBe("fr");
    expect(closestLocale("EN")).toBe("en");
    expect(closestLocale("en_GB")).toBe("en");
  });

  it("has no match for other languages", () => {
    expect(closestLocale("de")).toBeNull();
    expect(closestLocale("iu")).toBeNull();
  });
});

describe("switchLocale", () => {
  it("keeps the rest of the path", () => {
    expect(switchLocale("/fr/help", "en")).toBe("/en/help");
    expect(switchLocale("/en/applications/abc/premises", "fr")).toBe("/fr/applications/abc/premises");
    expect(switchLocale("/fr", "en")).toBe("/en");
  });

  it("adds a locale to a path that has none", () => {
    expect(switchLocale("/help", "fr")).toBe("/fr/help");
    expect(switchLocale("/", "en")).toBe("/en");
  });
});

describe("otherLocale", () => {
  it("toggles between French and English", () => {
    expect(otherLocale("fr")).toBe("en");
    expect(otherLocale("en")).toBe("fr");
  });
});
