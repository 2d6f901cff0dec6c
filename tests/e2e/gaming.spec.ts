import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";
import {
  certificateText,
  completeDisclosure,
  continueTo,
  disclosureLink,
  fileNumberOn,
  fillAddress,
  fillDate,
  officerApproves,
  payFromReview,
  sectionOf,
  uploadPdf,
  words,
} from "./permits-support";

/**
 * Gaming registrations (issue 15 §4), one journey in each language: in French, a charitable bingo
 * operator with three sites, whose $36,000 order only wire or EFT can pay, reconciled by customer
 * service and approved; in English, a gaming assistant registering as themself, paid by card and
 * approved. Nadia and Daniel (prisma/seed/demo-data.ts) are used by no other journey.
 */
test("fr: a bingo operator registers three sites; $36,000 is paid by EFT, reconciled, then approved", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const page = await signedIn(browser, "nadia.roy@example.com", "fr");
  await page.goto("/fr/applications/new");
  await expect(page.getByRole("heading", { name: "Loteries et jeux" })).toBeVisible();
  await page.locator('a[href$="/applications/new/gaming_registration_new"]').click();
  await page.waitForURL(/\/applications\/new\/gaming_registration_new$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inscription d’une entreprise relative aux jeux");
  await expectNoAxeViolations(page);
  await page.locator('input[name="applicant"][value="new"]').check();
  await page.getByRole("button", { name: words.fr.start }).click();
  await page.waitForURL(/\/fr\/applications\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  const at = sectionOf(path);
  const fileNumber = await fileNumberOn(page);
  expect(fileNumber).toMatch(/^GMR-/);

  await page.goto(`${path}/category`);
  await page.locator('input[name="category"][value="charitable_operator_frequent"]').check();
  await continueTo(page, "fr", at("sites"));
  for (const [name, line1] of [
    ["Bingo du Nord", "10, rue Notre-Dame"],
    ["Bingo du Sud", "20, rue Sparks"],
    ["Bingo de l’Est", "30, rue Rideau"],
  ] as const) {
    await page.locator(`a[href$="${path}/sites/new"]`).click();
    await page.waitForURL(at("sites/new"));
    await page.locator('[name="siteName"]').fill(name);
    await fillAddress(page, "address", line1);
    await continueTo(page, "fr", at("sites"));
  }
  await expect(page.getByRole("main")).toContainText("Bingo de l’Est");
  await expectNoAxeViolations(page);
  await continueTo(page, "fr", at("applicantType"));
  await page.locator('input[name="applicantType"][value="non_profit"]').check();
  await continueTo(page, "fr", at("applicantDetails"));
  await page.locator('[name="legalName"]').fill("Bingo communautaire de l’Outaouais");
  await continueTo(page, "fr", at("contactDetails"));
  await page.locator('[name="contactName"]').fill("Nadia Roy");
  await page.locator('[name="email"]').fill("nadia.roy@example.com");
  await page.locator('[name="phone"]').fill("613-555-0123");
  await continueTo(page, "fr", at("addresses"));
  await fillAddress(page, "mailing", "10, rue Notre-Dame");
  await page.locator('input[name="physicalSameAsMailing"][value="yes"]').check();
  await page.locator('input[name="businessSameAsMailing"][value="yes"]').check();
  await continueTo(page, "fr", at("associatedPersons"));
  // The applicant discloses themself: an owner on file keeps the business once it is decided.
  const director = "nadia.roy@example.com";
  await page.locator(`a[href$="${path}/associatedPersons/new"]`).click();
  await page.locator('[name="firstName"]').fill("Nadia");
  await page.locator('[name="lastName"]').fill("Roy");
  await page.locator('[name="email"]').fill(director);
  await page.locator('[name="role"]').selectOption("director");
  await continueTo(page, "fr", at("associatedPersons"));
  await page.getByRole("button", { name: words.fr.sendDisclosures }).click();
  await page.waitForURL(/associatedPersons\?done=sent&count=1/);
  await continueTo(page, "fr", at("questions"));
  for (const question of ["convictions", "otherLicences", "financialInterest"])
    await page.locator(`input[name="${question}"][value="no"]`).check();
  await page.locator('[name="taxComplianceNumber"]').fill("4CE5T7N9VK3GHJ2");
  await page.locator('input[name="taxComplianceStatus"][value="compliant"]').check();
  await continueTo(page, "fr", at("documents"));
  await uploadPdf(page, "corporateDocuments", "lettres-patentes.pdf");
  await uploadPdf(page, "financialStatements", "etats-financiers.pdf");
  await uploadPdf(page, "siteRightToOccupy", "baux.pdf");
  await continueTo(page, "fr", at("declaration"));
  await page.locator('input[name="confirmed"]').check();
  await continueTo(page, "fr", at("review"));
  await completeDisclosure(browser, "fr", await disclosureLink(page, "fr", director));

  // Three sites at $12,000: only a wire transfer or EFT can pay $36,000.
  await page.goto(`${path}/review`);
  await page.getByRole("link", { name: words.fr.toFees }).click();
  await page.waitForURL(at("fees"));
  await expect(page.getByText("36 000,00 $").first()).toBeVisible();
  await page.locator('input[name="declaration"]').check();
  await page.getByRole("button", { name: words.fr.pay }).click();
  await page.waitForURL(at("payment"));
  await expect(
    page.getByRole("heading", { name: "Payer par virement bancaire ou par transfert électronique de fonds (TEF)" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: words.fr.makePayment })).toHaveCount(0);
  await expectOneH1(page);
  await expectNoAxeViolations(page);
  const reference =
    (
      await page
        .getByText(/PAY-[0-9A-Z]{8}/)
        .first()
        .innerText()
    ).match(/PAY-[0-9A-Z]{8}/)?.[0] ?? "";
  expect(reference).not.toBe("");

  const staff = await signedIn(browser, "service@example.com", "en");
  await staff.goto("/en/admin/payments");
  const order = staff.locator("li", { hasText: fileNumber });
  await order.getByLabel("Amount received").fill("36,000.00");
  const today = new Date();
  await order.getByLabel("Day").fill(String(today.getDate()));
  await order.getByLabel("Month").fill(String(today.getMonth() + 1));
  await order.getByLabel("Year").fill(String(today.getFullYear()));
  await order.getByLabel("Bank reference of the transfer").fill(`EFT-${fileNumber}`);
  await order.getByLabel("Payment reference quoted by the payer").fill(reference);
  await order.getByRole("button", { name: /Record the funds/ }).click();
  await expect(
    staff.getByRole("heading", { name: "The funds were recorded and the application is submitted" }),
  ).toBeVisible();
  await staff.context().close();

  await officerApproves(browser, fileNumber);
  await page.goto(path);
  await expect(page.getByRole("main")).toContainText(words.fr.approved);
  await page.getByRole("link", { name: words.fr.licenceLink }).click();
  await page.waitForURL(/\/fr\/licences\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^GMR-\d{4}-\d{6}$/);
  await expectNoAxeViolations(page);
  const certificate = await certificateText(page, "fr");
  expect(certificate).toContain("Sites de jeu");
  expect(certificate).toContain("Bingo de l’Est, Ottawa");
});

test("en: a gaming assistant registers as themself, pays by card and is approved", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await signedIn(browser, "daniel.ng@example.com", "en");
  await page.goto("/en/applications/new");
  await page.locator('a[href$="/applications/new/gaming_assistant_new"]').click();
  await page.waitForURL(/\/applications\/new\/gaming_assistant_new$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gaming assistant registration");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: words.en.start }).click();
  await page.waitForURL(/\/en\/applications\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  const at = sectionOf(path);
  const fileNumber = await fileNumberOn(page);

  await page.goto(`${path}/category`);
  await page.locator('input[name="category"][value="gaming_assistant_2"]').check();
  await continueTo(page, "en", at("personalDetails"));
  await fillDate(page, "dateOfBirth", { day: "3", month: "9", year: "1994" });
  await page.locator('[name="phone"]').fill("613-555-0124");
  await fillAddress(page, "homeAddress", "88 Bank Street");
  await continueTo(page, "en", at("employment"));
  await page.locator('[name="employer"]').fill("Rideau Charity Bingo Inc.");
  await page.locator('[name="jobTitle"]').fill("Cashier");
  await continueTo(page, "en", at("questions"));
  // "Yes" asks for the explanation: without it, the page says what is missing and keeps the answers.
  await page.locator('input[name="charges"][value="yes"]').check();
  await page.locator('input[name="refusedElsewhere"][value="no"]').check();
  await page.getByRole("button", { name: words.en.continue, exact: true }).click();
  await expect(page.getByRole("alert", { name: words.en.problem })).toBeFocused();
  await expect(page.locator('input[name="refusedElsewhere"][value="no"]')).toBeChecked();
  await expectNoAxeViolations(page);
  await page.locator('input[name="charges"][value="no"]').check();
  await continueTo(page, "en", at("documents"));
  await uploadPdf(page, "photoIdentification", "drivers-licence.pdf");
  await continueTo(page, "en", at("declaration"));
  await page.locator('input[name="confirmed"]').check();
  await continueTo(page, "en", at("review"));
  await expectNoAxeViolations(page);
  await payFromReview(page, "en", path, "$165.00");

  await officerApproves(browser, fileNumber);
  await page.goto(path);
  await expect(page.getByRole("main")).toContainText(words.en.approved);
  await page.getByRole("link", { name: words.en.licenceLink }).click();
  await page.waitForURL(/\/en\/licences\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^GMA-\d{4}-\d{6}$/);
  expect(await certificateText(page, "en")).toContain("Category 2");
});
