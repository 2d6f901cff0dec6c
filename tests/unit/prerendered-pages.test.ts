import { describe, expect, it } from "vitest";
import { isPrerenderedPage, prerenderedPathFor, publicPathOf } from "@/lib/http/prerendered-pages";

const visit = (pathname: string, overrides: Partial<Parameters<typeof prerenderedPathFor>[0]> = {}) =>
  prerenderedPathFor({ method: "GET", pathname, search: "", cookieNames: [], ...overrides });

describe("prerenderedPathFor", () => {
  it("serves an anonymous visit of a public page from its cached render, in both languages", () => {
    expect(visit("/fr")).toBe("/prerendered/fr/home");
    expect(visit("/en")).toBe("/prerendered/en/home");
    expect(visit("/fr/help")).toBe("/prerendered/fr/help");
    expect(visit("/en/accessibility")).toBe("/prerendered/en/accessibility");
    expect(visit("/en/browsers")).toBe("/prerendered/en/browsers");
    expect(visit("/fr/verify")).toBe("/prerendered/fr/verify");
    expect(visit("/en/login")).toBe("/prerendered/en/login");
    expect(visit("/fr/help", { method: "HEAD" })).toBe("/prerendered/fr/help");
  });

  it("renders for the visitor whoever may be signed in, whatever the cookie's form", () => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token", "authjs.session-token.0"]) {
      expect(visit("/fr", { cookieNames: ["NEXT_LOCALE", name] })).toBeNull();
    }
    expect(visit("/fr", { cookieNames: ["NEXT_LOCALE", "authjs.csrf-token"] })).toBe("/prerendered/fr/home");
  });

  it("renders a request with a query: a licence number, a notice after a refused form", () => {
    expect(visit("/fr/verify", { search: "?number=LSL-2025-000101" })).toBeNull();
    expect(visit("/fr", { search: "?maintenance=refused" })).toBeNull();
    expect(visit("/fr/login", { search: "?next=%2Ffr%2Fprofile" })).toBeNull();
    expect(visit("/fr/login", { search: "?done=signed-out;1" })).toBeNull();
  });

  it("renders anything but a read: a form posted to the page, a server action", () => {
    expect(visit("/fr/verify", { method: "POST" })).toBeNull();
    expect(visit("/fr/help", { method: "PUT" })).toBeNull();
  });

  it("sends sign-in's own form back to the route that rendered it, unless a session cookie came since", () => {
    expect(visit("/fr/login", { method: "POST" })).toBe("/prerendered/fr/login");
    expect(visit("/en/login", { method: "POST", cookieNames: ["authjs.session-token"] })).toBeNull();
    expect(visit("/fr/login", { method: "POST", search: "?next=%2Ffr%2Fprofile" })).toBeNull();
  });

  it("renders every other page, and no unknown locale or deeper path", () => {
    for (const pathname of ["/fr/register", "/fr/dashboard", "/fr/feedback", "/de/help", "/help", "/fr/help/x", "/"]) {
      expect(visit(pathname)).toBeNull();
    }
    expect(visit("/fr/constructor")).toBeNull();
    expect(visit("/fr/toString")).toBeNull();
  });
});

describe("publicPathOf / isPrerenderedPage", () => {
  it("gives the public address the language toggle and hreflang links point to", () => {
    expect(publicPathOf("fr", "home")).toBe("/fr");
    expect(publicPathOf("en", "verify")).toBe("/en/verify");
  });

  it("knows only the cached pages", () => {
    expect(isPrerenderedPage("help")).toBe(true);
    expect(isPrerenderedPage("dashboard")).toBe(false);
    expect(isPrerenderedPage(undefined)).toBe(false);
  });
});
