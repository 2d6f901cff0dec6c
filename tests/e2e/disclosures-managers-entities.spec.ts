import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";
import {
  continueTo,
  disclosureLink,
  entityRequest,
  fillDate,
  fillManagerDisclosure,
  managerRequest,
  sectionOf,
  words,
  type Locale,
} from "./permits-support";

/**
 * Issue 16: a premises manager and an associated entity each complete a disclosure of their own
 * from the e-mailed single-use link — the applicant lists them and sends the requests, the manager
 * (or the entity's signing officer) opens the e-mail in the dev mailbox, is told what is missing,
 * completes the form, and the applicant's list shows it completed.
 */
const text = {
  fr: {
    start: "Commencer la demande",
    newEntity: "Une nouvelle entreprise ou un nouvel organisme",
    managersTitle: "Gérants d’établissement",
    addManager: "Ajouter un gérant d’établissement",
    notSent: "Demande de déclaration non envoyée",
    toSend: "1 gérant n’a pas encore reçu de demande de déclaration.",
    sent: "1 demande de déclaration a été envoyée",
    waiting: "Demande de déclaration envoyée – en attente de sa réponse",
    completed: "Déclaration remplie",
    managerTitle: "Votre déclaration de gérant d’établissement",
    certificateMissing: /Entrez le numéro de certificat/,
    errorTitle: /^Erreur/,
    alreadyDone: "Cette déclaration est déjà remplie",
  },
  en: {
    start: "Start the application",
    newEntity: "A new business or organization",
    managersTitle: "Premises managers",
    addManager: "Add a premises manager",
    notSent: "Disclosure request not sent",
    toSend: "1 manager has not received a disclosure request yet.",
    sent: "1 disclosure request was sent",
    waiting: "Disclosure request sent – waiting for their answer",
    completed: "Disclosure completed",
    managerTitle: "Your disclosure as a premises manager",
    certificateMissing: /Enter the certificate number/,
    errorTitle: /^Error/,
    alreadyDone: "This disclosure is already completed",
  },
} as const;

async function startDraft(page: Page, locale: Locale): Promise<string> {
  await page.goto(`/${locale}/applications/new`);
  await page.locator('a[href$="/applications/new/liquor_sales_new"]').click();
  await page.getByRole("radio", { name: text[locale].newEntity }).check();
  await page.getByRole("button", { name: text[locale].start }).click();
  await page.waitForURL(new RegExp(`/${locale}/applications/[0-9a-f-]{36}$`));
  return new URL(page.url()).pathname;
}

/** The state the applicant's list shows beside an item. */
const itemState = (page: Page, name: string) => page.locator("main li").filter({ hasText: name });

for (const locale of ["fr", "en"] as const) {
  test(`${locale}: a premises manager completes their own disclosure from the e-mailed link`, async ({ browser }) => {
    test.setTimeout(120_000);
    const t = text[locale];
    const page = await signedIn(
      browser,
      locale === "fr" ? "marie.tremblay@example.com" : "john.smith@example.com",
      locale,
    );
    const path = await startDraft(page, locale);
    const at = sectionOf(path);
    // An address of this run's own: journeys run side by side, and the manager reads their newest e-mail.
    const managerEmail = `zoe.martin.${locale}.${Date.now()}@example.com`;

    await page.goto(`${path}/premisesManagers`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.managersTitle);
    await page.getByRole("link", { name: t.addManager }).click();
    await page.waitForURL(at("premisesManagers/new"));
    await page.locator('[name="firstName"]').fill("Zoé");
    await page.locator('[name="lastName"]').fill("Martin");
    await page.locator('[name="managerEmail"]').fill(managerEmail);
    await continueTo(page, locale, at("premisesManagers"));
    await expect(itemState(page, "Zoé Martin")).toContainText(t.notSent);
    await expect(page.getByText(t.toSend)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: words[locale].sendDisclosures }).click();
    await page.waitForURL(/premisesManagers\?done=sent&count=1/);
    await expect(page.getByText(t.sent)).toBeVisible();
    await expect(itemState(page, "Zoé Martin")).toContainText(t.waiting);
    await expectNoAxeViolations(page);

    // The manager opens the e-mail, with no account: the manager's form, in the applicant's language.
    const link = await disclosureLink(page, locale, managerEmail, managerRequest);
    const context = await browser.newContext({ locale: locale === "fr" ? "fr-CA" : "en-CA" });
    const manager = await context.newPage();
    await manager.goto(link);
    await expectOneH1(manager);
    await expect(manager.getByRole("heading", { level: 1 })).toHaveText(t.managerTitle);
    await expect(manager.locator("main")).toContainText("Zoé Martin");
    await expectNoAxeViolations(manager);

    // One answer missing: the error summary takes focus, names it, and keeps what was typed.
    await fillManagerDisclosure(manager, "trainingCertificate");
    await manager.getByRole("button", { name: words[locale].sendDisclosure }).click();
    const summary = manager.getByRole("alert", { name: words[locale].problem });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: t.certificateMissing })).toBeVisible();
    await expect(manager).toHaveTitle(t.errorTitle);
    await expect(manager.locator('[name="managementExperience"]')).toHaveValue(
      "Gérant de salle au Bistro Cormoran, 2019–2025.",
    );
    await expect(manager.locator('[name="dateOfBirth.year"]')).toHaveValue("1982");
    await expectNoAxeViolations(manager);
    await summary.getByRole("link", { name: t.certificateMissing }).click();
    await expect(manager.locator('[name="trainingCertificate"]')).toBeFocused();
    await manager.locator('[name="trainingCertificate"]').fill("SS-1234567");
    await manager.getByRole("button", { name: words[locale].sendDisclosure }).click();
    await expect(manager.getByRole("heading", { level: 1 })).toHaveText(words[locale].disclosureDone);
    await expectNoAxeViolations(manager);
    // The link is spent.
    await manager.goto(link);
    await expect(manager.getByRole("heading", { level: 1 })).toHaveText(t.alreadyDone);
    await context.close();

    await page.goto(`${path}/premisesManagers`);
    await expect(itemState(page, "Zoé Martin")).toContainText(t.completed);
    await expectNoAxeViolations(page);
  });
}

