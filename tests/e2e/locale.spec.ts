import { expect, test } from "./support";

test.describe("locale negotiation", () => {
  for (const [acceptLanguage, expected] of [
    ["en-CA,en;q=0.9", "/en"],
    ["fr-CA,fr;q=0.9,en;q=0.5", "/fr"],
    ["de-DE,de;q=0.9", "/fr"],
  ] as const) {
    test(`"/" with Accept-Language ${acceptLanguage} goes to ${expected}`, async ({ request }) => {
      const response = await request.get("/", { headers: { "Accept-Language": acceptLanguage }, maxRedirects: 0 });
      expect(response.status()).toBeGreaterThanOrEqual(300);
      expect(response.status()).toBeLessThan(400);
      expect(new URL(response.headers()["location"] ?? "", "http://x").pathname).toBe(expected);
    });
  }

  test('"/" without Accept-Language falls back to French', async ({ request }) => {
    const response = await request.get("/", { headers: { "Accept-Language": "" }, maxRedirects: 0 });
    expect(new URL(response.headers()["location"] ?? "", "http://x").pathname).toBe("/fr");
  });

  test("a path without a locale gets one", async ({ request }) => {
    const response = await request.get("/help", { headers: { "Accept-Language": "en" }, maxRedirects: 0 });
    expect(new URL(response.headers()["location"] ?? "", "http://x").pathname).toBe("/en/help");
  });

  test.describe("for a German-speaking browser", () => {
    test.use({ locale: "de-DE" });

    test("an unknown locale falls back to French without an error", async ({ page }) => {
      const response = await page.goto("/de/help");
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe("/fr/help");
    });
  });

  test("an unknown locale falls back to the browser's language when we have it", async ({ page }) => {
    await page.goto("/de/help");
    expect(new URL(page.url()).pathname).toBe("/en/help");
  });

  test("a regional locale goes to its language", async ({ page }) => {
    await page.goto("/en-CA/contact");
    expect(new URL(page.url()).pathname).toBe("/en/contact");
  });

  test("the language chosen with the toggle is remembered for /", async ({ page }) => {
    await page.goto("/fr/help");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/help$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
  });
});

test.describe("language toggle and html lang", () => {
  for (const path of ["", "/help", "/contact", "/accessibility", "/browsers", "/no-such-page"]) {
    test(`toggles ${path || "/"} between French and English on the same page`, async ({ page }) => {
      await page.goto(`/fr${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      const toEnglish = page.getByRole("link", { name: "English" });
      await expect(toEnglish).toHaveAttribute("lang", "en");
      await toEnglish.click();
      await expect(page).toHaveURL(new RegExp(`/en${path}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      const toFrench = page.getByRole("link", { name: "Français" });
      await expect(toFrench).toHaveAttribute("lang", "fr");
      await toFrench.click();
      await expect(page).toHaveURL(new RegExp(`/fr${path}$`));
    });
  }

  test("keeps the query string", async ({ page }) => {
    await page.goto("/fr/help?source=email");
    await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en/help?source=email");
  });

  test("declares hreflang alternates for both languages", async ({ page }) => {
    await page.goto("/en/help");
    await expect(page.locator('link[rel="alternate"][hreflang="fr-CA"]')).toHaveAttribute("href", /\/fr\/help$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en-CA"]')).toHaveAttribute("href", /\/en\/help$/);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/fr\/help$/);
  });
});
