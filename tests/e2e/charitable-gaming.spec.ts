import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";
import {
  completeDisclosure,
  continueTo,
  dayFromToday,
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
 * Charitable gaming (issue 15 §1–3): in English, a club's eligibility is submitted without a fee, a
 * raffle licence quoting its file number is paid and waits for it, the officer approves both, and
 * the club files its post-event report, which the officer finds in the lottery and gaming queue. In
 * French, a club whose post-event report is overdue sees it on its main menu and licence page.
 * Olivia and Bernard (prisma/seed/demo-data.ts) are used by no other journey.
 */
/** Starts a kind from the catalogue; `asNew` answers "a new organisation" where the kind asks who applies. */
async function startFromCatalogue(page: Page, kind: string, title: string, asNew: boolean) {
  await page.goto("/en/applications/new");
  await page.locator(`a[href$="/applications/new/${kind}"]`).click();
  await page.waitForURL(new RegExp(`/applications/new/${kind}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectNoAxeViolations(page);
  if (asNew) await page.locator('input[name="applicant"][value="new"]').check();
  // A lottery licence goes to the organisation whose eligibility it quotes: nobody is asked.
  else await expect(page.locator('input[name="applicant"]')).toHaveCount(0);
  await page.getByRole("button", { name: words.en.start }).click();
  await page.waitForURL(/\/en\/applications\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

async function officerOpens(browser: Browser, fileNumber: string) {
  const officer = await signedIn(browser, "officer@example.com", "en");
  await officer.goto(`/en/admin/applications?q=${fileNumber}`);
  await officer.getByRole("link", { name: fileNumber }).click();
  return officer;
}

test("en: eligibility, then a raffle licence quoting it, then its post-event report seen by staff", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const page = await signedIn(browser, "olivia.chen@example.com", "en");

  // The eligibility: no fee, submitted straight to the Commission.
  const eligibility = await startFromCatalogue(
    page,
    "charitable_gaming_eligibility_new",
    "Charitable gaming eligibility",
    true,
  );
  const at = sectionOf(eligibility);
  const eligibilityNumber = await fileNumberOn(page);
  await page.goto(`${eligibility}/organisation`);
  await page.locator('input[name="organisationType"][value="registered_charity"]').check();
  await page.locator('[name="charityNumber"]').fill("123456789RR0001");
  await page.locator('[name="legalName"]').fill("Riverside Lions Club");
  await continueTo(page, "en", at("contactDetails"));
  await page.locator('[name="contactName"]').fill("Olivia Chen");
  await page.locator('[name="email"]').fill("olivia.chen@example.com");
  await page.locator('[name="phone"]').fill("613-555-0125");
  await continueTo(page, "en", at("addresses"));
  await fillAddress(page, "mailing", "15 Riverside Drive");
  await page.locator('input[name="physicalSameAsMailing"][value="yes"]').check();
  await page.locator('input[name="businessSameAsMailing"][value="yes"]').check();
  await continueTo(page, "en", at("purpose"));
  await page.locator('[name="charitablePurpose"]').fill("Eye care for seniors in the Riverside neighbourhood.");
  await page.locator('[name="beneficiaries"]').fill("Seniors of Riverside.");
  await page.locator('[name="yearsActive"]').fill("25");
  await continueTo(page, "en", at("associatedPersons"));
  // The applicant discloses themself: an owner on file keeps the business once it is decided.
  const treasurer = "olivia.chen@example.com";
  await page.locator(`a[href$="${eligibility}/associatedPersons/new"]`).click();
  await page.locator('[name="firstName"]').fill("Olivia");
  await page.locator('[name="lastName"]').fill("Chen");
  await page.locator('[name="email"]').fill(treasurer);
  await page.locator('[name="role"]').selectOption("officer");
  await continueTo(page, "en", at("associatedPersons"));
  await page.getByRole("button", { name: words.en.sendDisclosures }).click();
  await page.waitForURL(/associatedPersons\?done=sent&count=1/);
  await continueTo(page, "en", at("documents"));
  await uploadPdf(page, "governingDocuments", "constitution.pdf");
  await uploadPdf(page, "financialStatements", "statements.pdf");
  await continueTo(page, "en", at("declaration"));
  await page.locator('input[name="confirmed"]').check();
  await continueTo(page, "en", at("review"));
  await completeDisclosure(browser, "en", await disclosureLink(page, "en", treasurer));
  await page.goto(`${eligibility}/review`);
  await expect(page.getByText("There is no fee for this application.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Submit the application" }).click();
  await page.waitForURL(new RegExp(`${eligibility}\\?done=submitted$`));
  await expect(page.getByRole("heading", { name: "Your application is submitted" })).toBeVisible();

  // The raffle quotes the eligibility's file number while it is processed.
  const raffle = await startFromCatalogue(page, "charitable_lottery_licence", "Charitable lottery licence", false);
  const on = sectionOf(raffle);
  const raffleNumber = await fileNumberOn(page);
  await page.goto(`${raffle}/eligibility`);
  await page.locator('[name="eligibilityNumber"]').fill(eligibilityNumber);
  await continueTo(page, "en", on("lottery"));
  await page.locator('input[name="lotteryType"][value="raffle"]').check();
  await page.locator('input[name="electronic"][value="no"]').check();
  await continueTo(page, "en", on("dates"));
  await fillDate(page, "firstDay", dayFromToday(30));
  await fillDate(page, "lastDay", dayFromToday(60));
  await continueTo(page, "en", on("prizes"));
  await page.locator('[name="prizeValue"]').fill("5000");
  await page.locator('[name="proceedsUse"]').fill("Eye exams for seniors.");
  await continueTo(page, "en", on("documents"));
  await uploadPdf(page, "rulesOfPlay", "raffle-rules.pdf");
  await continueTo(page, "en", on("declaration"));
  await page.locator('input[name="confirmed"]').check();
  await continueTo(page, "en", on("review"));
  await payFromReview(page, "en", raffle, "$150.00");

  // The officer cannot approve the raffle before the eligibility, and the file says why.
  const officer = await officerOpens(browser, raffleNumber);
  await expect(officer.getByRole("heading", { name: "This application cannot be approved yet" })).toBeVisible();
  await expectNoAxeViolations(officer);
  await officer.context().close();
  await officerApproves(browser, eligibilityNumber);
  await officerApproves(browser, raffleNumber);

  // The licence's page offers the post-event report; filed, staff find it in their queue.
  await page.goto("/en/dashboard");
  await page.getByRole("link", { name: /^LOT-\d{4}-\d{6}$/ }).click();
  await page.waitForURL(/\/en\/licences\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Reports" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "File the post-event report" }).click();
  await page.waitForURL(/\/en\/applications\/[0-9a-f-]{36}$/);
  const report = new URL(page.url()).pathname;
  const reportNumber = await fileNumberOn(page);
  const of = sectionOf(report);
  await page.goto(`${report}/attendance`);
  await page.locator('[name="attendance"]').fill("320");
  await continueTo(page, "en", of("results"));
  await page.locator('[name="grossReceipts"]').fill("12000");
  await page.locator('[name="prizesPaid"]').fill("5000");
  await page.locator('[name="expenses"]').fill("1500");
  await page.locator('[name="netProceeds"]').fill("5500");
  await continueTo(page, "en", of("proceeds"));
  await page.locator('[name="proceedsUse"]').fill("Eye exams for 40 seniors.");
  await continueTo(page, "en", of("declaration"));
  await page.locator('input[name="confirmed"]').check();
  await continueTo(page, "en", of("review"));
  await page.getByRole("button", { name: "Submit the application" }).click();
  await expect(page.getByRole("heading", { name: "Your application is submitted" })).toBeVisible();

  const staff = await signedIn(browser, "officer@example.com", "en");
  // Found by its number: the shared queue holds more than a page of files.
  await staff.goto(`/en/admin/applications?sector=lotteryGaming&q=${reportNumber}`);
  await expect(staff.getByRole("link", { name: reportNumber })).toBeVisible();
  await expectOneH1(staff);
  await expectNoAxeViolations(staff);
});

test("fr: an overdue post-event report shows on the main menu and the licence page", async ({ browser }) => {
  const page = await signedIn(browser, "bernard.lapointe@example.com", "fr");
  const banner = page.getByRole("region", { name: "À faire" });
  await expect(banner).toContainText("il est en retard");
  await expectNoAxeViolations(page);
  await banner.getByRole("link").first().click();
  await page.waitForURL(/\/fr\/licences\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { name: "Rapports" })).toBeVisible();
  await expect(page.getByText(/il est en retard/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Remplir le rapport après l’événement" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Signaler un incident" })).toBeVisible();
  await expectNoAxeViolations(page);
});
