import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { dateBoxes, readFields } from "@/lib/applications/fields";
import { requiredDocuments, type SavedAnswers } from "@/lib/applications/engine";
import type { LicenceFacts, RuleContext } from "@/lib/applications/outcome";
import {
  categoriesDetail,
  categoryChoice,
  hasCategory,
  horseRacingNew as kind,
  racingCategories,
} from "@/lib/applications/kinds/horse-racing";
import { holderOnFile, horseRacingRenewal as renewal } from "@/lib/applications/kinds/horse-racing-renewal";
import { applicationKinds } from "@/lib/applications/registry";
import { withDynamicKeys } from "@/lib/i18n/message-keys";

const context: RuleContext = { today: "2027-03-01", licence: null };
const address = { line1: "12 Stable Road", city: "Toronto", province: "ON", postalCode: "M9W 5L2" };

/** A complete application of a trainer and groom born on 15 May 1990; each part can be replaced. */
function answers(extra: SavedAnswers = {}): SavedAnswers {
  return {
    personalDetails: { dateOfBirth: dateBoxes("1990-05-15"), phone: "416-555-0142", homeAddress: address },
    categories: { trainer: "yes", groom: "yes" },
    disclosures: { criminalRecord: "no", otherJurisdiction: "no", refusedElsewhere: "no" },
    declaration: { confirmed: "yes" },
    ...extra,
  };
}

describe("the horse racing licence's declaration", () => {
  it("is offered under Horse racing with its guidance, and renewed on the licence", () => {
    expect(applicationKinds.get("horse_racing_new")).toBe(kind);
    expect(kind.sector).toBe("horseRacing");
    expect(kind.catalogue).toEqual({ guidanceUrl: "https://www.agco.ca/en/horse-racing/licensing" });
    expect(renewal.sector).toBe("horseRacing");
    expect(applicationKinds.onLicence("horse_racing", "renewal")).toBe(renewal);
    expect(renewal.catalogue).toBeUndefined();
  });

  it("is applied for by a person for themself, on their own record", () => {
    expect(kind.outcome.applicant).toBe("individual");
    expect(kind.outcome.applicantRecord?.(answers())).toEqual({ type: "individual" });
  });

  it("always asks for a photo ID, never for more unless an officer does", () => {
    expect(requiredDocuments(kind, answers()).map((document) => document.id)).toEqual(["photoId"]);
    expect(kind.documents.map((document) => document.id)).toContain("additionalInformation");
  });

  it("costs the horse-racing licence's row of the schedule, new or renewed, once", () => {
    expect(kind.outcome.fee(answers())).toEqual({
      scheduleKind: "horse_racing_licence",
      action: "new",
      termYears: null,
      quantity: 1,
    });
    expect(renewal.outcome.fee({})).toEqual({
      scheduleKind: "horse_racing_licence",
      action: "renewal",
      termYears: null,
      quantity: 1,
    });
    expect(kind.outcome.review).toBe("staff");
    expect(renewal.outcome.review).toBe("staff");
  });
});

describe("approval of a horse racing licence", () => {
  it("issues a licence that ends on the holder's birthday outside the renewal window, with its categories", () => {
    expect(kind.outcome.approval(answers({ categories: { trainer: "yes", groom: "yes" } }), context)).toEqual({
      type: "issue",
      issued: {
        licenceKind: "horse_racing",
        numberPrefix: "HRL",
        validity: { type: "birthday", dateOfBirth: "1990-05-15", atLeastDays: 60 },
        premises: null,
        details: [{ label: "racingCategories", values: [{ term: "racing_trainer" }, { term: "racing_groom" }] }],
      },
    });
  });

  it("prints another category as the applicant named it, after those ticked", () => {
    const choice = categoryChoice({ owner: "yes", otherCategory: "  Exercise rider " });
    expect(choice).toEqual({ categories: ["owner"], other: "Exercise rider" });
    expect(categoriesDetail(choice)).toEqual({
      label: "racingCategories",
      values: [{ term: "racing_owner" }, { text: "Exercise rider" }],
    });
  });
});

