import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { isMessageKey, withDynamicKeys } from "@/lib/i18n/message-keys";
import { acceptedCardBrand } from "@/lib/payments/methods";
import { isVerificationMethod } from "@/lib/access-codes/schemas";
import { isProvince } from "@/lib/applications/fields";
import en from "@/messages/en.json";

const t = createTranslator({ locale: "en", messages: en, namespace: "Terms" });

describe("withDynamicKeys", () => {
  it("translates a key made at run time and says whether one exists", () => {
    const dynamic = withDynamicKeys(t);
    const status = ["licenceStatuses", "active"].join(".");
    expect(dynamic(status)).toBe(en.Terms.licenceStatuses.active);
    expect(dynamic.has(status)).toBe(true);
    expect(dynamic.has("licenceStatuses.unheardOf")).toBe(false);
  });
});

describe("isMessageKey", () => {
  it("accepts only keys the catalogue holds", () => {
    expect(isMessageKey(t, "licenceKinds.liquor_sales")).toBe(true);
    expect(isMessageKey(t, "licenceKinds.__proto__")).toBe(false);
    // Found by the printed-details property test: every object answers to valueOf, toString…
    for (const part of ["valueOf", "toString", "hasOwnProperty", "constructor"])
      expect(isMessageKey(t, `licenceKinds.${part}`)).toBe(false);
    expect(isMessageKey(t, "")).toBe(false);
  });
});

describe("values read back from storage", () => {
  it("accepts only the card brands the portal takes, whatever their case", () => {
    expect(acceptedCardBrand("VISA")).toBe("visa");
    expect(acceptedCardBrand("mastercard")).toBe("mastercard");
    expect(acceptedCardBrand("amex")).toBeNull();
    expect(acceptedCardBrand(null)).toBeNull();
  });

  it("knows the verification methods and provinces it can name", () => {
    expect(isVerificationMethod("other")).toBe(true);
    expect(isVerificationMethod("constructor")).toBe(false);
    expect(isProvince("ON")).toBe(true);
    expect(isProvince("XX")).toBe(false);
  });
});
