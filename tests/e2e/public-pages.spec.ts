import { expect, expectNoAxeViolations, expectOneH1, locales, publicPages, test } from "./support";

const headings: Record<string, { fr: RegExp; en: RegExp }> = {
  "": { fr: /Demandez et gérez vos permis en ligne/, en: /Apply for and manage your licences online/ },
  "/help": { fr: /Aide et foire aux questions/, en: /Help and frequently asked questions/ },
  "/contact": { fr: /Nous joindre/, en: /Contact us/ },
  "/accessibility": { fr: /Accessibilité/, en: /Accessibility/ },
  "/browsers": { fr: /Navigateurs pris en charge/, en: /Supported browsers/ },
};

for (const locale of locales) {
  test.describe(`public pages in ${locale}`, () => {
    for (const path of publicPages) {
      test(`${path || "/"} passes axe, has one h1 and fits a phone`, async ({ page }) => {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(headings[path]?.[locale] ?? /.+/);
        await expectOneH1(page);
        await expectNoAxeViolations(page);
        // At phone width nothing may overflow sideways (the screenshots spec checks the other pages).
        await page.setViewportSize({ width: 390, height: 844 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          0,
        );
      });
    }

    test("the not-found page is localised, has one h1 and passes axe", async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        locale === "fr" ? "Page introuvable" : "Page not found",
      );
      await expectNoAxeViolations(page);
    });

    test("every FAQ answer opens and passes axe when open", async ({ page }) => {
      await page.goto(`/${locale}/help`);
      const questions = page.locator("details > summary");
      expect(await questions.count()).toBeGreaterThanOrEqual(15);
      for (const summary of await questions.all()) await summary.click();
      await expect(page.locator("details[open]")).toHaveCount(await questions.count());
      await expectNoAxeViolations(page);
    });
  });
}

// Without JavaScript, a page is the same server HTML in either language: French stands for both.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ["fr"] as const) {
    for (const path of publicPages) {
      test(`${locale}${path || "/"} renders fully`, async ({ page }) => {
        await page.goto(`/${locale}${path}`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(headings[path]?.[locale] ?? /.+/);
        await expect(page.locator("footer")).toBeVisible();
      });
    }

    test(`${locale} FAQ answers open without JavaScript`, async ({ page }) => {
      await page.goto(`/${locale}/help`);
      const first = page.locator("details").first();
      await first.locator("summary").click();
      await expect(first).toHaveAttribute("open", "");
    });
  }
});

test.describe("layout", () => {
  test("the skip link is the first thing the keyboard reaches and moves to the main content", async ({ page }) => {
    await page.goto("/en");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main-content")).toBeFocused();
  });

  test("header and footer carry the portal name, sign-in and help links", async ({ page }) => {
    await page.goto("/fr");
    await expect(page.locator("header")).toContainText("Portail des permis");
    await expect(page.locator("header").getByRole("link", { name: "Se connecter" })).toHaveAttribute(
      "href",
      "/fr/login",
    );
    for (const name of ["Aide et FAQ", "Nous joindre", "Accessibilité", "Navigateurs pris en charge"]) {
      await expect(page.locator("footer").getByRole("link", { name })).toBeVisible();
    }
  });

  test("the home page explains payment methods, maintenance and browsers", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByText("Under $30,000: Visa, Mastercard, Visa Debit or Mastercard Debit.")).toBeVisible();
    await expect(page.getByText(/Every Sunday from 4:00 to 7:00 a\.m\./)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Supported browsers" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "News" })).toBeVisible();
  });
});
