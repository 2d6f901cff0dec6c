import { describe, expect, it } from "vitest";
import robots from "@/app/robots";

/**
 * How a crawler reads the rules (RFC 9309): the longest matching pattern decides, Allow winning a
 * tie; "*" matches any characters and "$" ends the path.
 */
function mayCrawl(path: string): boolean {
  const { rules } = robots();
  const rule = Array.isArray(rules) ? rules.find((candidate) => candidate.userAgent === "*") : rules;
  const list = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());
  const matches = (pattern: string) => {
    const source = pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")
      .replace(/\\\$$/, "$");
    return new RegExp(`^${source}`).test(path);
  };
  const longest = (patterns: string[]) => Math.max(-1, ...patterns.filter(matches).map((pattern) => pattern.length));
  return longest(list(rule?.allow)) >= longest(list(rule?.disallow));
}

const publicPages = [
  "",
  "/help",
  "/verify",
  "/accessibility",
  "/contact",
  "/browsers",
  "/maintenance",
  "/register",
  "/login",
];

describe("robots.txt", () => {
  it("lets crawlers read the home page and every public page, in both languages", () => {
    expect(mayCrawl("/")).toBe(true);
    for (const locale of ["fr", "en"])
      for (const page of publicPages) expect(mayCrawl(`/${locale}${page}`), `/${locale}${page}`).toBe(true);
  });

  it("keeps them out of account pages, staff screens, secret links, development tools and the API", () => {
    for (const path of [
      "/fr/dashboard",
      "/en/applications",
      "/en/applications/2f1d8c1e-0000-4000-8000-000000000001/review",
      "/fr/licences/13000000-0000-4000-8000-000000000001",
      "/en/profile",
      "/fr/inquiries/new",
      "/en/reports",
      "/fr/disclosures/a-secret-token",
      "/fr/activate?token=secret",
      "/en/reset-password?token=secret",
      "/fr/admin/applications",
      "/en/dev/mailbox",
      "/api/health",
    ])
      expect(mayCrawl(path), path).toBe(false);
  });
});
