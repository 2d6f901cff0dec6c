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
 * Liquor licence changes and transfers (issue 14), in both languages: a holder adds an area to a
 * licence and the officer's approval puts it on the licence and its certificate; a buyer takes
 * over a licence, with the disclosures of its people, and the seller no longer sees it. Julie (fr)
 * and Priya (en) hold licences no other journey touches (prisma/seed/demo-data.ts): the first of
 * each is changed, the second sold to Antoine (fr) or Emily (en).
 */
const holder = {
  fr: {
    email: "julie.gauthier@example.com",
    changed: "13000000-0000-4000-8000-000000000031",
    changedNumber: "LSL-2025-000401",
    sold: "13000000-0000-4000-8000-000000000032",
    soldNumber: "LSL-2025-000402",
  },
  en: {
    email: "priya.patel@example.com",
    changed: "13000000-0000-4000-8000-000000000041",
    changedNumber: "LSL-2025-000501",
    sold: "13000000-0000-4000-8000-000000000042",
    soldNumber: "LSL-2025-000502",
  },
} as const;
const buyerOf = { fr: "antoine.lefebvre@example.com", en: "emily.wong@example.com" } as const;

const text = {
  fr: {
    apply: "Présenter une demande de modification",
    changeTitle: "Modification d’un permis de vente d’alcool",
    description: "Une terrasse sur le toit pour la saison d’été.",
    areaName: "Terrasse sur le toit",
    floor: "Toit",
    certificateArea: "Terrasse sur le toit – capacité de 35 personnes",
    changeFee: "150,00 $",
    transferTitle: "Transfert d’un permis de vente d’alcool",
    legalName: "Les Gîtes Lefebvre inc.",
    addPerson: "Ajouter une personne ou une entité",
    transferFee: "525,00 $",
  },
  en: {
    apply: "Apply for a change",
    changeTitle: "Change to a liquor sales licence",
    description: "A rooftop patio for the summer season.",
    areaName: "Rooftop patio",
    floor: "Roof",
    certificateArea: "Rooftop patio – capacity of 35 people",
    changeFee: "$150.00",
    transferTitle: "Transfer of a liquor sales licence",
    legalName: "Wong Hospitality Inc.",
    addPerson: "Add a person or entity",
    transferFee: "$525.00",
  },
} as const;

