import { expect, expectNoAxeViolations, test } from "./support";
import { signedIn } from "./accounts-support";

const HARBOUR = "10000000-0000-4000-8000-000000000002";

const words = {
  en: {
    problem: "There is a problem",
    addTitle: "Add a person to the file",
    add: "Add to the file",
    added: "The person is on file.",
    endTitle: "End a person’s time on file",
    end: "End their time on file",
    ended: "The person is no longer on file.",
    reasonRequired: "Say why, in at least 5 characters",
    former: "Formerly on file",
  },
  fr: {
    problem: "Il y a un problème",
    addTitle: "Inscrire une personne au dossier",
    add: "Inscrire au dossier",
    added: "La personne est inscrite au dossier.",
    endTitle: "Retirer une personne du dossier",
    end: "Retirer du dossier",
    ended: "La personne n’est plus inscrite au dossier.",
    reasonRequired: "Indiquez le motif, en au moins 5 caractères",
    former: "Anciennement au dossier",
  },
} as const;

for (const [locale, javaScript] of [
  ["en", true],
  ["fr", false],
] as const) {
  test(`${locale}${javaScript ? "" : ", JavaScript off"}: an officer adds a person to a business's file, then ends their time on it`, async ({
    browser,
  }) => {
    const t = words[locale];
    const lastName = `Ouellet-${locale}-${Date.now()}`;
    const page = await signedIn(browser, "officer@example.com", locale, javaScript);
    await page.goto(`/${locale}/admin/entities/${HARBOUR}`);

    // The forms are shown on demand: most visits only read the file.
    await page.getByText(t.addTitle).click();
    const add = page.locator("form").filter({ has: page.locator('input[name="lastName"]') });
    await add.locator('input[name="firstName"]').fill("Aline");
    await add.locator('input[name="lastName"]').fill(lastName);
    await add.locator('select[name="role"]').selectOption("director");
    await add.getByRole("button", { name: t.add }).click();
    // No reason: refused in place, with what was typed kept.
    const summary = page.getByRole("alert", { name: t.problem });
    await expect(summary).toContainText(t.reasonRequired);
    if (javaScript) await expect(summary).toBeFocused();
    await expect(add.locator('input[name="lastName"]')).toHaveValue(lastName);
    if (javaScript) await expectNoAxeViolations(page);
    await add.locator('textarea[name="reason"]').fill("Change of directors approved on 2 December.");
    await add.getByRole("button", { name: t.add }).click();
    await expect(page.getByRole("status").filter({ hasText: t.added })).toBeVisible();
    await expect(page.getByRole("table").first()).toContainText(lastName);

    await page.getByText(t.endTitle).click();
    const end = page.locator("form").filter({ has: page.locator('input[name="personId"]') });
    await end.getByRole("radio", { name: new RegExp(lastName) }).check();
    await end.locator('textarea[name="reason"]').fill("Left the board.");
    await end.getByRole("button", { name: t.end }).click();
    await expect(page.getByRole("status").filter({ hasText: t.ended })).toBeVisible();
    const former = page.getByRole("table", { name: t.former });
    await expect(former).toContainText(lastName);
    await expect(former).toContainText("Left the board.");
    if (javaScript) await expectNoAxeViolations(page);
  });
}
