import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";

const text = {
  fr: {
    start: "Commencer la demande",
    newEntity: "Une nouvelle entreprise ou un nouvel organisme",
    progress: "0 section remplie sur 15",
    title: "Demande de permis de vente d’alcool",
    notStarted: "Non commencée",
    cannotStart: "Pas encore possible",
  },
  en: {
    start: "Start the application",
    newEntity: "A new business or organization",
    progress: "0 of 15 sections completed",
    title: "Liquor sales licence application",
    notStarted: "Not started",
    cannotStart: "Cannot start yet",
  },
} as const;

for (const locale of ["fr", "en"] as const) {
  for (const javaScript of [true, false]) {
    test(`${locale}, JavaScript ${javaScript ? "on" : "off"}: a licensee starts an application and finds it on the main menu`, async ({
      browser,
    }) => {
      const t = text[locale];
      const page = await signedIn(browser, "marie.tremblay@example.com", locale, javaScript);
      await page.goto(`/${locale}/applications/new`);
      await page.locator('a[href$="/applications/new/liquor_sales_new"]').click();
      await page.getByRole("radio", { name: t.newEntity }).check();
      await page.getByRole("button", { name: t.start }).click();
      await page.waitForURL(new RegExp(`/${locale}/applications/[0-9a-f-]{36}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
      await expect(page.getByText(t.progress)).toBeVisible();
      await expect(page.getByText(t.cannotStart).first()).toBeVisible();
      const fileNumber =
        (
          await page
            .getByText(/LSL-N-\d{4}-[0-9A-Z]{6}/)
            .first()
            .innerText()
        ).match(/LSL-N-\d{4}-[0-9A-Z]{6}/)?.[0] ?? "";
      expect(fileNumber).not.toBe("");
      if (javaScript) await expectNoAxeViolations(page);

      await page.goto(`/${locale}/dashboard`);
      await expect(page.getByRole("link", { name: new RegExp(fileNumber) })).toBeVisible();
    });
  }

  test(`${locale}: the start page passes axe with one h1, and another user's application is a 404`, async ({
    browser,
  }) => {
    const marie = await signedIn(browser, "marie.tremblay@example.com", locale);
    await marie.goto(`/${locale}/applications/new`);
    await expectOneH1(marie);
    await expectNoAxeViolations(marie);
    await marie.locator('a[href$="/applications/new/liquor_sales_new"]').click();
    await marie.waitForURL(/applications\/new\/liquor_sales_new$/);
    await expectOneH1(marie);
    await expectNoAxeViolations(marie);
    await marie.getByRole("radio", { name: text[locale].newEntity }).check();
    await marie.getByRole("button", { name: text[locale].start }).click();
    await marie.waitForURL(/applications\/[0-9a-f-]{36}$/);
    const john = await signedIn(browser, "john.smith@example.com", locale);
    expect((await john.goto(marie.url()))?.status()).toBe(404);
  });
}
