import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";
import { fillManagerDisclosure } from "./permits-support";

/**
 * Issue 8's journey: Marie (in French) renews her licence inside its window — disclosures
 * completed by e-mail, paid in the sandbox — an officer (in English) asks for information, she
 * answers, the officer approves, and the licence's expiry moves by the chosen term.
 */
const LICENCE = "13000000-0000-4000-8000-000000000002";

async function continueTo(page: Page, path: RegExp) {
  await page.getByRole("button", { name: "Continuer", exact: true }).click();
  await page.waitForURL(path);
}

async function newestLinkTo(page: Page, email: string): Promise<string> {
  await page.goto(`/fr/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.locator("main table tbody tr").first().getByRole("link").click();
  return (await page.locator("main a[href*='/disclosures/']").first().getAttribute("href")) ?? "";
}

test("a licence renewed inside its window: disclosures, payment, a request for information, approval and the new expiry", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const marie = await signedIn(browser, "marie.tremblay@example.com", "fr");
  await marie.goto(`/fr/licences/${LICENCE}`);
  const expiry = () =>
    marie.locator("dt", { hasText: "Expire le" }).first().locator("xpath=following-sibling::dd[1]").innerText();
  const expiresBefore = (await expiry()).trim();
  await marie.goto(`/fr/licences/${LICENCE}/renew`);
  await expectOneH1(marie);
  await expectNoAxeViolations(marie);
  await marie.getByRole("button", { name: "Commencer le renouvellement" }).click();
  await marie.waitForURL(/applications\/[0-9a-f-]{36}$/);
  const path = new URL(marie.url()).pathname;
  await expect(marie.getByRole("heading", { level: 1 })).toHaveText("Renouvellement d’un permis de vente d’alcool");
  await expectNoAxeViolations(marie);

  await marie.goto(`${path}/reviewInformation`);
  // What she is asked to review is on the page: the licence as the Commission has it.
  const onFile = marie.getByRole("region", { name: /Ce que la Commission a au dossier pour LSL-/ });
  await expect(onFile).toContainText("Titulaire");
  await expect(onFile.getByRole("table")).toBeVisible();
  await expectNoAxeViolations(marie);
  await marie.locator('input[name="informationCorrect"][value="yes"]').check();
  await continueTo(marie, /associatedPersons$/);
  // The people on file are already listed: send their disclosure requests.
  await expect(marie.getByRole("paragraph").filter({ hasText: "Luc Gagnon" })).toBeVisible();
  await marie.getByRole("button", { name: "Envoyer les demandes de déclaration" }).click();
  await marie.waitForURL(/associatedPersons\?done=sent&count=2/);
  // No business holds an interest in the licensee: the list of entities on file is empty.
  await continueTo(marie, /associatedEntities$/);
  await continueTo(marie, /premisesManagers$/);
  // The managers on file are listed too: Chantal has left, Hugo replaces her.
  await marie.getByRole("button", { name: "Retirer Chantal Côté" }).click();
  await expect(marie.getByRole("button", { name: "Retirer Chantal Côté" })).toHaveCount(0);
  await marie.getByRole("link", { name: "Ajouter un gérant d’établissement" }).click();
  await marie.locator('[name="firstName"]').fill("Hugo");
  await marie.locator('[name="lastName"]').fill("Roy");
  await marie.locator('[name="managerEmail"]').fill("hugo.roy@example.com");
  await continueTo(marie, /premisesManagers$/);
  // Only Hugo, the new manager, is asked for a disclosure: a manager already on file needs none.
  await marie.getByRole("button", { name: "Envoyer les demandes de déclaration" }).click();
  await marie.waitForURL(/premisesManagers\?done=sent&count=1/);
  await expectNoAxeViolations(marie);
  await continueTo(marie, /questions$/);
  for (const question of ["convictions", "otherLicences", "financialInterest"])
    await marie.locator(`input[name="${question}"][value="no"]`).check();
  await marie.locator('[name="taxComplianceNumber"]').fill("4CE5T7N9VK3GHJ2");
  await marie.locator('input[name="taxComplianceStatus"][value="compliant"]').check();
  await continueTo(marie, /documents$/);
  await continueTo(marie, /term$/);
  await continueTo(marie, /review$/);
  await expect(marie.getByRole("heading", { name: "Ce qui a changé depuis le dernier permis" })).toBeVisible();
  const changes = marie.getByRole("region", { name: "Ce qui a changé depuis le dernier permis" });
  await expect(changes).toContainText("Gérants d’établissement retirés");
  await expect(changes).toContainText("Chantal Côté");
  await expect(changes).toContainText("Hugo Roy");
  await expect(marie.getByText(/n’a pas encore rempli sa déclaration/).first()).toBeVisible();
  await expectNoAxeViolations(marie);

  // Both people complete their disclosure from the e-mailed links.
  for (const email of ["luc.gagnon@example.com", "marie.tremblay@example.com"]) {
    const link = await newestLinkTo(marie, email);
    const person = await (await browser.newContext({ locale: "fr-CA" })).newPage();
    await person.goto(link);
    await person.locator('[name="dateOfBirth.day"]').fill("12");
    await person.locator('[name="dateOfBirth.month"]').fill("5");
    await person.locator('[name="dateOfBirth.year"]').fill("1975");
    await person.locator('[name="homeAddress.line1"]').fill("45, rue Elgin");
    await person.locator('[name="homeAddress.city"]').fill("Ottawa");
    await person.locator('[name="homeAddress.province"]').selectOption("ON");
    await person.locator('[name="homeAddress.postalCode"]').fill("K1P 5K7");
    await person.locator('input[name="convictions"][value="no"]').check();
    await person.locator('input[name="otherInterests"][value="no"]').check();
    await person.locator('input[name="declaration"]').check();
    await person.getByRole("button", { name: "Envoyer ma déclaration" }).click();
    await expect(person.getByRole("heading", { level: 1 })).toHaveText("Votre déclaration est envoyée");
  }
  // Hugo, the new premises manager, completes a manager's disclosure.
  const hugo = await (await browser.newContext({ locale: "fr-CA" })).newPage();
  await hugo.goto(await newestLinkTo(marie, "hugo.roy@example.com"));
  await expect(hugo.getByRole("heading", { level: 1 })).toHaveText("Votre déclaration de gérant d’établissement");
  await fillManagerDisclosure(hugo);
  await hugo.getByRole("button", { name: "Envoyer ma déclaration" }).click();
  await expect(hugo.getByRole("heading", { level: 1 })).toHaveText("Votre déclaration est envoyée");

  await marie.goto(`${path}/review`);
  await marie.getByRole("link", { name: "Passer aux frais" }).click();
  await expect(marie.getByText("955,00 $").first()).toBeVisible();
  await marie.locator('input[name="declaration"]').check();
  await marie.getByRole("button", { name: "Payer les frais et envoyer la demande" }).click();
  await marie.waitForURL(/payment$/);
  await marie.getByRole("button", { name: "Effectuer le paiement" }).click();
  await marie.waitForURL(/payment\/sandbox\/[0-9a-f-]{36}$/);
  await marie.locator('[name="cardNumber"]').fill("5555 5555 5555 4444");
  await marie.getByRole("button", { name: /^Payer/ }).click();
  await marie.waitForURL(/confirmation$/);
  const fileNumber = (await marie.locator("main").innerText()).match(/LSL-R-\d{4}-[0-9A-Z]{6}/)?.[0] ?? "";
  expect(fileNumber).not.toBe("");
  await marie.goto(`/fr/licences/${LICENCE}`);
  await expect(marie.getByRole("heading", { name: "Renouvellement reçu" })).toBeVisible();

  // The officer asks for information.
  const officer = await signedIn(browser, "officer@example.com", "en");
  await officer.goto("/en/admin/applications");
  await expectOneH1(officer);
  await expectNoAxeViolations(officer);
  await officer.goto(`/en/admin/applications?q=${fileNumber}`);
  await officer.getByRole("link", { name: fileNumber }).click();
  await officer.getByRole("button", { name: "Start the review" }).click();
  await expectOneH1(officer);
  await expectNoAxeViolations(officer);
  await officer
    .getByRole("textbox", { name: "Add a note" })
    .fill("Internal: check the manager change with the inspector.");
  await officer.getByRole("button", { name: "Add the note" }).click();
  // Wait for the page the note's form returns to, or the next field would be typed into the page being replaced.
  await expect(officer.getByRole("heading", { name: "The note is added" })).toBeVisible();
  await officer
    .getByRole("textbox", { name: "What do you need from the applicant?" })
    .fill("Please confirm the date Ms. Côté left.");
  await officer.getByRole("button", { name: "Request more information" }).click();
  await expect(officer.getByRole("heading", { name: "The request was sent to the applicant" })).toBeVisible();

  // Marie answers; the internal note is nowhere on her page.
  await marie.goto(path);
  await expect(marie.getByText("Please confirm the date Ms. Côté left.")).toBeVisible();
  await expect(marie.getByText("Internal: check the manager change")).toHaveCount(0);
  await expectNoAxeViolations(marie);
  await marie.getByRole("textbox", { name: "Votre réponse" }).fill("Elle est partie le 1er novembre.");
  await marie.getByRole("button", { name: "Envoyer ma réponse" }).click();
  await expect(marie.getByRole("heading", { name: /Votre réponse a été envoyée/ })).toBeVisible();

  await officer.reload();
  await expect(officer.getByText("Elle est partie le 1er novembre.")).toBeVisible();
  await officer.getByRole("button", { name: "Approve" }).click();
  await expect(officer.getByRole("heading", { name: "The application is approved" })).toBeVisible();

  await marie.goto(`/fr/licences/${LICENCE}`);
  const expiresAfter = (await expiry()).trim();
  expect(expiresAfter).not.toBe(expiresBefore);
  const yearOf = (text: string) => Number(text.match(/(\d{4})/)?.[1]);
  expect(yearOf(expiresAfter) - yearOf(expiresBefore)).toBe(2);
});

test("applicants cannot reach the review: every staff page and the queue are 404s", async ({ browser }) => {
  const marie = await signedIn(browser, "marie.tremblay@example.com", "fr");
  for (const target of ["/fr/admin/applications", "/fr/admin/applications/15000000-0000-4000-8000-000000000001"]) {
    expect((await marie.goto(target))?.status(), target).toBe(404);
  }
  const service = await signedIn(browser, "service@example.com", "fr");
  expect((await service.goto("/fr/admin/applications"))?.status()).toBe(404);
});

test("the renew page explains an expired licence, in English, and passes axe", async ({ browser }) => {
  const john = await signedIn(browser, "john.smith@example.com", "en");
  await john.goto("/en/licences/13000000-0000-4000-8000-000000000011/renew");
  await expectOneH1(john);
  await expect(john.getByRole("button", { name: "Start the renewal" })).toHaveCount(0);
  await expectNoAxeViolations(john);
});

test("en: a registration's renewal shows what is on file (the registration and its people) before asking about it", async ({
  browser,
}) => {
  // Sophie's bingo registration, in its renewal window; no other journey renews it.
  const sophie = await signedIn(browser, "agent.conseil@example.com", "en");
  await sophie.goto("/en/licences/13000000-0000-4000-8000-000000000061/renew");
  await sophie.getByRole("button", { name: "Start the renewal" }).click();
  await sophie.waitForURL(/applications\/[0-9a-f-]{36}$/);
  const path = new URL(sophie.url()).pathname;
  await sophie.goto(`${path}/reviewInformation`);
  await expectOneH1(sophie);
  const onFile = sophie.getByRole("region", { name: "What the Commission has on file for GMR-2025-000601" });
  await expect(onFile).toContainText("Bingo Rideau inc.");
  await expect(onFile).toContainText("Bingo Vanier, Ottawa");
  await expectNoAxeViolations(sophie);
  await sophie.locator('input[name="informationCorrect"][value="yes"]').check();
  await sophie.getByRole("button", { name: "Continue", exact: true }).click();
  await sophie.waitForURL(/associatedPersons$/);
  // The people on file are listed, each to keep or remove.
  await expect(sophie.getByRole("paragraph").filter({ hasText: "Sophie Conseil" })).toBeVisible();
  await expect(sophie.getByRole("button", { name: "Remove Sophie Conseil" })).toBeVisible();
  await expectNoAxeViolations(sophie);
});
