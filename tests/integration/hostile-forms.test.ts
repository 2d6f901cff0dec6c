import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signInAction } from "@/app/[locale]/(auth)/login/actions";
import { signInSchema } from "@/lib/accounts/schemas";
import { formDataToObject, idleForm } from "@/lib/forms/state";
import type { AppLocale } from "@/lib/i18n/routing";

/**
 * Server actions are public endpoints: anyone can post any multipart body to them. The sign-in
 * action needs no session, so it is where an anonymous attacker starts.
 */
const hostileName = fc.constantFrom(
  "__proto__.polluted",
  "constructor.prototype.polluted",
  "__proto__",
  "email.x",
  "password.day",
  "email",
  "password",
);
const fields = fc.array(
  fc.tuple(fc.oneof(hostileName, fc.string(), fc.stringMatching(/^[a-z_.]{1,10}$/)), fc.string({ maxLength: 40 })),
  { maxLength: 10 },
);

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("signInAction with hostile field names", () => {
  it("answers a validation error, not a crash, for an e-mail sent with a dotted twin", async () => {
    const state = await signInAction(
      "fr",
      undefined,
      idleForm,
      formData([
        ["email", "marie@example.com"],
        ["email.x", "1"],
      ]),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toHaveProperty("password");
  });

  it("never throws and never changes Object.prototype, for any fields that do not sign in", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    await fc.assert(
      fc.asyncProperty(fields, async (entries) => {
        const data = formData(entries);
        // A valid e-mail and password would go on to sign in, which needs a browser request.
        fc.pre(!signInSchema.safeParse(formDataToObject(data)).success);
        const state = await signInAction("en", undefined, idleForm, data);
        expect(state.status).toBe("error");
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a bound locale that is not one of ours, before any redirect is built from it", async () => {
    for (const locale of ["//evil.example", "fr/../..", "", "__proto__"]) {
      const attempt = signInAction(
        locale as AppLocale,
        undefined,
        idleForm,
        formData([
          ["email", "marie@example.com"],
          ["password", "Demo!Soleil2026"],
        ]),
      );
      await expect(attempt).rejects.toMatchObject({ digest: expect.stringMatching(/;404$/) });
    }
  });
});
