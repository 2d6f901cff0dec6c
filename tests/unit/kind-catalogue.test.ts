import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { sectors } from "@/lib/applications/engine";
import { applicationKinds, sectorOfLicence } from "@/lib/applications/registry";
import { withDynamicKeys } from "@/lib/i18n/message-keys";

/**
 * The start page and /help list the kinds the registry catalogues: each must say, in both
 * languages, what it is, who needs it and what to know before starting, and where its guidance is.
 */
const catalogues = [
  ["en", en],
  ["fr", fr],
] as const;
const catalogued = applicationKinds.all().filter((kind) => kind.catalogue);

describe("the catalogue of kinds", () => {
  it("offers kinds, each in a sector the start page has a heading for", () => {
    expect(catalogued.length).toBeGreaterThan(0);
    for (const [locale, messages] of catalogues) {
      const t = withDynamicKeys(createTranslator({ locale, messages, namespace: "KindCatalogue" }));
      for (const sector of sectors) expect(t.has(`sectors.${sector}`), `${locale} ${sector}`).toBe(true);
    }
    const listed = applicationKinds.catalogue().flatMap((group) => group.kinds.map((kind) => kind.id));
    expect(listed.sort()).toEqual(catalogued.map((kind) => kind.id).sort());
  });

  it.each(catalogued.map((kind) => [kind.id, kind] as const))(
    "%s has its title, who needs it and its start lead in both languages, and guidance on the web",
    (_id, kind) => {
      for (const [locale, messages] of catalogues) {
        const t = withDynamicKeys(createTranslator({ locale, messages, namespace: kind.messages }));
        for (const key of ["title", "whoNeedsIt", "start.lead"])
          expect(t.has(key) && t(key).trim().length > 0, `${locale} ${kind.messages}.${key}`).toBe(true);
      }
      expect(kind.catalogue?.guidanceUrl).toMatch(/^https:\/\//);
    },
  );

  it("asks start questions only on a form page", () => {
    for (const kind of catalogued.filter((candidate) => candidate.startSection)) {
      expect(kind.sections.find((section) => section.id === kind.startSection)?.page, kind.id).toBe("form");
    }
  });
});

describe("sectorOfLicence", () => {
  it("puts each licence kind in its sector, so an expired gaming registration is not told about alcohol", () => {
    expect(sectorOfLicence("liquor_sales")).toBe("alcohol");
    expect(sectorOfLicence("special_occasion_permit")).toBe("alcohol");
    expect(sectorOfLicence("gaming_registration")).toBe("lotteryGaming");
    expect(sectorOfLicence("lottery_retailer")).toBe("lotteryGaming");
    expect(sectorOfLicence("charitable_gaming")).toBe("lotteryGaming");
    expect(sectorOfLicence("horse_racing")).toBe("horseRacing");
    expect(sectorOfLicence("no_such_kind")).toBeNull();
  });

  it("words an expired licence for its sector in both languages", () => {
    for (const [locale, messages] of catalogues) {
      const t = createTranslator({ locale, messages, namespace: "LicencePage" });
      const alcohol = t.rich("expiredBody", { sector: "alcohol", link: (chunks) => chunks });
      const gaming = t.rich("expiredBody", { sector: "lotteryGaming", link: (chunks) => chunks });
      expect(String(alcohol), locale).toMatch(/alcohol|alcoolisée/);
      expect(String(gaming), locale).not.toMatch(/alcohol|alcoolisée/);
    }
  });
});
