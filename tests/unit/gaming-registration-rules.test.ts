import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  businessCategories,
  categoryDetail,
  isOperator,
  registrationCategories,
  registrationFee,
  registrationOnFile,
  sitesDetail,
} from "@/lib/applications/kinds/gaming-registration-rules";

describe("the fee of a gaming registration", () => {
  it("is paid once for each site by an operator, once by anyone else", () => {
    expect(registrationFee("charitable_operator_frequent", 3, "new")).toEqual({
      scheduleKind: "charitable_gaming_site_operator_frequent",
      action: "new",
      termYears: null,
      quantity: 3,
    });
    expect(registrationFee("gaming_supplier", 3, "renewal")).toEqual({
      scheduleKind: "gaming_related_supplier_new",
      action: "renewal",
      termYears: null,
      quantity: 1,
    });
    expect(registrationFee("gaming_assistant_2", 0, "new")).toMatchObject({
      scheduleKind: "gaming_assistant_category_2",
    });
  });

  it("is none for a charity's break-open ticket seller, whatever the sites or the year", () => {
    expect(registrationFee("seller", 0, "new")).toBe("none");
    expect(registrationFee("seller", 4, "renewal")).toBe("none");
  });

  it("cannot be priced without a category, or for an operator without a site", () => {
    expect(registrationFee(null, 2, "new")).toBeNull();
    expect(registrationFee("commercial_operator", 0, "new")).toBeNull();
    expect(registrationFee("commercial_operator", Number.NaN, "renewal")).toBeNull();
  });

  it("prices every category for any count of sites: the quantity is the sites for operators, 1 otherwise", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...registrationCategories),
        fc.integer({ min: -5, max: 60 }),
        fc.constantFrom("new" as const, "renewal" as const),
        (category, sites, action) => {
          const fee = registrationFee(category, sites, action);
          if (category === "seller") expect(fee).toBe("none");
          else if (isOperator(category) && sites < 1) expect(fee).toBeNull();
          else expect(fee).toMatchObject({ action, termYears: null, quantity: isOperator(category) ? sites : 1 });
        },
      ),
    );
  });
});

describe("a registration on file", () => {
  it("reads back the category and the number of sites its approval printed", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...businessCategories),
        fc.array(fc.string(), { maxLength: 20 }),
        (category, sites) => {
          expect(registrationOnFile([categoryDetail(category), sitesDetail(sites)])).toEqual({
            category,
            siteCount: sites.length,
          });
        },
      ),
    );
  });

  it("says nothing of details that name no known category", () => {
    expect(registrationOnFile(null)).toBeNull();
    expect(registrationOnFile([{ label: "registrationCategory", values: [{ term: "toString" }] }])).toBeNull();
    expect(registrationOnFile([{ label: "registrationCategory", values: [{ text: "gaming_supplier" }] }])).toBeNull();
  });
});
