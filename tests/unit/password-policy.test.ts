import { describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/accounts/password-policy";
import { checkPasswordRule } from "@/lib/accounts/password-rule";

describe("checkPasswordRule (the seed's rule)", () => {
  it("needs at least 8 characters", () => {
    expect(checkPasswordRule("Ab3defg")).toBe("passwordTooShort");
    expect(checkPasswordRule("Ab3defgh")).toBeNull();
  });

  it("counts characters as people do, not UTF-16 units", () => {
    expect(checkPasswordRule("😀😀😀😀😀😀😀1")).toBeNull();
    expect(checkPasswordRule("😀😀😀😀😀😀1")).toBe("passwordTooShort");
  });

  it("needs one digit, one upper-case letter or one special character — any one is enough", () => {
    expect(checkPasswordRule("lowercaseonly")).toBe("passwordNeedsVariety");
    expect(checkPasswordRule("lowercase1")).toBeNull();
    expect(checkPasswordRule("Lowercase")).toBeNull();
    expect(checkPasswordRule("lower#case")).toBeNull();
    expect(checkPasswordRule("écoleÉté")).toBeNull();
  });

  it("accepts pass-phrases up to 256 characters, refuses longer ones, never truncates", () => {
    expect(checkPasswordRule(`A${"a".repeat(255)}`)).toBeNull();
    expect(checkPasswordRule(`A${"a".repeat(256)}`)).toBe("passwordTooLong");
    expect(checkPasswordRule("correct horse battery staple 7")).toBeNull();
  });
});

describe("checkPassword (rule + blocklist)", () => {
  it("refuses common passwords, even decorated", () => {
    expect(checkPassword("Password1")).toBe("passwordTooCommon");
    expect(checkPassword("qwerty123!")).toBe("passwordTooCommon");
    expect(checkPassword("Soleil2026")).toBe("passwordTooCommon");
  });

  it("refuses the portal's own words", () => {
    expect(checkPassword("Permis2026!")).toBe("passwordTooCommon");
    expect(checkPassword("Commission1")).toBe("passwordTooCommon");
    expect(checkPassword("#Licence99")).toBe("passwordTooCommon");
  });

  it("refuses one repeated character", () => {
    expect(checkPassword("AAAAAAAAAA")).toBe("passwordTooCommon");
  });

  it("refuses the user's own e-mail or name", () => {
    expect(checkPassword("marie.tremblay@example.com", { email: "marie.tremblay@example.com" })).toBe(
      "passwordPersonal",
    );
    expect(checkPassword("Okonkwo-Adaeze", { lastName: "Okonkwo" })).toBeNull();
    expect(checkPassword("Okonkwo2026", { lastName: "Okonkwo" })).toBe("passwordPersonal");
  });

  it("accepts a reasonable password", () => {
    expect(checkPassword("Demo!Soleil2026")).toBeNull();
    expect(checkPassword("verte-prairie-au-matin")).toBeNull();
  });
});
