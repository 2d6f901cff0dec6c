import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";

/**
 * "My licences" (issue 18: a list that can grow is paged): every licence of the businesses linked
 * to the account, searchable, in both languages and without JavaScript. Only reads: Marie's two
 * liquor licences (prisma/seed/demo-data.ts) keep their numbers whatever other journeys do to them.
 */
const text = {
  fr: {
    title: "Mes permis",
    search: "Chercher dans mes permis",
    button: "Chercher",
    table: "Mes permis",
    one: "1 permis",
    none: "Aucun de vos permis ne correspond à cette recherche.",
    showAll: "Afficher tous mes permis",
  },
  en: {
    title: "My licences",
    search: "Search my licences",
    button: "Search",
    table: "My licences",
    one: "1 licence",
    none: "None of your licences matches this search.",
    showAll: "Show all my licences",
  },
} as const;

for (const locale of ["fr", "en"] as const) {
  const t = text[locale];
  for (const javaScript of [true, false]) {
    test(`${locale}, JavaScript ${javaScript ? "on" : "off"}: my licences are listed, searched, and a search that finds none says so`, async ({
      browser,
    }) => {
      const marie = await signedIn(browser, "marie.tremblay@example.com", locale, javaScript);
      await marie.goto(`/${locale}/licences`);
      await expectOneH1(marie);
      await expect(marie.getByRole("heading", { level: 1 })).toHaveText(t.title);
      const table = marie.getByRole("region", { name: t.table });
      await expect(table.getByRole("link", { name: "LSL-2025-000101", exact: true })).toBeVisible();
      await expect(table.getByRole("link", { name: "LSL-2024-000102", exact: true })).toBeVisible();
      // Nobody else's licence: John's is not Marie's.
      await expect(table.getByRole("link", { name: "LSL-2024-000201", exact: true })).toHaveCount(0);
      if (javaScript) await expectNoAxeViolations(marie);

      await marie.getByRole("searchbox", { name: t.search }).fill("cormoran 000102");
      await marie.getByRole("button", { name: t.button, exact: true }).click();
      await expect(marie.getByText(t.none)).toBeVisible();
      await marie.getByRole("searchbox", { name: t.search }).fill("000102");
      await marie.getByRole("button", { name: t.button, exact: true }).click();
      await expect(marie).toHaveURL(/[?&]q=000102/);
      await expect(marie.getByRole("status")).toHaveText(t.one);
      await table.getByRole("link", { name: "LSL-2024-000102", exact: true }).click();
      await expect(marie).toHaveURL(/\/licences\/13000000-0000-4000-8000-000000000002$/);

      await marie.goto(`/${locale}/licences?q=%25`);
      await expect(marie.getByText(t.none)).toBeVisible();
      await marie.getByRole("link", { name: t.showAll }).click();
      await expect(table.getByRole("link", { name: "LSL-2025-000101", exact: true })).toBeVisible();
    });
  }
}

test("signed out, my licences lead to sign-in and back", async ({ page }) => {
  await page.goto("/en/licences");
  await expect(page).toHaveURL(/\/en\/login\?next=%2Fen%2Flicences$/);
});
