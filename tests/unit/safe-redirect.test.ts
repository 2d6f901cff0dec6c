import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/safe-redirect";

describe("safeReturnPath", () => {
  it("keeps a path of this site under a locale", () => {
    expect(safeReturnPath("/en/profile", "en")).toBe("/en/profile");
    expect(safeReturnPath("/fr/applications/abc?tab=2", "fr")).toBe("/fr/applications/abc?tab=2");
  });

  it("sends anything else to the dashboard", () => {
    for (const candidate of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "/fr//evil.example",
      "javascript:alert(1)",
      "/de/profile",
      "",
      undefined,
      42,
      "/%2F%2Fevil.example",
    ]) {
      expect(safeReturnPath(candidate, "fr")).toBe("/fr/dashboard");
    }
  });

  it("does not go back to the sign-in or registration pages", () => {
    expect(safeReturnPath("/en/login", "en")).toBe("/en/dashboard");
    expect(safeReturnPath("/fr/reset-password?token=x", "fr")).toBe("/fr/dashboard");
  });
});