test("en: an associated entity's signing officer completes the entity's disclosure from the e-mailed link", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await signedIn(browser, "john.smith@example.com", "en");
  const path = await startDraft(page, "en");
  const at = sectionOf(path);
  const officerEmail = `signing.officer.${Date.now()}@example.com`;

  // The entities are listed once the type of applicant is known.
  await page.goto(`${path}/applicantType`);
  await page.locator('input[name="applicantType"][value="corporation"]').check();
  await continueTo(page, "en", at("applicantDetails"));
  await page.goto(`${path}/associatedEntities`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Associated entities");
  await expect(page.getByText("No entity added.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Add an entity" }).click();
  await page.waitForURL(at("associatedEntities/new"));
  await expectOneH1(page);
  await page.locator('[name="entityName"]').fill("Northern Holdings Inc.");
  await page.locator('[name="entityBusinessNumber"]').fill("123456789");
  await page.locator('input[name="relationship"][value="shareholder"]').check();
  await expect(page.locator('[name="entitySharePercent"]')).toBeVisible();
  await page.locator('[name="entitySharePercent"]').fill("60");
  await page.locator('[name="signingOfficerEmail"]').fill(officerEmail);
  await expectNoAxeViolations(page);
  await continueTo(page, "en", at("associatedEntities"));
  await expect(itemState(page, "Northern Holdings Inc.")).toContainText("Disclosure request not sent");
  await expect(page.getByText("1 entity has not received a disclosure request yet.")).toBeVisible();
  await page.getByRole("button", { name: words.en.sendDisclosures }).click();
  await page.waitForURL(/associatedEntities\?done=sent&count=1/);
  await expect(itemState(page, "Northern Holdings Inc.")).toContainText(
    "Disclosure request sent – waiting for their answer",
  );

  const link = await disclosureLink(page, "en", officerEmail, entityRequest);
  const context = await browser.newContext({ locale: "en-CA" });
  const officer = await context.newPage();
  await officer.goto(link);
  await expectOneH1(officer);
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Disclosure of an associated entity");
  await expect(officer.locator("main")).toContainText("You are a signing officer of Northern Holdings Inc.");
  await expectNoAxeViolations(officer);

  await officer.locator('[name="incorporationJurisdiction"]').fill("Ontario");
  await fillDate(officer, "incorporationDate", { day: "4", month: "9", year: "2012" });
  await officer.locator('[name="headOffice"]').fill("100 King Street West, Toronto ON M5X 1A9, Canada");
  await officer.locator('[name="directorsAndOfficers"]').fill("Ines Haddad, President\nNoah Belanger, Secretary");
  await officer.locator('input[name="entityConvictions"][value="no"]').check();
  await officer.locator('input[name="entityOtherInterests"][value="no"]').check();
  await officer.locator('[name="signingOfficerTitle"]').fill("President");
  await officer.locator('input[name="entityDeclaration"]').check();
  // The signing officer's name left out: refused, with the summary in focus.
  await officer.getByRole("button", { name: "Send the entity’s disclosure" }).click();
  const summary = officer.getByRole("alert", { name: words.en.problem });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Enter your full name" })).toBeVisible();
  await expect(officer.locator('[name="signingOfficerTitle"]')).toHaveValue("President");
  await expectNoAxeViolations(officer);
  await officer.locator('[name="signingOfficerName"]').fill("Ines Haddad");
  await officer.getByRole("button", { name: "Send the entity’s disclosure" }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("The entity’s disclosure is sent");
  await officer.goto(link);
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("This disclosure is already completed");
  await context.close();

  await page.goto(`${path}/associatedEntities`);
  await expect(itemState(page, "Northern Holdings Inc.")).toContainText("Disclosure completed");
  await expect(page.getByText("Every entity listed has received a disclosure request.")).toBeVisible();
});
