import { locales, publicPages, test, expect } from "./support";
import { signIn } from "./accounts-support";
import { dayFromToday, fillDate } from "./permits-support";

/**
 * Every page at phone width in both languages: nothing may overflow sideways. With SCREENSHOTS=1
 * (`npm run screenshots`) it also saves full-page screenshots at phone and desktop widths in
 * test-results/screenshots for a person to look at; they are slow, so the everyday suite skips them.
 * The pages met inside a journey (an application's sections, a permit's, the other kinds' start
 * pages) are visited only then: the everyday suite checks the pages anyone reaches directly, within
 * CI's time budget, and the journeys check the rest.
 */
const takeScreenshots = process.env.SCREENSHOTS === "1";
const viewports = takeScreenshots
  ? ({ phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const)
  : ({ phone: { width: 390, height: 844 } } as const);
const accountPages = [
  "/register",
  "/login",
  "/forgot-password",
  "/register/check-email",
  "/activate?token=nope",
  "/dev/mailbox",
  "/verify?number=LSL-2025-000101",
];
/** Marie (fr) holds a licence inside its renewal window; John (en) an expired one. */
const licenceOf = { fr: "13000000-0000-4000-8000-000000000002", en: "13000000-0000-4000-8000-000000000011" } as const;
const signedInPages = (locale: "fr" | "en") => [
  "/dashboard",
  "/profile",
  `/licences/${licenceOf[locale]}`,
  `/licences/${licenceOf[locale]}/change`,
  "/inquiries/new",
];
const demo = { fr: "marie.tremblay@example.com", en: "john.smith@example.com" } as const;

async function capture(page: import("@playwright/test").Page, name: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  if (takeScreenshots) await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

const fileName = (path: string) => path.replace(/\?.*$/, "").replaceAll("/", "-") || "-home";

for (const [device, viewport] of Object.entries(viewports)) {
  test.describe(`${device} screenshots`, () => {
    test.use({ viewport });
    for (const locale of locales) {
      // The public pages' phone-width check is part of their axe test (public-pages.spec.ts).
      for (const path of takeScreenshots ? [...publicPages, ...accountPages] : accountPages) {
        test(`${locale}${path || "/"}`, async ({ page }) => {
          await page.goto(`/${locale}${path}`);
          await capture(page, `${locale}${fileName(path)}-${device}`);
        });
      }

      test(`${locale} signed-in pages`, async ({ page }) => {
        await signIn(page, locale, demo[locale], "Demo!Soleil2026");
        await page.waitForURL(/dashboard/);
        for (const path of signedInPages(locale)) {
          await page.goto(`/${locale}${path}`);
          await capture(page, `${locale}${fileName(path).replace(/-[0-9a-f-]{36}/, "")}-${device}`);
        }
      });

      test(`${locale} register with errors`, async ({ page }) => {
        await page.goto(`/${locale}/register`);
        await page.getByRole("main").getByRole("button").last().click();
        await capture(page, `${locale}-register-errors-${device}`);
      });
    }
  });
}

if (takeScreenshots) {
  /** The pages of an application, from a fresh draft with a little filled in. */
  for (const [device, viewport] of Object.entries(viewports)) {
    test.describe(`${device} application screenshots`, () => {
      test.use({ viewport });
      for (const locale of locales) {
        test(`${locale} application pages`, async ({ page }) => {
          test.setTimeout(90_000);
          const continueLabel = locale === "fr" ? "Continuer" : "Continue";
          await signIn(page, locale, demo[locale], "Demo!Soleil2026");
          await page.waitForURL(/dashboard/);
          await page.goto(`/${locale}/applications/new`);
          await page.locator('a[href$="/applications/new/liquor_sales_new"]').click();
          await page.locator('input[name="applicant"][value="new"]').check();
          await page.getByRole("main").getByRole("button").last().click();
          await page.waitForURL(/applications\/[0-9a-f-]{36}$/);
          const path = new URL(page.url()).pathname;
          await page.goto(`${path}/applicantType`);
          await page.locator('input[name="applicantType"][value="corporation"]').check();
          await page.getByRole("button", { name: continueLabel, exact: true }).click();
          await page.waitForURL(/applicantDetails/);
          await page.goto(`${path}/associatedPersons/new`);
          await page.locator('[name="firstName"]').fill("Ana");
          await page.locator('[name="lastName"]').fill("Lima");
          await page.locator('[name="email"]').fill(`ana.${locale}.${device}@example.com`);
          await page.locator('[name="role"]').selectOption("director");
          await capture(page, `${locale}-application-item-${device}`);
          await page.getByRole("button", { name: continueLabel, exact: true }).click();
          await page.waitForURL(/associatedPersons$/);
          await capture(page, `${locale}-application-list-${device}`);

          await page.goto(`${path}/licensedAreas/new`);
          await page.locator('[name="areaName"]').fill("Patio");
          await page.locator('input[name="setting"][value="outdoor"]').check();
          await page.locator('[name="floor"]').fill("0");
          await page.locator('[name="capacity"]').fill("40");
          await page.getByRole("button", { name: continueLabel, exact: true }).click();
          await page.waitForURL(/licensedAreas$/);

          for (const [section, name] of [
            ["", "task-list"],
            ["/applicationType", "single-question"],
            ["/documents", "documents"],
            ["/review", "review"],
            ["/withdraw", "withdraw"],
          ] as const) {
            await page.goto(`${path}${section}`);
            await capture(page, `${locale}-application-${name}-${device}`);
          }
          await page.goto(`${path}/addresses`);
          await page.locator('input[name="physicalSameAsMailing"][value="no"]').check();
          await page.getByRole("button", { name: continueLabel, exact: true }).click();
          await page.waitForURL(/addresses\?error=incomplete/);
          await capture(page, `${locale}-application-addresses-errors-${device}`);
        });
      }
    });
  }

  /**
   * The pages of issue 14: the catalogue, a permit's start page and one of its sections (a fresh
   * draft of a person applying for themselves), and a holder's main menu with its past permits
   * opened and a past permit's page with the details it prints.
   */
  const permitApplicant = { fr: "lucie.fortin@example.com", en: "mark.taylor@example.com" } as const;
  const permitHolder = {
    fr: { email: "julie.gauthier@example.com", pastPermit: "13000000-0000-4000-8000-000000000033" },
    en: { email: "priya.patel@example.com", pastPermit: "13000000-0000-4000-8000-000000000043" },
  } as const;

  for (const [device, viewport] of Object.entries(viewports)) {
    test.describe(`${device} permit screenshots`, () => {
      test.use({ viewport });
      for (const locale of locales) {
        test(`${locale} catalogue, start page and a permit section`, async ({ page }) => {
          test.setTimeout(90_000);
          await signIn(page, locale, permitApplicant[locale], "Demo!Soleil2026");
          await page.waitForURL(/dashboard/);
          await page.goto(`/${locale}/applications/new`);
          await capture(page, `${locale}-applications-new-catalogue-${device}`);
          await page.goto(`/${locale}/applications/new/special_occasion_permit`);
          await capture(page, `${locale}-applications-new-special-occasion-${device}`);
          // Started with nothing answered: the errors, then a private event indoors in three weeks.
          await page.getByRole("main").locator('button[type="submit"]').last().click();
          await expect(page.locator('[name="expectedAttendance"]')).toHaveAttribute("aria-invalid", "true");
          await capture(page, `${locale}-applications-new-special-occasion-errors-${device}`);
          await page.locator('input[name="eventType"][value="private"]').check();
          await page.locator('input[name="setting"][value="indoor"]').check();
          await fillDate(page, "firstDay", dayFromToday(21));
          await page.locator('[name="expectedAttendance"]').fill("80");
          await page.getByRole("main").locator('button[type="submit"]').last().click();
          await page.waitForURL(/applications\/[0-9a-f-]{36}$/);
          const path = new URL(page.url()).pathname;
          await capture(page, `${locale}-application-permit-task-list-${device}`);
          for (const section of ["eventClass", "eventDays", "place"]) {
            await page.goto(`${path}/${section}`);
            await capture(page, `${locale}-application-permit-${section}-${device}`);
          }
        });

        test(`${locale} main menu with past permits, and a permit's page`, async ({ page }) => {
          await signIn(page, locale, permitHolder[locale].email, "Demo!Soleil2026");
          await page.waitForURL(/dashboard/);
          await page.locator("main details summary").first().click();
          await capture(page, `${locale}-dashboard-past-permits-${device}`);
          await page.goto(`/${locale}/licences/${permitHolder[locale].pastPermit}`);
          await capture(page, `${locale}-licence-permit-${device}`);
        });

        test(`${locale} gaming, horse-racing and lottery start pages and a section of each`, async ({ page }) => {
          test.setTimeout(90_000);
          await signIn(page, locale, permitApplicant[locale], "Demo!Soleil2026");
          await page.waitForURL(/dashboard/);
          for (const [kind, section] of [
            ["gaming_registration_new", "category"],
            ["gaming_assistant_new", "personalDetails"],
            ["horse_racing_new", "categories"],
            ["lottery_retailer_new", "siteDetails"],
          ] as const) {
            const name = kind.replace(/_new$/, "").replaceAll("_", "-");
            await page.goto(`/${locale}/applications/new/${kind}`);
            await capture(page, `${locale}-applications-new-${name}-${device}`);
            // A business kind asks who applies (a new business); a person applies as themself.
            const newBusiness = page.locator('input[name="applicant"][value="new"]');
            if ((await newBusiness.count()) > 0) await newBusiness.check();
            await page.getByRole("main").locator('button[type="submit"]').last().click();
            await page.waitForURL(/applications\/[0-9a-f-]{36}$/);
            await page.goto(`${new URL(page.url()).pathname}/${section}`);
            await capture(page, `${locale}-application-${name}-${section}-${device}`);
          }
        });
      }
    });
  }
}
