import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";

/**
 * "My applications" (issue 17): every application of the account, filtered by where it stands,
 * in both languages, the filter without JavaScript too; the header's "Create an account"; and the
 * files browsers and crawlers ask for. Only reads: Geneviève's horse-racing licence came from an
 * application approved a year ago (prisma/seed/demo-data.ts), which stays decided whatever her
 * own journey (horse-racing-lottery.spec.ts) files beside it.
 */
const HOLDER = "genevieve.ouellet@example.com";
const APPROVED_FILE = "HRL-N-2025-D3M0HR";

const text = {
  fr: {
    title: "Mes demandes",
    dashboardLink: "Voir toutes mes demandes",
    headerLink: "Mes demandes",
    show: "Afficher",
    all: "Toutes",
    drafts: "Brouillons et demandes en attente de paiement",
    inProgress: "En traitement à la Commission",
    decided: "Décidées ou retirées",
    apply: "Appliquer",
    table: "Mes demandes",
    kind: "Licence de courses de chevaux",
    approved: "Approuvée",
    decidedStatuses: /^(Approuvée|Refusée|Retirée)$/,
    register: "Créer un compte",
    signIn: "Se connecter",
    registerTitle: "Créer un compte",
    portal: "Portail des permis",
  },
  en: {
    title: "My applications",
    dashboardLink: "See all my applications",
    headerLink: "My applications",
    show: "Show",
    all: "All",
    drafts: "Drafts and awaiting payment",
    inProgress: "In progress with the Commission",
    decided: "Decided or withdrawn",
    apply: "Apply",
    table: "My applications",
    kind: "Horse racing licence",
    approved: "Approved",
    decidedStatuses: /^(Approved|Refused|Withdrawn)$/,
    register: "Create an account",
    signIn: "Sign in",
    registerTitle: "Create an account",
    portal: "Licensing Portal",
  },
} as const;

type Locale = keyof typeof text;

/** Picks a group and applies the filter (a GET form: the group lands in the address). */
async function filterBy(page: Page, locale: Locale, group: string, value: string) {
  const t = text[locale];
  await page.getByRole("group", { name: t.show }).getByLabel(group, { exact: true }).check();
  await page.getByRole("button", { name: t.apply }).click();
  await page.waitForURL(new RegExp(`/${locale}/applications\\?status=${value}$`));
  await expect(page.getByLabel(group, { exact: true })).toBeChecked();
}

const rowOf = (page: Page, fileNumber: string) => page.getByRole("row").filter({ hasText: fileNumber });

test("fr: the main menu leads to every application, filtered by where it stands", async ({ browser }) => {
  // Three filters and two accessibility checks: longer than a one-page journey.
  test.setTimeout(90_000);
  const t = text.fr;
  const page = await signedIn(browser, HOLDER, "fr");
  await page.getByRole("link", { name: t.dashboardLink }).click();
  await page.waitForURL(/\/fr\/applications$/);
  await expect(page).toHaveTitle(new RegExp(`^${t.title} – `));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
  await expectOneH1(page);
  await expect(page.getByLabel(t.all, { exact: true })).toBeChecked();
  const approved = rowOf(page, APPROVED_FILE);
  await expect(approved).toContainText(t.kind);
  await expect(approved).toContainText(t.approved);
  await expectNoAxeViolations(page);

  await filterBy(page, "fr", t.drafts, "drafts");
  await expect(rowOf(page, APPROVED_FILE)).toHaveCount(0);
  await filterBy(page, "fr", t.inProgress, "in_progress");
  await expect(rowOf(page, APPROVED_FILE)).toHaveCount(0);
  await filterBy(page, "fr", t.decided, "decided");
  await expect(rowOf(page, APPROVED_FILE)).toBeVisible();
  // Only decided files: the status column (the third) of every row says so.
  const statuses = await page.getByRole("table", { name: t.table }).locator("tbody tr td:nth-child(3)").allInnerTexts();
  expect(statuses.length).toBeGreaterThan(0);
  for (const status of statuses) expect(status.trim()).toMatch(t.decidedStatuses);
  await expectNoAxeViolations(page);

  // The file number opens the application.
  await rowOf(page, APPROVED_FILE).getByRole("link", { name: APPROVED_FILE }).click();
  await page.waitForURL(/\/fr\/applications\/[0-9a-f-]{36}$/);
  await expect(page.getByText(APPROVED_FILE).first()).toBeVisible();
  await page.context().close();
});

