import { describe, expect, it } from "vitest";
import { profileSchema, registerSchema, signInSchema } from "@/lib/accounts/schemas";
import { fieldErrorsFrom } from "@/lib/forms/state";

const valid = {
  email: "  Marie.Tremblay@Example.COM ",
  password: "Verte-prairie-7",
  passwordConfirm: "Verte-prairie-7",
  firstName: "Marie",
  lastName: "Tremblay",
  phone: "613-555-0101",
  locale: "fr",
};

const errorsOf = (result: ReturnType<typeof registerSchema.safeParse>) =>
  result.success ? {} : fieldErrorsFrom(result.error);

describe("registerSchema", () => {
  it("normalises the e-mail and accepts a complete form", () => {
    const result = registerSchema.safeParse(valid);
    expect(result.success && result.data.email).toBe("marie.tremblay@example.com");
  });

  it("names every missing field with its own message", () => {
    expect(errorsOf(registerSchema.safeParse({}))).toEqual({
      email: "emailRequired",
      firstName: "firstNameRequired",
      lastName: "lastNameRequired",
      phone: "phoneRequired",
      locale: "localeRequired",
      password: "passwordRequired",
      passwordConfirm: "passwordConfirmRequired",
    });
  });

  it("refuses mismatched passwords and bad formats", () => {
    expect(errorsOf(registerSchema.safeParse({ ...valid, passwordConfirm: "other" }))).toEqual({
      passwordConfirm: "passwordMismatch",
    });
    expect(errorsOf(registerSchema.safeParse({ ...valid, email: "marie@" }))).toEqual({ email: "emailInvalid" });
    expect(errorsOf(registerSchema.safeParse({ ...valid, phone: "555-0101" }))).toEqual({ phone: "phoneInvalid" });
    expect(errorsOf(registerSchema.safeParse({ ...valid, locale: "de" }))).toEqual({ locale: "localeRequired" });
  });

  it("takes an optional access code in any readable form and normalises it", () => {
    const result = registerSchema.safeParse({ ...valid, accessCode: "k7m2q-9xrtb-4hwpd" });
    expect(result.success && result.data.accessCode).toBe("K7M2Q9XRTB4HWPD");
    expect(errorsOf(registerSchema.safeParse({ ...valid, accessCode: "12345" }))).toEqual({
      accessCode: "accessCodeInvalid",
    });
    const empty = registerSchema.safeParse({ ...valid, accessCode: "" });
    expect(empty.success && empty.data.accessCode).toBeUndefined();
  });

  it("ignores fields it does not know (no role or status from the client)", () => {
    const result = registerSchema.safeParse({ ...valid, role: "admin", status: "active" });
    expect(result.success && Object.keys(result.data)).not.toContain("role");
  });

  it("survives odd input without throwing", () => {
    for (const input of [null, 42, "text", { email: ["a"], password: { x: 1 } }, { email: "x".repeat(100_000) }]) {
      expect(registerSchema.safeParse(input).success).toBe(false);
    }
  });
});

describe("signInSchema", () => {
  it("never applies the password rule to sign-in (old passwords still work)", () => {
    expect(signInSchema.safeParse({ email: "a@b.ca", password: "short" }).success).toBe(true);
  });
});

describe("profileSchema", () => {
  const base = { phone: "613-555-0101", locale: "en" };
  it("accepts an empty date of birth as 'not given'", () => {
    const result = profileSchema.safeParse({ ...base, dateOfBirth: { day: "", month: "", year: "" } });
    expect(result.success && result.data.dateOfBirth).toBeNull();
  });

  it("refuses impossible dates and minors", () => {
    const bad = (dateOfBirth: object) => profileSchema.safeParse({ ...base, dateOfBirth });
    expect(bad({ day: "31", month: "2", year: "1980" }).success).toBe(false);
    expect(bad({ day: "1", month: "1", year: String(new Date().getFullYear() - 5) }).success).toBe(false);
    expect(bad({ day: "27", month: "3", year: "1980" }).success).toBe(true);
  });
});