for (const locale of ["fr", "en"] as const) {
  test(`${locale}: a holder adds an area to a licence; approved, it is on the licence and its certificate`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const t = text[locale];
    const { email, changed } = holder[locale];
    const page = await signedIn(browser, email, locale);
    await page.goto(`/${locale}/licences/${changed}`);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: t.apply }).click();
    await page.waitForURL(new RegExp(`/${locale}/applications/[0-9a-f-]{36}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.changeTitle);
    await expectNoAxeViolations(page);
    const path = new URL(page.url()).pathname;
    const at = sectionOf(path);
    const fileNumber = await fileNumberOn(page);

    await page.goto(`${path}/changeSummary`);
    await page.locator('textarea[name="description"]').fill(t.description);
    await page.locator('input[name="areaRemoved"][value="no"]').check();
    await expectNoAxeViolations(page);
    await continueTo(page, locale, at("licensedAreas"));
    // The licence's area is already listed; the new one is added beside it.
    await expectOneH1(page);
    await expectNoAxeViolations(page);
    await page.locator(`a[href$="${path}/licensedAreas/new"]`).click();
    await page.waitForURL(at("licensedAreas/new"));
    await page.locator('[name="areaName"]').fill(t.areaName);
    await page.locator('input[name="setting"][value="outdoor"]').check();
    await page.locator('[name="floor"]').fill(t.floor);
    await page.locator('[name="capacity"]').fill("35");
    await continueTo(page, locale, at("licensedAreas"));
    await expect(page.getByRole("link", { name: `${words[locale].change} ${t.areaName}` })).toBeVisible();
    await continueTo(page, locale, at("documents"));
    await uploadPdf(page, "floorPlan", "plan.pdf");
    await expectNoAxeViolations(page);
    await continueTo(page, locale, at("declaration"));
    await page.locator('input[name="declaration"]').check();
    await continueTo(page, locale, at("review"));
    await expectNoAxeViolations(page);
    await payFromReview(page, locale, path, t.changeFee);

    await officerApproves(browser, fileNumber);

    await page.goto(`/${locale}/licences/${changed}`);
    await expect(page.getByRole("table")).toContainText(t.areaName);
    await expectNoAxeViolations(page);
    expect(await certificateText(page, locale)).toContain(t.certificateArea);
  });

  test(`${locale}: a buyer takes over a licence with its disclosures; approved, the buyer sees it and the seller no longer`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const t = text[locale];
    const { email: sellerEmail, sold, soldNumber } = holder[locale];
    const buyer = await signedIn(browser, buyerOf[locale], locale);
    await buyer.goto(`/${locale}/applications/new`);
    await buyer.locator('a[href$="/applications/new/liquor_sales_transfer"]').click();
    await buyer.waitForURL(/\/applications\/new\/liquor_sales_transfer$/);
    await expect(buyer.getByRole("heading", { level: 1 })).toHaveText(t.transferTitle);
    await expectOneH1(buyer);
    await expectNoAxeViolations(buyer);
    await buyer.locator('input[name="applicant"][value="new"]').check();
    await buyer.locator('[name="licenceNumber"]').fill(soldNumber.toLowerCase());
    await fillDate(buyer, "closingDate", dayFromToday(-3));
    await buyer.getByRole("button", { name: words[locale].start }).click();
    await buyer.waitForURL(new RegExp(`/${locale}/applications/[0-9a-f-]{36}$`));
    const path = new URL(buyer.url()).pathname;
    const at = sectionOf(path);
    const fileNumber = await fileNumberOn(buyer);

    await buyer.goto(`${path}/applicantType`);
    await buyer.locator('input[name="applicantType"][value="corporation"]').check();
    await continueTo(buyer, locale, at("applicantDetails"));
    await buyer.locator('[name="legalName"]').fill(t.legalName);
    await continueTo(buyer, locale, at("contactDetails"));
    await buyer.locator('[name="contactName"]').fill("Antoine Lefebvre");
    await buyer.locator('[name="email"]').fill(buyerOf[locale]);
    await buyer.locator('[name="phone"]').fill("613-555-0106");
    await continueTo(buyer, locale, at("addresses"));
    await fillAddress(buyer, "mailing", "9, rue Pitt", "Cornwall", "K6J 3P2");
    await buyer.locator('input[name="physicalSameAsMailing"][value="yes"]').check();
    await buyer.locator('input[name="businessSameAsMailing"][value="yes"]').check();
    await continueTo(buyer, locale, at("associatedPersons"));

    // The buyer discloses themself as a director: an owner on file keeps the licence once it is transferred.
    const personEmail = buyerOf[locale];
    await buyer.getByRole("link", { name: t.addPerson }).click();
    await buyer.waitForURL(at("associatedPersons/new"));
    await buyer.locator('[name="firstName"]').fill(locale === "fr" ? "Antoine" : "Emily");
    await buyer.locator('[name="lastName"]').fill(locale === "fr" ? "Lefebvre" : "Wong");
    await buyer.locator('[name="email"]').fill(personEmail);
    await buyer.locator('[name="role"]').selectOption("director");
    await continueTo(buyer, locale, at("associatedPersons"));
    await buyer.getByRole("button", { name: words[locale].sendDisclosures }).click();
    await buyer.waitForURL(/associatedPersons\?done=sent&count=1/);
    await continueTo(buyer, locale, at("questions"));
    for (const question of ["convictions", "otherLicences", "financialInterest"])
      await buyer.locator(`input[name="${question}"][value="no"]`).check();
    await buyer.locator('[name="taxComplianceNumber"]').fill("4CE5T7N9VK3GHJ2");
    await buyer.locator('input[name="taxComplianceStatus"][value="compliant"]').check();
    await continueTo(buyer, locale, at("documents"));
    await uploadPdf(buyer, "consentToTransfer", "consentement.pdf");
    await uploadPdf(buyer, "proofOfTransfer", "acte-de-vente.pdf");
    await expectNoAxeViolations(buyer);
    await continueTo(buyer, locale, at("declaration"));
    await buyer.locator('input[name="declaration"]').check();
    await continueTo(buyer, locale, at("review"));
    await expectNoAxeViolations(buyer);

    // The director completes their disclosure from the e-mailed link; then the buyer pays.
    await completeDisclosure(browser, locale, await disclosureLink(buyer, locale, personEmail));
    await buyer.goto(`${path}/review`);
    await payFromReview(buyer, locale, path, t.transferFee);

    await officerApproves(browser, fileNumber);

    await buyer.goto(`/${locale}/dashboard`);
    await buyer.getByRole("link", { name: soldNumber, exact: true }).click();
    await buyer.waitForURL(new RegExp(`/licences/${sold}$`));
    await expect(buyer.getByRole("main")).toContainText(t.legalName);
    await expectNoAxeViolations(buyer);
    expect(await certificateText(buyer, locale)).toContain(t.legalName);

    // The seller keeps their other licence, and nothing of the one sold.
    const seller = await signedIn(browser, sellerEmail, locale);
    await expect(seller.getByRole("link", { name: holder[locale].changedNumber, exact: true })).toBeVisible();
    await expect(seller.getByRole("link", { name: holder[locale].soldNumber, exact: true })).toHaveCount(0);
    expect((await seller.goto(`/${locale}/licences/${sold}`))?.status()).toBe(404);
    expect((await seller.request.get(`/api/licences/${sold}/certificate?lang=${locale}`)).status()).toBe(404);
  });
}
