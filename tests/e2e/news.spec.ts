import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";

/**
 * News (issue 17): customer service writes an item in both languages; a visitor reads it on the
 * home page in each language. Publishing without the French text is refused beside the form, with
 * what was typed kept — with JavaScript (the browser's check) and without (the server's).
 * Each run's titles are its own, so other journeys reading the home page are not disturbed.
 */
const STAFF = "service@example.com";

test("en: an item published for everyone is on the home page in English and in French", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const staff = await signedIn(browser, STAFF, "en");
  await staff.goto("/en/admin/news");
  await expectOneH1(staff);
  const french = staff.getByRole("group", { name: "In French" });
  const english = staff.getByRole("group", { name: "In English" });
  await french.getByLabel("Title").fill(`Heures des fêtes ${stamp}`);
  await french.getByLabel("Text").fill("Le service à la clientèle ferme le 24 décembre.\n\nBonnes fêtes !");
  await english.getByLabel("Title").fill(`Holiday hours ${stamp}`);
  await english.getByLabel("Text").fill("Customer service closes on December 24.\n\nHappy holidays!");
  await staff.getByRole("radio", { name: /Everyone/ }).check();
  await staff.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(staff.getByText("The news item is published")).toBeVisible();
  await expect(staff.getByRole("row", { name: new RegExp(`Holiday hours ${stamp}`) })).toContainText("Showing");
  await expectNoAxeViolations(staff);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/en");
  const news = visitor.getByRole("region", { name: "News" });
  await expect(news.getByRole("heading", { name: `Holiday hours ${stamp}` })).toBeVisible();
  await expect(news).toContainText("Customer service closes on December 24.");
  await expectNoAxeViolations(visitor);
  await visitor.goto("/fr");
  await expect(visitor.getByRole("region", { name: "Nouvelles" })).toContainText(`Heures des fêtes ${stamp}`);

  // Withdrawn, it is gone from the home page.
  await staff.getByRole("button", { name: `Withdraw “Holiday hours ${stamp}”` }).click();
  await expect(staff.getByText("The news item is withdrawn")).toBeVisible();
  await visitor.goto("/en");
  await expect(visitor.getByText(`Holiday hours ${stamp}`)).toHaveCount(0);
});

for (const javaScriptEnabled of [true, false]) {
  test(`fr, JavaScript ${javaScriptEnabled ? "on" : "off"}: publishing without the French text is refused, the English kept`, async ({
    browser,
  }) => {
    const staff = await signedIn(browser, STAFF, "fr", javaScriptEnabled);
    await staff.goto("/fr/admin/news");
    const english = staff.getByRole("group", { name: "En anglais" });
    await english.getByLabel("Titre").fill("English only");
    await english.getByLabel("Texte").fill("Written in English first.");
    await staff.getByRole("radio", { name: /Personnel/ }).check();
    await staff.getByRole("button", { name: "Publier", exact: true }).click();

    const summary = staff.getByRole("alert", { name: "Il y a un problème" });
    await expect(summary).toContainText("Entrez le titre en français pour publier");
    await expect(summary).toContainText("Entrez le texte en français pour publier");
    if (javaScriptEnabled) await expect(summary).toBeFocused();
    await expect(english.getByLabel("Titre")).toHaveValue("English only");
    await expect(english.getByLabel("Texte")).toHaveValue("Written in English first.");
  });
}
