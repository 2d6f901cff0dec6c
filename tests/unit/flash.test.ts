import { describe, expect, it } from "vitest";
import { readFlash, withFlash } from "@/lib/forms/flash";

describe("withFlash", () => {
  it("adds a done notice to a path", () => {
    expect(withFlash("/fr/profile", { done: "saved" })).toBe("/fr/profile?done=saved");
  });

  it("keeps the query and puts the notice before the #anchor", () => {
    expect(withFlash("/en/applications/1/people?return=review#notes", { error: "incomplete" })).toBe(
      "/en/applications/1/people?return=review&error=incomplete#notes",
    );
  });

  it("replaces an earlier notice and adds the values it needs, encoded", () => {
    expect(withFlash("/fr/login?done=signed-out", { done: "timed-out" }, { next: "/fr/applications/1?x=a b" })).toBe(
      "/fr/login?done=timed-out&next=%2Ffr%2Fapplications%2F1%3Fx%3Da+b",
    );
    expect(withFlash("/fr/admin/payments?error=amount", { done: "resolved" })).toBe("/fr/admin/payments?done=resolved");
  });
});

describe("readFlash", () => {
  const notices = { done: ["saved", "linked"], error: ["incomplete"] } as const;

  it("returns a notice the page declares", () => {
    expect(readFlash({ done: "saved" }, notices)).toEqual({ kind: "done", notice: "saved" });
    expect(readFlash({ error: "incomplete" }, notices)).toEqual({ kind: "error", notice: "incomplete" });
  });

  it("ignores an unknown, tampered or repeated value", () => {
    expect(readFlash({}, notices)).toBeNull();
    expect(readFlash({ done: "withdrawn" }, notices)).toBeNull();
    expect(readFlash({ done: "constructor" }, notices)).toBeNull();
    expect(readFlash({ done: "toString" }, notices)).toBeNull();
    expect(readFlash({ done: ["saved", "linked"] }, notices)).toBeNull();
    expect(readFlash({ error: "saved" }, notices)).toBeNull();
  });

  it("reads what withFlash wrote", () => {
    const query = Object.fromEntries(
      new URL(withFlash("/fr/profile#codes", { done: "linked" }), "https://portal.example").searchParams,
    );
    expect(readFlash(query, notices)).toEqual({ kind: "done", notice: "linked" });
  });
});