describe("the licence categories", () => {
  const blockers = (saved: SavedAnswers) => kind.outcome.blockers?.(saved, context) ?? [];

  it("say nothing before the categories page is saved: the section is simply not done yet", () => {
    expect(blockers(answers({ categories: undefined }))).toEqual([]);
  });

  it("refuse a licence with no category: none ticked and none named", () => {
    expect(blockers(answers({ categories: {} }))).toEqual([{ rule: "chooseCategory", section: "categories" }]);
    expect(blockers(answers({ categories: { otherCategory: "   " } }))).toEqual([
      { rule: "chooseCategory", section: "categories" },
    ]);
    expect(blockers(answers({ categories: { jockey: "yes" } }))).toEqual([]);
    expect(blockers(answers({ categories: { otherCategory: "Farrier" } }))).toEqual([]);
  });

  it("are read from whatever was saved: only offered categories ticked, in order, and a named one trimmed (property)", () => {
    const value = fc.oneof(fc.constant("yes"), fc.string({ maxLength: 120 }), fc.integer(), fc.constant(null));
    const saved = fc.dictionary(
      fc.oneof(fc.constantFrom(...racingCategories, "otherCategory"), fc.string({ maxLength: 12 })),
      value,
    );
    fc.assert(
      fc.property(saved, (categories) => {
        const choice = categoryChoice(categories);
        expect(choice.categories).toEqual(racingCategories.filter((category) => categories[category] === "yes"));
        const typed = typeof categories.otherCategory === "string" ? categories.otherCategory.trim() : "";
        expect(choice.other).toBe(typed === "" ? null : typed.slice(0, 100));
        const blocked = blockers(answers({ categories })).length > 0;
        expect(blocked).toBe(!hasCategory(choice));
        // Every word the certificate prints is one it can translate.
        for (const value of categoriesDetail(choice).values)
          if ("term" in value) expect(Object.keys(en.Certificate.values)).toContain(value.term);
      }),
    );
  });

  it("are printed in both languages", () => {
    for (const messages of [en, fr]) {
      const t = withDynamicKeys(createTranslator({ locale: "en", messages, namespace: "Certificate" }));
      expect(t.has("details.racingCategories")).toBe(true);
      for (const category of racingCategories) expect(t.has(`values.racing_${category}`), category).toBe(true);
    }
  });
});

describe("the renewal of a horse racing licence", () => {
  const licence: LicenceFacts = {
    id: "licence-1",
    kind: "horse_racing",
    number: "HRL-2027-000123",
    status: "active",
    expiresOn: "2028-05-15",
    termYears: null,
    areas: [],
    details: null,
  };

  it("starts from the last approved answers: the phone and address to check, the birthday and categories on file", () => {
    const prefilled = renewal.onLicence?.prefill?.({ licence, people: [], managers: [], previousAnswers: answers() });
    expect(prefilled).toEqual({
      onFile: { dateOfBirth: dateBoxes("1990-05-15"), categories: { trainer: "yes", groom: "yes" } },
      personalDetails: { phone: "416-555-0142", homeAddress: address },
    });
  });

  it("finds the date of birth and categories in a previous renewal's answers as well", () => {
    const previousRenewal = {
      onFile: { dateOfBirth: dateBoxes("1990-05-15"), categories: { jockey: "yes" } },
      personalDetails: { phone: "416-555-0199", homeAddress: address },
    };
    expect(holderOnFile(previousRenewal)).toEqual(previousRenewal.onFile);
    expect(
      renewal.onLicence?.prefill?.({ licence, people: [], managers: [], previousAnswers: previousRenewal }),
    ).toEqual(previousRenewal);
    expect(holderOnFile({ personalDetails: { dateOfBirth: { day: "31", month: "2", year: "1990" } } })).toEqual({});
  });

  it("extends the licence a year, to the holder's birthday", () => {
    const prefilled =
      renewal.onLicence?.prefill?.({ licence, people: [], managers: [], previousAnswers: answers() }) ?? {};
    expect(renewal.outcome.approval(prefilled, { today: "2028-04-01", licence })).toEqual({
      type: "extend",
      years: 1,
      dateOfBirth: "1990-05-15",
    });
    // A licence from before the portal has no date of birth on file: its expiry date is a birthday.
    expect(renewal.outcome.approval({}, { today: "2028-04-01", licence })).toEqual({
      type: "extend",
      years: 1,
      dateOfBirth: "2028-05-15",
    });
  });

  it("lets no form reach the date of birth: no section declares it or the answers holding it", () => {
    for (const section of renewal.sections) {
      expect(section.id).not.toBe("onFile");
      if (section.page !== "documents") expect(section.fields.map((field) => field.name)).not.toContain("dateOfBirth");
    }
  });

  it("keeps only a section's declared fields from any form posted to it (property)", () => {
    const name = fc.oneof(
      fc.constantFrom("dateOfBirth", "dateOfBirth.day", "dateOfBirth.year", "onFile", "phone", "homeAddress.city"),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.string({ maxLength: 30 })), { maxLength: 12 }), (entries) => {
        const form = new FormData();
        for (const [key, value] of entries) form.append(key, value);
        for (const section of renewal.sections) {
          if (section.page === "documents") continue;
          const declared = section.fields.map((field) => field.name);
          for (const key of Object.keys(readFields(section.fields, form))) expect(declared).toContain(key);
        }
      }),
    );
  });
});