test("en, without JavaScript: the header's link and the filter form work, an unknown filter shows everything", async ({
  browser,
}) => {
  const t = text.en;
  const page = await signedIn(browser, HOLDER, "en", false);
  await page.getByRole("banner").getByRole("link", { name: t.headerLink, exact: true }).click();
  await page.waitForURL(/\/en\/applications$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
  await expectOneH1(page);
  await expect(rowOf(page, APPROVED_FILE)).toContainText(t.kind);

  await filterBy(page, "en", t.inProgress, "in_progress");
  await expect(rowOf(page, APPROVED_FILE)).toHaveCount(0);
  await filterBy(page, "en", t.decided, "decided");
  await expect(rowOf(page, APPROVED_FILE)).toContainText(t.approved);

  await page.goto("/en/applications?status=everything&page=abc");
  await expect(page.getByLabel(t.all, { exact: true })).toBeChecked();
  await expect(rowOf(page, APPROVED_FILE)).toBeVisible();
  await page.context().close();
});

for (const locale of ["fr", "en"] as const) {
  test(`${locale}: signed out, the header offers "${text[locale].register}" beside "${text[locale].signIn}"`, async ({
    page,
  }) => {
    const t = text[locale];
    await page.goto(`/${locale}/help`);
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: t.signIn, exact: true })).toBeVisible();
    const register = header.getByRole("link", { name: t.register, exact: true });
    await expect(register).toHaveAttribute("href", `/${locale}/register`);
    // A target of at least 24 × 24 px (WCAG 2.2, 2.5.8).
    const box = await register.boundingBox();
    expect(box && box.width >= 24 && box.height >= 24).toBe(true);
    await expectNoAxeViolations(page);
    await register.click();
    await page.waitForURL(new RegExp(`/${locale}/register$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.registerTitle);

    // Signed out, the list asks to sign in and comes back to it.
    await page.goto(`/${locale}/applications`);
    await page.waitForURL(new RegExp(`/${locale}/login\\?next=`));
    expect(new URL(page.url()).searchParams.get("next")).toBe(`/${locale}/applications`);
  });
}

test("robots.txt, the icons and both manifests answer themselves, with their content type and no locale redirect", async ({
  request,
}) => {
  const robots = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
  const rules = await robots.text();
  expect(rules).toContain("Allow: /");
  for (const path of ["/*/admin", "/*/dashboard", "/*/applications", "/*/disclosures", "/api"])
    expect(rules).toContain(`Disallow: ${path}\n`);

  for (const [path, type] of [
    ["/icon.svg", /^image\/svg\+xml/],
    ["/apple-icon.png", /^image\/png/],
  ] as const) {
    const icon = await request.get(path, { maxRedirects: 0 });
    expect(icon.status(), path).toBe(200);
    expect(icon.headers()["content-type"], path).toMatch(type);
  }

  for (const locale of ["fr", "en"] as const) {
    const response = await request.get(`/${locale}/manifest.webmanifest`, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as { name: string; lang: string; start_url: string; icons: unknown[] };
    expect(manifest).toMatchObject({ name: text[locale].portal, lang: `${locale}-CA`, start_url: `/${locale}` });
    expect(manifest.icons.length).toBeGreaterThan(0);
  }
  expect((await request.get("/de/manifest.webmanifest", { maxRedirects: 0 })).status()).toBe(404);
});

test("every page links the manifest in its own language, and the icons", async ({ page }) => {
  for (const locale of ["fr", "en"] as const) {
    await page.goto(`/${locale}`);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", `/${locale}/manifest.webmanifest`);
    await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
  }
});
