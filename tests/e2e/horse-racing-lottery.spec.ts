import { formatCalendarDay } from "@/lib/i18n/format";
import { birthdayIn, nextBirthday } from "@/lib/time/birthday";
import { commissionToday, type IsoDate } from "@/lib/time/commission-date";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";
import {
  certificateText,
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
 * Horse-racing licences and lottery retailer registrations (issue 15): in French, Geneviève renews
 * the horse-racing licence that ends on her birthday, 40 days away, and it then ends on her
 * birthday a year later; in English, Liam applies for a licence and it ends on his first birthday
 * more than 60 days away; in French, Karim registers a convenience store as a lottery retailer.
 * Each account is used by no other journey (prisma/seed/demo-data.ts).
 */
const HOLDER = "genevieve.ouellet@example.com";
const HOLDER_LICENCE = "13000000-0000-4000-8000-000000000071";
/** Geneviève's own record, which holds the licence. */
const HOLDER_ENTITY = "10000000-0000-4000-8000-000000000007";

/** The licence page's expiry date, as shown beside its label. */
async function expiryShown(page: Page, label: string | RegExp): Promise<string> {
  const shown = page.locator("dt", { hasText: label }).first().locator("xpath=following-sibling::dd[1]");
  return (await shown.innerText()).trim();
}

test("fr: a horse-racing licence is renewed from the main menu and then ends on the birthday a year later", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  // Customer service prints the renewal letter posted to her, with a new access code to her file.
  const service = await signedIn(browser, "service@example.com", "fr");
  await service.goto(`/fr/admin/entities/${HOLDER_ENTITY}`);
  const [letter] = await Promise.all([
    service.waitForResponse((response) => response.url().endsWith(`/api/licences/${HOLDER_LICENCE}/renewal-letter`)),
    service.getByRole("button", { name: "Lettre en français" }).click(),
  ]);
  expect(letter.status()).toBe(200);
  expect(letter.headers()["content-type"]).toBe("application/pdf");
  await service.goto(`/fr/admin/entities/${HOLDER_ENTITY}`);
  await expect(service.getByRole("table", { name: "Codes émis" })).toContainText(
    "Envoyé avec la lettre de renouvellement de HRL-2025-000701",
  );
  await expectNoAxeViolations(service);

  const page = await signedIn(browser, HOLDER, "fr");
  // The main menu says the licence ends within 60 days.
  await expect(page.getByRole("region", { name: "À faire" })).toContainText(
    /HRL-2025-000701 expire le .+ \(dans \d+ jours\)/,
  );

  // The date of birth on file: the licence ends on this birthday.
  await page.goto("/fr/profile");
  const day = Number(await page.getByRole("textbox", { name: "Jour" }).inputValue());
  const month = Number(await page.getByRole("textbox", { name: "Mois" }).inputValue());
  const born = await page.getByRole("textbox", { name: "Année" }).inputValue();
  const dateOfBirth = `${born}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate;

  await page.goto("/fr/dashboard");
  await page.getByRole("link", { name: "HRL-2025-000701", exact: true }).click();
  await page.waitForURL(new RegExp(`/fr/licences/${HOLDER_LICENCE}$`));
  await expect(page.getByRole("main")).toContainText("Licence de courses de chevaux");
  await expect(page.getByRole("main")).toContainText("Palefrenier ou palefrenière");
  const expiresBefore = await expiryShown(page, "Expire le");
  const yearBefore = Number(expiresBefore.slice(-4));
  expect(expiresBefore).toBe(formatCalendarDay(birthdayIn(yearBefore, dateOfBirth), "fr"));
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Renouveler ce permis" }).click();
  await page.getByRole("button", { name: "Commencer le renouvellement" }).click();
  await page.waitForURL(/\/fr\/applications\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  const at = sectionOf(path);
  const fileNumber = await fileNumberOn(page);
  expect(fileNumber).toMatch(/^HRL-R-/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Renouvellement d’une licence de courses de chevaux",
  );
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Vérifier les renseignements de votre licence" }).click();
  await page.waitForURL(at("reviewInformation"));
  await page.locator('input[name="informationCorrect"][value="yes"]').check();
  await expectNoAxeViolations(page);
  await continueTo(page, "fr", at("personalDetails"));
  // What the Commission knows is pre-filled from the last approved application.
  await expect(page.locator('[name="phone"]')).toHaveValue("613-555-0125");
  await expect(page.locator('[name="homeAddress.city"]')).toHaveValue("Gatineau");
  await continueTo(page, "fr", at("disclosures"));
  for (const question of ["criminalRecord", "otherJurisdiction", "refusedElsewhere"])
    await page.locator(`input[name="${question}"][value="no"]`).check();
  await continueTo(page, "fr", at("declaration"));
  await page.locator('input[name="confirmed"]').check();
  await continueTo(page, "fr", at("review"));
  await expectOneH1(page);
  await expectNoAxeViolations(page);
  await payFromReview(page, "fr", path, "50,00 $");

  await page.goto(`/fr/licences/${HOLDER_LICENCE}`);
  await expect(page.getByRole("heading", { name: "Renouvellement reçu" })).toBeVisible();
  await officerApproves(browser, fileNumber);
  await page.reload();
  expect(await expiryShown(page, "Expire le")).toBe(formatCalendarDay(birthdayIn(yearBefore + 1, dateOfBirth), "fr"));
});

test("en: a new horse-racing licence is paid by card, approved, and ends on the first birthday more than 60 days away", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const page = await signedIn(browser, "liam.walsh@example.com", "en");
  await page.goto("/en/applications/new");
  await page.locator('a[href$="/applications/new/horse_racing_new"]').click();
  await page.waitForURL(/\/applications\/new\/horse_racing_new$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Horse racing licence");
  await expect(page.getByRole("main")).toContainText("You apply in your own name: Liam Walsh.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: words.en.start }).click();
  await page.waitForURL(/\/en\/applications\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  const at = sectionOf(path);
  const fileNumber = await fileNumberOn(page);
  expect(fileNumber).toMatch(/^HRL-N-/);
  await expectNoAxeViolations(page);

  // A birthday 30 days away is inside the renewal window: the licence runs to the one after.
  const birthday = dayFromToday(30);
  const dateOfBirth = { ...birthday, year: "1992" };
  await page.getByRole("link", { name: "Personal details" }).click();
  await page.waitForURL(at("personalDetails"));
  await fillDate(page, "dateOfBirth", dateOfBirth);
  await page.locator('[name="phone"]').fill("613-555-0126");
  await fillAddress(page, "homeAddress", "12 Racetrack Road", "Ottawa", "K2C 3H4");
  await continueTo(page, "en", at("categories"));
  await page.locator('input[name="jockey"]').check();
  await page.locator('[name="otherCategory"]').fill("Exercise rider");
  await expectNoAxeViolations(page);
  await continueTo(page, "en", at("disclosures"));
  for (const question of ["criminalRecord", "otherJurisdiction", "refusedElsewhere"])
    await page.locator(`input[name="${question}"][value="no"]`).check();
  await continueTo(page, "en", at("documents"));
  await uploadPdf(page, "photoId", "passport.pdf");
  await continueTo(page, "en", at("declaration"));
  await page.locator('input[name="confirmed"]').check();
  await continueTo(page, "en", at("review"));
  await expectNoAxeViolations(page);
  await payFromReview(page, "en", path, "$50.00");

  await officerApproves(browser, fileNumber);
  await page.goto(path);
  await expect(page.getByRole("main")).toContainText(words.en.approved);
  await page.getByRole("link", { name: words.en.licenceLink }).click();
  await page.waitForURL(/\/en\/licences\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^HRL-\d{4}-\d{6}$/);
  const born =
    `${dateOfBirth.year}-${dateOfBirth.month.padStart(2, "0")}-${dateOfBirth.day.padStart(2, "0")}` as IsoDate;
  const expected = nextBirthday(commissionToday(new Date()), born, 60);
  // A licence ending on a birthday runs about a year: the page shows its expiry like any licence.
  expect(await expiryShown(page, /^Expires on$/)).toBe(formatCalendarDay(expected, "en"));
  await expect(page.getByRole("main")).toContainText("Exercise rider");
  expect(await certificateText(page, "en")).toContain("Jockey");
});

test("fr: a lottery retailer is registered with a person's disclosure and the signed agreement, paid by card and approved", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await signedIn(browser, "karim.haddad@example.com", "fr");
  await page.goto("/fr/applications/new");
  await page.locator('a[href$="/applications/new/lottery_retailer_new"]').click();
  await page.waitForURL(/\/applications\/new\/lottery_retailer_new$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inscription de détaillant de loterie");
  await expectNoAxeViolations(page);
  await page.locator('input[name="applicant"][value="new"]').check();
  await page.getByRole("button", { name: words.fr.start }).click();
  await page.waitForURL(/\/fr\/applications\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  const at = sectionOf(path);
  const fileNumber = await fileNumberOn(page);
  expect(fileNumber).toMatch(/^LRR-N-/);
  await expectNoAxeViolations(page);

  await page.goto(`${path}/applicantType`);
  await page.locator('input[name="applicantType"][value="corporation"]').check();
  await continueTo(page, "fr", at("applicantDetails"));
  await page.locator('[name="legalName"]').fill("Dépanneur Haddad inc.");
  await page.locator('[name="operatingName"]').fill("Dépanneur du Coin");
  await continueTo(page, "fr", at("contactDetails"));
  await page.locator('[name="contactName"]').fill("Karim Haddad");
  await page.locator('[name="email"]').fill("karim.haddad@example.com");
  await page.locator('[name="phone"]').fill("613-555-0127");
  await continueTo(page, "fr", at("addresses"));
  await fillAddress(page, "mailing", "310, chemin de Montréal", "Ottawa", "K1L 6B3");
  await page.locator('input[name="physicalSameAsMailing"][value="yes"]').check();
  await page.locator('input[name="businessSameAsMailing"][value="yes"]').check();
  await continueTo(page, "fr", at("associatedPersons"));
  // The applicant discloses themself: an owner on file keeps the business once it is decided.
  const director = "karim.haddad@example.com";
  await page.locator(`a[href$="${path}/associatedPersons/new"]`).click();
  await page.locator('[name="firstName"]').fill("Karim");
  await page.locator('[name="lastName"]').fill("Haddad");
  await page.locator('[name="email"]').fill(director);
  await page.locator('[name="role"]').selectOption("director");
  await continueTo(page, "fr", at("associatedPersons"));
  await page.getByRole("button", { name: words.fr.sendDisclosures }).click();
  await page.waitForURL(/associatedPersons\?done=sent&count=1/);
  await continueTo(page, "fr", at("siteDetails"));
  await page.locator('[name="siteName"]').fill("Dépanneur du Coin");
  await page.locator('input[name="storeType"][value="convenience"]').check();
  await expectNoAxeViolations(page);
  await continueTo(page, "fr", at("siteAddress"));
  await fillAddress(page, "siteAddress", "310, chemin de Montréal", "Ottawa", "K1L 6B3");
  await continueTo(page, "fr", at("documents"));
  await uploadPdf(page, "retailerAgreement", "contrat-detaillant.pdf");
  await expectNoAxeViolations(page);
  await continueTo(page, "fr", at("declaration"));
  await page.locator('input[name="confirmed"]').check();
  await continueTo(page, "fr", at("review"));
  await expect(page.getByText(/n’a pas encore rempli sa déclaration/).first()).toBeVisible();
  await completeDisclosure(browser, "fr", await disclosureLink(page, "fr", director));

  await page.goto(`${path}/review`);
  await payFromReview(page, "fr", path, "100,00 $");
  await officerApproves(browser, fileNumber);

  await page.goto(path);
  await expect(page.getByRole("main")).toContainText(words.fr.approved);
  await page.getByRole("link", { name: words.fr.licenceLink }).click();
  await page.waitForURL(/\/fr\/licences\/[0-9a-f-]{36}$/);
  const number = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  expect(number).toMatch(/^LRR-\d{4}-\d{6}$/);
  await expect(page.getByRole("main")).toContainText("Dépanneur Haddad inc.");
  await expect(page.getByRole("main")).toContainText("Dépanneur du Coin");
  await expectNoAxeViolations(page);

  // The registration is on the main menu, among what the account holds.
  await page.goto("/fr/dashboard");
  const held = page.getByRole("region", { name: "Mes permis, autorisations et enregistrements approuvés" });
  const registration = held
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: number, exact: true }) });
  await expect(registration).toContainText("Inscription de détaillant de loterie");
  await expect(registration).toContainText("Actif");
});
