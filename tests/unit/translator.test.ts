import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

describe("translatorFor", () => {
  it("reads the catalogue of the language asked for, whatever the request's", () => {
    expect(translatorFor("fr")("Receipt.title")).toBe(fr.Receipt.title);
    expect(translatorFor("en")("Receipt.title")).toBe(en.Receipt.title);
  });

  it("scopes keys to one namespace when given", () => {
    expect(translatorFor("fr", "Receipt")("title")).toBe(fr.Receipt.title);
  });
});
