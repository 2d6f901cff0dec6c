import { describe, expect, it } from "vitest";
import fc from "fast-check";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { requiredDocuments, type SavedAnswers } from "@/lib/applications/engine";
import type { LicenceFacts, RuleContext } from "@/lib/applications/outcome";
import { lotteryRetailerNew as kind, storeType, storeTypes } from "@/lib/applications/kinds/lottery-retailer";
import { lotteryRetailerRenewal as renewal } from "@/lib/applications/kinds/lottery-retailer-renewal";
import { applicationKinds } from "@/lib/applications/registry";

const context: RuleContext = { today: "2027-03-01", licence: null };
const address = { line1: "455 Bank Street", city: "Ottawa", province: "ON", postalCode: "K2P 1Z2" };
const site = { line1: "88 Rideau Street", city: "Ottawa", province: "ON", postalCode: "K1N 5W8" };

/** A complete application of a corner store; each part can be replaced. */
function answers(extra: SavedAnswers = {}): SavedAnswers {
  return {
    applicantType: { applicantType: "corporation" },
    applicantDetails: { legalName: "Dépanneur Lafleur inc.", businessNumber: "123456789" },
    contactDetails: { contactName: "Hélène Lafleur", email: "helene@example.com", phone: "613-555-0150" },
    addresses: { mailing: address, physicalSameAsMailing: "yes", businessSameAsMailing: "yes" },
    associatedPersons: {
      items: [
        { id: "person-1", firstName: "Hélène", lastName: "Lafleur", email: "helene@example.com", role: "officer" },
      ],
    },
    siteDetails: { siteName: "Dépanneur Lafleur", storeType: "convenience" },
    siteAddress: { siteAddress: site },
    declaration: { confirmed: "yes" },
    ...extra,
  };
}

describe("the lottery retailer registration's declaration", () => {
  it("is offered under Lottery and gaming with its guidance, and renewed on the registration", () => {
    expect(applicationKinds.get("lottery_retailer_new")).toBe(kind);
    expect(kind.sector).toBe("lotteryGaming");
    expect(kind.catalogue).toEqual({ guidanceUrl: "https://www.agco.ca/en/lottery-and-gaming/lottery-retailers" });
    expect(applicationKinds.onLicence("lottery_retailer", "renewal")).toBe(renewal);
    expect(renewal.catalogue).toBeUndefined();
  });

  it("is applied for by the business the answers describe", () => {
    expect(kind.outcome.applicant).toBe("business");
    expect(kind.outcome.applicantRecord?.(answers())).toMatchObject({
      type: "business",
      business: { legalName: "Dépanneur Lafleur inc.", entityType: "corporation", businessNumber: "123456789" },
    });
  });

  it("always asks for the signed retailer agreement", () => {
    expect(requiredDocuments(kind, answers()).map((document) => document.id)).toEqual(["retailerAgreement"]);
    expect(requiredDocuments(kind, {}).map((document) => document.id)).toEqual(["retailerAgreement"]);
  });

  it("costs the lottery retailer's row of the schedule, new or renewed, once, and goes to an officer", () => {
    expect(kind.outcome.fee(answers())).toEqual({
      scheduleKind: "lottery_retailer",
      action: "new",
      termYears: null,
      quantity: 1,
    });
    expect(renewal.outcome.fee({})).toEqual({
      scheduleKind: "lottery_retailer",
      action: "renewal",
      termYears: null,
      quantity: 1,
    });
    expect(kind.outcome.review).toBe("staff");
    expect(renewal.outcome.review).toBe("staff");
  });
});

describe("approval of a lottery retailer registration", () => {
  it("registers the business for a year at its site, without areas, with the type of store", () => {
    expect(kind.outcome.approval(answers(), context)).toEqual({
      type: "issue",
      issued: {
        licenceKind: "lottery_retailer",
        numberPrefix: "LRR",
        validity: { type: "term", years: 1 },
        premises: { name: "Dépanneur Lafleur", address: site, areas: [] },
        details: [{ label: "storeType", values: [{ term: "store_convenience" }] }],
      },
    });
  });

  it("prints only a type of store it offers, and each in both languages (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...storeTypes), fc.string({ maxLength: 20 })), (typed) => {
        const effect = kind.outcome.approval(answers({ siteDetails: { siteName: "Site", storeType: typed } }), context);
        if (effect.type !== "issue") throw new Error("expected a registration");
        const offered = storeTypes.find((type) => type === typed) ?? null;
        expect(storeType({ siteDetails: { storeType: typed } })).toBe(offered);
        expect(effect.issued.details).toEqual(
          offered ? [{ label: "storeType", values: [{ term: `store_${offered}` }] }] : null,
        );
      }),
    );
    for (const type of storeTypes) {
      expect(Object.keys(en.Certificate.values)).toContain(`store_${type}`);
      expect(Object.keys(fr.Certificate.values)).toContain(`store_${type}`);
    }
  });
});

describe("the renewal of a lottery retailer registration", () => {
  const licence: LicenceFacts = {
    id: "licence-1",
    kind: "lottery_retailer",
    number: "LRR-2027-000123",
    status: "active",
    expiresOn: "2028-03-01",
    termYears: 1,
    areas: [],
    details: [{ label: "storeType", values: [{ term: "store_convenience" }] }],
  };

  it("starts from the people on file and the last contact details", () => {
    const onFile = [
      {
        firstName: "Hélène",
        lastName: "Lafleur",
        email: "helene@example.com",
        role: "officer",
        shareBasisPoints: null,
      },
      { firstName: "Hélène", lastName: "Lafleur", email: null, role: "shareholder", shareBasisPoints: 6000 },
    ];
    const prefilled = renewal.onLicence?.prefill?.({
      licence,
      people: onFile,
      managers: [],
      previousAnswers: answers(),
    });
    expect(prefilled).toEqual({
      associatedPersons: {
        items: [
          {
            id: expect.any(String),
            firstName: "Hélène",
            lastName: "Lafleur",
            email: "helene@example.com",
            role: "officer",
            sharePercent: "60",
          },
        ],
      },
      contactDetails: answers().contactDetails,
    });
  });

  it("lists the last application's people while nobody is on file, each as a new item", () => {
    const prefilled = renewal.onLicence?.prefill?.({ licence, people: [], managers: [], previousAnswers: answers() });
    const items = (prefilled?.associatedPersons?.items ?? []) as Record<string, unknown>[];
    expect(items).toEqual([
      {
        id: expect.any(String),
        firstName: "Hélène",
        lastName: "Lafleur",
        email: "helene@example.com",
        role: "officer",
      },
    ]);
    expect(items[0]?.id).not.toBe("person-1");
    expect(renewal.onLicence?.prefill?.({ licence, people: [], managers: [], previousAnswers: {} })).toEqual({});
  });

  it("extends the registration by a year", () => {
    expect(renewal.outcome.approval(answers(), { today: "2028-02-01", licence })).toEqual({ type: "extend", years: 1 });
  });
});
