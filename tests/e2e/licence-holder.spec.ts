import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";

const CORMORAN_ACTIVE = "13000000-0000-4000-8000-000000000001";
const CORMORAN_EXPIRING = "13000000-0000-4000-8000-000000000002";
const HARBOUR_EXPIRED = "13000000-0000-4000-8000-000000000011";

const text = {
  fr: {
    renew: /^Renouveler /,
    expired: "Ce permis est expiré",
    change: "Demander une modification",
    send: "Envoyer la demande",
    other: "Autre chose",
    continue: "Continuer",
    answer: "Répondre sans rien modifier",
    decide: "Enregistrer la décision",
    answered: "Votre réponse a été envoyée",
    explain: "Expliquez la modification",
    sent: /Votre demande de modification CHG-/,
    handled: "Traitée",
  },
  en: {
    renew: /^Renew /,
    expired: "This licence has expired",
    change: "Request a change",
    send: "Send the request",
    other: "Something else",
    continue: "Continue",
    answer: "Answer without changing anything",
    decide: "Record the decision",
    answered: "Your answer was sent",
    explain: "Explain the change",
    sent: /Your change request CHG-/,
    handled: "Handled",
  },
} as const;

for (const locale of ["fr", "en"] as const) {
  test.describe(`licence holder in ${locale}`, () => {
    test("sees Renew only inside the window, and an expired licence explained", async ({ browser }) => {
      const marie = await signedIn(browser, "marie.tremblay@example.com", locale);
      const active = marie.locator("li", { has: marie.getByRole("link", { name: "LSL-2025-000101", exact: true }) });
      const expiring = marie.locator("li", { has: marie.getByRole("link", { name: "LSL-2024-000102", exact: true }) });
      await expect(active.getByRole("link", { name: text[locale].renew })).toHaveCount(0);
      await expect(expiring.getByRole("link", { name: text[locale].renew })).toBeVisible();
      await expectNoAxeViolations(marie);

      const john = await signedIn(browser, "john.smith@example.com", locale);
      const expired = john.locator("li", { has: john.getByRole("link", { name: "LSL-2024-000201", exact: true }) });
      await expect(expired.getByRole("link", { name: text[locale].renew })).toHaveCount(0);
      await expect(expired).toContainText(locale === "fr" ? "ne peut pas être renouvelé" : "cannot be renewed");
      await john.goto(`/${locale}/licences/${HARBOUR_EXPIRED}`);
      await expect(john.getByRole("heading", { name: text[locale].expired })).toBeVisible();
      await john.goto(`/${locale}/licences/${HARBOUR_EXPIRED}/renew`);
      await expect(john.getByRole("main")).toContainText(
        locale === "fr" ? "ne peut plus être renouvelé" : "can no longer be renewed",
      );
    });

    test("licence pages pass axe with one h1", async ({ browser }) => {
      const marie = await signedIn(browser, "marie.tremblay@example.com", locale);
      for (const path of [
        `/licences/${CORMORAN_ACTIVE}`,
        `/licences/${CORMORAN_EXPIRING}/renew`,
        `/licences/${CORMORAN_ACTIVE}/change`,
      ]) {
        await marie.goto(`/${locale}${path}`);
        await expectOneH1(marie);
        await expectNoAxeViolations(marie);
      }
    });

    test("requests a change in words that staff then answer", async ({ browser }) => {
      const marie = await signedIn(browser, "marie.tremblay@example.com", locale);
      await marie.goto(`/${locale}/licences/${CORMORAN_ACTIVE}`);
      await marie.getByRole("link", { name: text[locale].change }).click();
      await marie.getByRole("radio", { name: text[locale].other }).check();
      await marie.getByRole("button", { name: text[locale].continue }).click();
      const description = `Nouvelle adresse : 200, rue Principale, Ottawa (${locale}-${Date.now()})`;
      await marie.getByLabel(text[locale].explain).fill(description);
      await marie.getByRole("button", { name: text[locale].send }).click();
      await expect(marie.getByText(text[locale].sent)).toBeVisible();
      const reference = (await marie.getByText(text[locale].sent).innerText()).match(/CHG-\d{4}-\d{6}/)?.[0] ?? "";

      const staff = await signedIn(browser, "service@example.com", locale);
      await staff.goto(`/${locale}/admin/change-requests`);
      await staff.getByRole("link", { name: reference }).click();
      await staff.getByRole("radio", { name: text[locale].answer }).check();
      await staff.locator("textarea").fill("Address updated in the file.");
      await staff.getByRole("button", { name: text[locale].decide }).click();
      await expect(staff.getByText(text[locale].answered)).toBeVisible();
      await staff.goto(`/${locale}/admin/change-requests`);
      await expect(staff.getByRole("link", { name: reference })).toHaveCount(0);
      await expectNoAxeViolations(staff);

      await marie.goto(`/${locale}/licences/${CORMORAN_ACTIVE}`);
      const request = marie.locator("li", { hasText: reference });
      await expect(request).toContainText(text[locale].handled);
      await expect(request).toContainText("Address updated in the file.");
    });
  });
}

test.describe("licences of other entities", () => {
  test("are a 404 on every route for an account not linked to them", async ({ browser }) => {
    const john = await signedIn(browser, "john.smith@example.com", "en");
    for (const path of [
      `/en/licences/${CORMORAN_ACTIVE}`,
      `/en/licences/${CORMORAN_EXPIRING}/renew`,
      `/en/licences/${CORMORAN_ACTIVE}/change`,
    ]) {
      expect((await john.goto(path))?.status(), path).toBe(404);
    }
    expect((await john.request.get(`/api/licences/${CORMORAN_ACTIVE}/certificate`)).status()).toBe(404);
  });
});

test.describe("without JavaScript", () => {
  for (const locale of ["fr", "en"] as const) {
    test(`${locale}: the main menu and a licence page render fully`, async ({ browser }) => {
      const marie = await signedIn(browser, "marie.tremblay@example.com", locale, false);
      await expect(marie.getByRole("link", { name: "LSL-2024-000102", exact: true })).toBeVisible();
      await marie.goto(`/${locale}/licences/${CORMORAN_ACTIVE}`);
      await expect(marie.getByRole("heading", { level: 1 })).toHaveText("LSL-2025-000101");
      await expect(marie.getByRole("table")).toContainText("Terrasse");
    });
  }
});
