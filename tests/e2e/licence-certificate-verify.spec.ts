import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectOneH1, locales, test } from "./support";
import { signIn } from "./accounts-support";

const DEMO_PASSWORD = "Demo!Soleil2026";
/** Le Cormoran's active licence LSL-2025-000101: Marie's entity, not John's. */
const CERTIFICATE_URL = "/api/licences/13000000-0000-4000-8000-000000000001/certificate";

const text = {
  fr: {
    title: "Vérifier un permis",
    number: "Numéro du permis",
    verify: "Vérifier",
    holder: "Titulaire",
    status: "Statut",
    active: "Actif",
    expired: "Expiré",
    inForce: "Ce permis est en vigueur",
    notInForce: "Ce permis n’autorise aucune vente",
    notFound: "Aucun permis ne correspond à ce numéro",
    required: "Entrez le numéro du permis",
    endorsements: "Avenants",
    catering: "Avenant relatif au traiteur",
    brewPub: "Avenant relatif à la brasserie",
  },
  en: {
    title: "Verify a licence",
    number: "Licence number",
    verify: "Verify",
    holder: "Licence holder",
    status: "Status",
    active: "Active",
    expired: "Expired",
    inForce: "This licence is in force",
    notInForce: "This licence does not authorize any sale",
    notFound: "No licence matches this number",
    required: "Enter the licence number",
    endorsements: "Endorsements",
    catering: "Catering endorsement",
    brewPub: "Brew pub endorsement",
  },
} as const;

type Locale = keyof typeof text;

/** The value shown beside a label in the result's summary list. */
const valueOf = (page: Page, label: string) =>
  page
    .locator("main dl > div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd")
    .first();

async function expectActiveCormoran(page: Page, locale: Locale) {
  const t = text[locale];
  await expect(valueOf(page, t.holder)).toHaveText("Le Cormoran");
  await expect(valueOf(page, t.status)).toHaveText(t.active);
  await expect(page.getByRole("heading", { name: t.inForce })).toBeVisible();
}

for (const locale of locales) {
  test.describe(`licence verification in ${locale}, signed out`, () => {
    const t = text[locale];

    test("the empty page has one h1 and passes axe", async ({ page }) => {
      const response = await page.goto(`/${locale}/verify`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
      await expectOneH1(page);
      await expectNoAxeViolations(page);
    });

    test("the QR code's link shows the holder and the status, and passes axe", async ({ page }) => {
      await page.goto(`/${locale}/verify?number=LSL-2025-000101`);
      await expectActiveCormoran(page, locale);
      await expectOneH1(page);
      await expectNoAxeViolations(page);
    });

    test("a licence's endorsements are listed: what else it allows is public", async ({ page }) => {
      await page.goto(`/${locale}/verify?number=LSL-2026-000301`);
      await expect(valueOf(page, t.endorsements).getByRole("listitem")).toHaveText([t.catering, t.brewPub]);
      await expectNoAxeViolations(page);
      // A licence without endorsements has no such row.
      await page.goto(`/${locale}/verify?number=LSL-2025-000101`);
      await expect(page.locator("main dt", { hasText: t.endorsements })).toHaveCount(0);
    });

    test("an expired licence is stated plainly as authorizing no sale", async ({ page }) => {
      await page.goto(`/${locale}/verify?number=LSL-2024-000201`);
      await expect(valueOf(page, t.status)).toHaveText(t.expired);
      await expect(page.getByRole("heading", { name: t.notInForce })).toBeVisible();
    });

    test("an unknown number says that no licence matches", async ({ page }) => {
      await page.goto(`/${locale}/verify?number=LSL-2025-999999`);
      await expect(page.getByRole("heading", { name: t.notFound })).toBeVisible();
      await expect(page.locator("main dl")).toHaveCount(0);
      await expectNoAxeViolations(page);
    });

    test("the form finds a number typed in lower case", async ({ page }) => {
      await page.goto(`/${locale}/verify`);
      await page.getByLabel(t.number).fill("lsl-2025-000101");
      await page.getByRole("main").getByRole("button", { name: t.verify }).click();
      await page.waitForURL(/\?number=lsl-2025-000101$/);
      await expectActiveCormoran(page, locale);
    });

    test("an empty number is an error tied to the field", async ({ page }) => {
      await page.goto(`/${locale}/verify`);
      await page.getByRole("main").getByRole("button", { name: t.verify }).click();
      await expect(
        page.getByRole("alert", { name: locale === "fr" ? "Il y a un problème" : "There is a problem" }),
      ).toContainText(t.required);
      await expect(page.getByLabel(t.number)).toHaveAttribute("aria-invalid", "true");
    });
  });
}

test.describe("licence verification without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form is a plain GET that lands on the answer", async ({ page }) => {
    const t = text.fr;
    await page.goto("/fr/verify");
    await page.getByLabel(t.number).fill("LSL-2025-000101");
    await page.getByRole("main").getByRole("button", { name: t.verify }).click();
    await page.waitForURL(/\/fr\/verify\?number=LSL-2025-000101$/);
    await expectActiveCormoran(page, "fr");
  });
});

test.describe("licence certificate", () => {
  test("the linked applicant gets the PDF", async ({ page }) => {
    await signIn(page, "fr", "marie.tremblay@example.com", DEMO_PASSWORD);
    await page.waitForURL(/dashboard/);
    const response = await page.request.get(CERTIFICATE_URL);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  test("an applicant whose account is not linked to the licence gets a 404", async ({ page }) => {
    await signIn(page, "en", "john.smith@example.com", DEMO_PASSWORD);
    await page.waitForURL(/dashboard/);
    const response = await page.request.get(CERTIFICATE_URL);
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).not.toContain("pdf");
  });

  test("a visitor who is not signed in gets a 404", async ({ request }) => {
    expect((await request.get(CERTIFICATE_URL)).status()).toBe(404);
  });
});

test.describe("a licence's endorsements for staff", () => {
  for (const locale of locales) {
    test(`${locale}: the staff licence page lists them`, async ({ page }) => {
      const t = text[locale];
      await signIn(page, locale, "officer@example.com", DEMO_PASSWORD);
      await page.waitForURL(/admin|dashboard/);
      // Brasserie des Deux Rives's licence LSL-2026-000301: a brew pub that caters.
      await page.goto(`/${locale}/admin/licences/13000000-0000-4000-8000-000000000021`);
      await expect(valueOf(page, t.endorsements).getByRole("listitem")).toHaveText([t.catering, t.brewPub]);
      await expectOneH1(page);
      await expectNoAxeViolations(page);
    });
  }
});
