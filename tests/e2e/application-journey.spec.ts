import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";
import { completeManagerDisclosure, disclosureLink as requestLink, managerRequest } from "./permits-support";
import { pdfText } from "../support/pdf-text";

/**
 * The new liquor sales licence from start to the fees page (issue 6): every section, a catering
 * endorsement chosen at step 3 with its own questions and document (issue 16), PDF uploads, an
 * associated person's disclosure through the e-mailed link, the review with nothing missing, the
 * fee of each term and the licence issued with its endorsement — in both languages, and the core of
 * it without JavaScript.
 */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

const text = {
  fr: {
    start: "Commencer la demande",
    newEntity: "Une nouvelle entreprise ou un nouvel organisme",
    continue: "Continuer",
    save: "Enregistrer et revenir plus tard",
    problem: "Il y a un problème",
    addPerson: "Ajouter une personne",
    addManager: "Ajouter un gérant d’établissement",
    addArea: "Ajouter une aire autorisée",
    send: "Envoyer les demandes de déclaration",
    upload: "Téléverser",
    review: "Vérifiez vos réponses",
    missingDisclosure: "n’a pas encore rempli sa déclaration",
    toFees: "Passer aux frais",
    fee2: "1 055,00 $",
    fee4: "1 355,00 $",
    pay: "Payer les frais et envoyer la demande",
    orderSummary: "Récapitulatif de la commande",
    makePayment: "Effectuer le paiement",
    tryAgain: "Réessayer",
    declined: "Votre paiement n’a pas été accepté",
    payCard: /^Payer 1 355,00/,
    confirmed: "Paiement reçu – demande envoyée",
    finish: "Terminer le processus de paiement",
    receipt: "Télécharger votre reçu (PDF)",
    submitted: "Envoyée",
    licenceLink: "Voir votre permis et imprimer son certificat",
    certificate: "Imprimer le permis (PDF)",
    sendDisclosure: "Envoyer ma déclaration",
    disclosureDone: "Votre déclaration est envoyée",
    alreadyDone: "Cette déclaration est déjà remplie",
    change: "Modifier",
    typeRefused: "Le fichier doit être un PDF, un JPEG ou un PNG",
    endorsementsQuestion: "Quels avenants demandez-vous avec votre permis\u00a0?",
    catering: "Avenant relatif au traiteur",
    golfCourse: "Avenant relatif au terrain de golf",
    miniBar: "Avenant relatif au mini bar",
    none: "Aucun",
    endorsements: "Avenants",
    cateringEventsError: "Décrivez les genres d’événements, en 1\u00a0000 caractères ou moins",
    foodSafety:
      "Rapport d’inspection de salubrité de la cuisine du traiteur, délivré par le bureau de santé publique local",
  },
  en: {
    start: "Start the application",
    newEntity: "A new business or organization",
    continue: "Continue",
    save: "Save and come back later",
    problem: "There is a problem",
    addPerson: "Add a person",
    addManager: "Add a premises manager",
    addArea: "Add a licensed area",
    send: "Send disclosure requests",
    upload: "Upload",
    review: "Check your answers",
    missingDisclosure: "has not completed their disclosure yet",
    toFees: "Continue to fees",
    fee2: "$1,055.00",
    fee4: "$1,355.00",
    pay: "Pay fees and submit",
    orderSummary: "Order summary",
    makePayment: "Make payment",
    tryAgain: "Try again",
    declined: "Your payment did not go through",
    payCard: /^Pay \$1,355\.00$/,
    confirmed: "Payment received – application submitted",
    finish: "Finish payment process",
    receipt: "Download your receipt (PDF)",
    submitted: "Submitted",
    licenceLink: "See your licence and print its certificate",
    certificate: "Print the licence (PDF)",
    sendDisclosure: "Send my disclosure",
    disclosureDone: "Your disclosure is sent",
    alreadyDone: "This disclosure is already completed",
    change: "Change",
    typeRefused: "The file must be a PDF, JPEG or PNG",
    endorsementsQuestion: "Which endorsements are you applying for with your licence?",
    catering: "Catering endorsement",
    golfCourse: "Golf course endorsement",
    miniBar: "Mini bar endorsement",
    none: "None",
    endorsements: "Endorsements",
    cateringEventsError: "Describe the kinds of events you will cater, in 1,000 characters or fewer",
    foodSafety: "Food safety inspection report of the catering kitchen, from the local public health unit",
  },
} as const;
type Locale = keyof typeof text;

async function startDraft(page: Page, locale: Locale): Promise<string> {
  await page.goto(`/${locale}/applications/new`);
  await page.locator('a[href$="/applications/new/liquor_sales_new"]').click();
  await page.getByRole("radio", { name: text[locale].newEntity }).check();
  await page.getByRole("button", { name: text[locale].start }).click();
  await page.waitForURL(new RegExp(`/${locale}/applications/[0-9a-f-]{36}$`));
  return page.url();
}

async function continueTo(page: Page, locale: Locale, path: RegExp) {
  await page.getByRole("button", { name: text[locale].continue, exact: true }).click();
  await page.waitForURL(path);
}

async function fillAddress(page: Page, name: string) {
  await page.locator(`[name="${name}.line1"]`).fill("123, rue Principale");
  await page.locator(`[name="${name}.city"]`).fill("Ottawa");
  await page.locator(`[name="${name}.province"]`).selectOption("ON");
  await page.locator(`[name="${name}.postalCode"]`).fill("K1A 0B1");
}

async function addItem(page: Page, locale: Locale, addLabel: string, fill: () => Promise<void>, section: string) {
  await page.getByRole("link", { name: addLabel }).click();
  await page.waitForURL(new RegExp(`/${section}/new`));
  await fill();
  await continueTo(page, locale, new RegExp(`/${section}$`));
}

async function disclosureLink(page: Page, locale: Locale, email: string): Promise<string> {
  await page.goto(`/${locale}/dev/mailbox?to=${encodeURIComponent(email)}`);
  // The newest disclosure request for this business: the address receives other e-mails too.
  await page.locator("main table tbody tr").filter({ hasText: "Camille Okonkwo" }).first().getByRole("link").click();
  const link = page.locator("main a[href*='/disclosures/']").first();
  await expect(link).toBeVisible();
  return (await link.getAttribute("href")) ?? "";
}

for (const locale of ["fr", "en"] as const) {
  test(`${locale}: every section of a new liquor sales licence, a disclosure by e-mail, the review and the fees`, async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const t = text[locale];
    const page = await signedIn(
      browser,
      locale === "fr" ? "marie.tremblay@example.com" : "john.smith@example.com",
      locale,
    );
    const base = await startDraft(page, locale);
    const path = new URL(base).pathname;
    const at = (section: string) => new RegExp(`${path}/${section}(\\?.*)?$`);

    await page
      .getByRole("link", { name: locale === "fr" ? "Type de demande" : "Application type", exact: true })
      .click();
    await page.waitForURL(at("applicationType"));
    // Step 3: the licence, and the endorsements applied for with it, asked as the page's question.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.endorsementsQuestion);
    await expectOneH1(page);
    await expectNoAxeViolations(page);
    await page.getByRole("checkbox", { name: t.catering }).check();
    await continueTo(page, locale, at("applicantType"));

    await page.locator('input[name="applicantType"][value="sole_proprietorship"]').check();
    await continueTo(page, locale, at("applicantDetails"));
    await page.locator('[name="legalName"]').fill("Camille Okonkwo");
    await page.locator('[name="operatingName"]').fill("Chez Camille");
    await continueTo(page, locale, at("contactDetails"));
    await page.locator('[name="contactName"]').fill("Camille Okonkwo");
    await page.locator('[name="email"]').fill("camille@example.com");
    await page.locator('[name="phone"]').fill("613-555-0123");
    await continueTo(page, locale, at("addresses"));
    await fillAddress(page, "mailing");
    await page.locator('input[name="physicalSameAsMailing"][value="yes"]').check();
    await page.locator('input[name="businessSameAsMailing"][value="yes"]').check();
    await expectNoAxeViolations(page);
    await continueTo(page, locale, at("associatedPersons"));

    // The applicant is the business's sole proprietor and discloses themself, with the e-mail of their
    // account: they keep the business once it is licensed (an agent's link ends with the decision).
    const applicant = locale === "fr" ? ["Marie", "Tremblay"] : ["John", "Smith"];
    const personEmail = locale === "fr" ? "marie.tremblay@example.com" : "john.smith@example.com";
    await expectNoAxeViolations(page);
    await addItem(
      page,
      locale,
      t.addPerson,
      async () => {
        await expectNoAxeViolations(page);
        await page.locator('[name="firstName"]').fill(applicant[0] ?? "");
        await page.locator('[name="lastName"]').fill(applicant[1] ?? "");
        await page.locator('[name="email"]').fill(personEmail);
        await page.locator('[name="role"]').selectOption("sole_proprietor");
      },
      "associatedPersons",
    );
    await page.getByRole("button", { name: t.send }).click();
    await page.waitForURL(/associatedPersons\?done=sent&count=1/);
    await expectNoAxeViolations(page);
    // No business holds an interest: the optional list of associated entities stays empty.
    await continueTo(page, locale, at("associatedEntities"));
    await continueTo(page, locale, at("premisesDetails"));

    await page.locator('[name="premisesName"]').fill("Chez Camille");
    await page.locator('input[name="establishment"][value="restaurant"]').check();
    await continueTo(page, locale, at("premisesAddresses"));
    await fillAddress(page, "premisesPhysical");
    await page.locator('input[name="mailingSameAsPhysical"][value="yes"]').check();
    await continueTo(page, locale, at("premisesContact"));
    await page.locator('[name="premisesContactName"]').fill("Camille Okonkwo");
    await page.locator('[name="premisesContactEmail"]').fill("camille@example.com");
    await page.locator('[name="premisesContactPhone"]').fill("613-555-0123");
    await continueTo(page, locale, at("premisesManagers"));
    // The manager's own address: journeys run side by side, and each reads its manager's newest e-mail.
    const managerEmail = `luc.${locale}.${Date.now()}@example.com`;
    await addItem(
      page,
      locale,
      t.addManager,
      async () => {
        await page.locator('[name="firstName"]').fill("Luc");
        await page.locator('[name="lastName"]').fill("Gagnon");
        await page.locator('[name="managerEmail"]').fill(managerEmail);
      },
      "premisesManagers",
    );
    // The manager completes their own disclosure too.
    await page.getByRole("button", { name: t.send }).click();
    await page.waitForURL(/premisesManagers\?done=sent&count=1/);
    await continueTo(page, locale, at("licensedAreas"));
    await addItem(
      page,
      locale,
      t.addArea,
      async () => {
        await page.locator('[name="areaName"]').fill(locale === "fr" ? "Salle à manger" : "Dining room");
        await page.locator('input[name="setting"][value="indoor"]').check();
        await page.locator('[name="floor"]').fill("1");
        await page.locator('[name="capacity"]').fill("60");
      },
      "licensedAreas",
    );
    // The catering endorsement's own page: continue with nothing typed, the error summary takes focus.
    await continueTo(page, locale, at("cateringDetails"));
    await expectOneH1(page);
    await expectNoAxeViolations(page);
    await continueTo(page, locale, /cateringDetails\?error=incomplete/);
    await expect(page.getByRole("alert", { name: t.problem })).toBeFocused();
    await expect(
      page.getByRole("alert", { name: t.problem }).getByRole("link", { name: t.cateringEventsError }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await fillAddress(page, "cateringKitchen");
    await page.locator('[name="cateringEvents"]').fill(locale === "fr" ? "Mariages" : "Weddings");
    await continueTo(page, locale, at("questions"));
    for (const question of ["convictions", "otherLicences", "financialInterest"])
      await page.locator(`input[name="${question}"][value="no"]`).check();
    await page.locator('[name="taxComplianceNumber"]').fill("4CE5T7N9VK3GHJ2");
    await page.locator('input[name="taxComplianceStatus"][value="compliant"]').check();
    await expectNoAxeViolations(page);
    await continueTo(page, locale, at("documents"));

    await expectOneH1(page);
    await expectNoAxeViolations(page);
    // An SVG (script inside) is refused by its content, with a clear message.
    await page
      .locator("#file-floorPlan")
      .setInputFiles({ name: "plan.pdf.svg", mimeType: "image/svg+xml", buffer: SVG });
    await page
      .getByRole("button", { name: new RegExp(`^${t.upload} –`) })
      .first()
      .click();
    await expect(page.getByRole("alert", { name: t.problem })).toContainText(t.typeRefused);
    await page.locator("#file-floorPlan").setInputFiles({ name: "plan.pdf", mimeType: "application/pdf", buffer: PDF });
    await page
      .getByRole("button", { name: new RegExp(`^${t.upload} –`) })
      .first()
      .click();
    await expect(page.getByRole("link", { name: /plan\.pdf/ })).toBeVisible();
    // Catering needs its kitchen's inspection report.
    await page
      .locator("#file-cateringFoodSafety")
      .setInputFiles({ name: "inspection.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: `${t.upload} – ${t.foodSafety}` }).click();
    await expect(page.getByRole("link", { name: /inspection\.pdf/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await continueTo(page, locale, at("term"));
    await expect(page.getByText(t.fee2)).toBeVisible();
    await page.locator('input[name="termYears"][value="2"]').check();
    await expectNoAxeViolations(page);
    await continueTo(page, locale, at("review"));

    // Everything is filled in, but the person and the manager have not answered yet.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.review);
    await expect(page.getByRole("main")).toContainText(t.catering);
    await expect(page.getByRole("link", { name: new RegExp(t.missingDisclosure) })).toHaveCount(2);
    await expect(page.getByRole("link", { name: t.toFees })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The associated person completes their disclosure from the e-mailed link, with no account.
    const link = await disclosureLink(page, locale, personEmail);
    const person = await (await browser.newContext({ locale: locale === "fr" ? "fr-CA" : "en-CA" })).newPage();
    await person.goto(link);
    await expectOneH1(person);
    await expectNoAxeViolations(person);
    await person.getByRole("button", { name: t.sendDisclosure }).click();
    await expect(person.getByRole("alert", { name: t.problem })).toContainText(t.problem);
    await person.locator('[name="dateOfBirth.day"]').fill("27");
    await person.locator('[name="dateOfBirth.month"]').fill("3");
    await person.locator('[name="dateOfBirth.year"]').fill("1980");
    await fillAddress(person, "homeAddress");
    await person.locator('input[name="convictions"][value="no"]').check();
    await person.locator('input[name="otherInterests"][value="no"]').check();
    await person.locator('input[name="declaration"]').check();
    await person.getByRole("button", { name: t.sendDisclosure }).click();
    await expect(person.getByRole("heading", { level: 1 })).toHaveText(t.disclosureDone);
    await person.goto(link);
    await expect(person.getByRole("heading", { level: 1 })).toHaveText(t.alreadyDone);
    await completeManagerDisclosure(browser, locale, await requestLink(page, locale, managerEmail, managerRequest));

    await page.goto(`${path}/review`);
    await expect(page.getByText(t.missingDisclosure)).toHaveCount(0);
    await page.getByRole("link", { name: t.toFees }).click();
    await page.waitForURL(at("fees"));
    await expect(page.getByText(t.fee2).first()).toBeVisible();
    await expectOneH1(page);
    await expectNoAxeViolations(page);

    // Change the term from the review: it comes back to the review, and the fee follows.
    await page.goto(`${path}/review`);
    await page
      .getByRole("link", {
        name: new RegExp(`^${t.change} ${locale === "fr" ? "Quelle doit être la durée" : "How long should"}`),
      })
      .click();
    await page.locator('input[name="termYears"][value="4"]').check();
    await continueTo(page, locale, at("review"));
    await page.getByRole("link", { name: t.toFees }).click();
    await expect(page.getByText(t.fee4).first()).toBeVisible();

    await page.getByRole("button", { name: t.pay }).click();
    await expect(page.getByRole("alert", { name: t.problem })).toBeFocused();
    await page.locator('input[name="declaration"]').check();
    await page.getByRole("button", { name: t.pay }).click();

    // The order summary: the server's total, card only under $30,000.
    await page.waitForURL(at("payment"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.orderSummary);
    await expect(page.getByText(t.fee4).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: t.makePayment }).click();

    // The sandbox checkout: a declined card first, then a successful retry.
    await page.waitForURL(/payment\/sandbox\/[0-9a-f-]{36}$/);
    await expectOneH1(page);
    await expectNoAxeViolations(page);
    await page.locator('[name="cardNumber"]').fill("4000 0000 0000 0002");
    await page.getByRole("button", { name: t.payCard }).click();
    await page.waitForURL(at("payment"));
    await expect(page.getByRole("heading", { name: t.declined })).toBeVisible();
    await page.getByRole("button", { name: t.tryAgain }).click();
    await page.waitForURL(/payment\/sandbox\/[0-9a-f-]{36}$/);
    await page.locator('[name="cardNumber"]').fill("4242 4242 4242 4242");
    await page.getByRole("button", { name: t.payCard }).click();

    await page.waitForURL(at("confirmation"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.confirmed);
    await expectNoAxeViolations(page);
    const receiptHref = (await page.getByRole("link", { name: t.receipt }).getAttribute("href")) ?? "";
    const receiptResponse = await page.request.get(receiptHref);
    expect(receiptResponse.status()).toBe(200);
    expect(receiptResponse.headers()["content-type"]).toBe("application/pdf");
    await page.getByRole("link", { name: t.finish }).click();
    await page.waitForURL(/dashboard$/);
    await page.goto(path);
    await expect(page.getByRole("main")).toContainText(t.submitted);
    await expectNoAxeViolations(page);

    // A licensing officer approves it: the licence appears on the applicant's main menu, with its certificate.
    const fileNumber =
      (
        await page
          .getByText(/LSL-N-\d{4}-[0-9A-Z]{6}/)
          .first()
          .innerText()
      ).match(/LSL-N-\d{4}-[0-9A-Z]{6}/)?.[0] ?? "";
    const officer = await signedIn(browser, "officer@example.com", "en");
    await officer.goto(`/en/admin/applications?q=${fileNumber}`);
    await officer.getByRole("link", { name: fileNumber }).click();
    await officer.getByRole("button", { name: "Start the review" }).click();
    await expect(
      officer.getByRole("heading", { name: "The review has started and the file is assigned to you" }),
    ).toBeVisible();
    // The officer reads each disclosure, labelled by its form.
    await expect(officer.getByText(/^Personal disclosure – completed on/)).toBeVisible();
    await expect(officer.getByText(/^Premises manager’s disclosure – completed on/)).toBeVisible();
    await officer.getByRole("button", { name: "Approve" }).click();
    await expect(officer.getByRole("heading", { name: "The application is approved" })).toBeVisible();
    await page.goto(path);
    await page.getByRole("link", { name: t.licenceLink }).click();
    await page.waitForURL(/licences\/[0-9a-f-]{36}$/);
    // The licence lists its endorsement, and so does its certificate.
    await expect(page.getByRole("main")).toContainText(t.endorsements);
    await expect(page.getByRole("main")).toContainText(t.catering);
    await expectNoAxeViolations(page);
    const certificate = (await page.getByRole("link", { name: t.certificate }).getAttribute("href")) ?? "";
    const pdf = await page.request.get(certificate);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const printed = await pdfText(await pdf.body());
    expect(printed).toContain(t.endorsements);
    expect(printed).toContain(t.catering);
    await page.goto(`/${locale}/dashboard`);
    await expect(page.getByRole("main")).toContainText("Chez Camille");
  });

  test(`${locale}, JavaScript off: sections save, errors keep what was typed, an address "if different", a list item and an upload`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const t = text[locale];
    const page = await signedIn(browser, "marie.tremblay@example.com", locale, false);
    const path = new URL(await startDraft(page, locale)).pathname;

    await page.goto(`${path}/contactDetails`);
    await page.locator('[name="contactName"]').fill("Camille Okonkwo");
    await page.locator('[name="email"]').fill("not-an-email");
    await continueTo(page, locale, /contactDetails\?error=incomplete/);
    await expect(page.getByRole("alert", { name: t.problem })).toContainText(t.problem);
    await expect(page.locator('[name="contactName"]')).toHaveValue("Camille Okonkwo");
    await expect(page.locator('[name="email"]')).toHaveValue("not-an-email");

    // Step 3's checkboxes save without JavaScript; unticking them all is the answer "none".
    await page.goto(`${path}/applicationType`);
    await page.getByRole("checkbox", { name: t.golfCourse }).check();
    await page.getByRole("checkbox", { name: t.miniBar }).check();
    await continueTo(page, locale, /applicantType$/);
    await page.goto(`${path}/applicationType`);
    await expect(page.getByRole("checkbox", { name: t.golfCourse })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: t.miniBar })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: t.catering })).not.toBeChecked();
    await page.goto(`${path}/review`);
    await expect(page.getByRole("main")).toContainText(t.golfCourse);
    await expect(page.getByRole("main")).toContainText(t.miniBar);
    await page.goto(`${path}/applicationType`);
    await page.getByRole("checkbox", { name: t.golfCourse }).uncheck();
    await page.getByRole("checkbox", { name: t.miniBar }).uncheck();
    await continueTo(page, locale, /applicantType$/);
    await page.goto(`${path}/review`);
    await expect(page.getByRole("main")).not.toContainText(t.golfCourse);

    await page.goto(`${path}/addresses`);
    await fillAddress(page, "mailing");
    await expect(page.locator('[name="physical.line1"]')).toBeHidden();
    await page.locator('input[name="physicalSameAsMailing"][value="no"]').check();
    await expect(page.locator('[name="physical.line1"]')).toBeVisible();
    await fillAddress(page, "physical");
    await page.locator('input[name="businessSameAsMailing"][value="yes"]').check();
    await continueTo(page, locale, /associatedPersons$/);

    await page.goto(`${path}/licensedAreas`);
    await addItem(
      page,
      locale,
      t.addArea,
      async () => {
        await page.locator('[name="areaName"]').fill("Terrasse");
        await page.locator('input[name="setting"][value="outdoor"]').check();
        await page.locator('[name="floor"]').fill("0");
        await page.locator('[name="capacity"]').fill("30");
      },
      "licensedAreas",
    );

    await page.goto(`${path}/applicantType`);
    await page.locator('input[name="applicantType"][value="corporation"]').check();
    await page.getByRole("button", { name: t.save }).click();
    await page.waitForURL(new RegExp(`${path}\\?done=saved$`));

    await page.goto(`${path}/documents`);
    await page.locator("#file-floorPlan").setInputFiles({ name: "plan.pdf", mimeType: "application/pdf", buffer: PDF });
    await page
      .getByRole("button", { name: new RegExp(`^${t.upload} –`) })
      .first()
      .click();
    await expect(page.getByRole("link", { name: /plan\.pdf/ })).toBeVisible();

    await page.goto(`${path}/review`);
    await expect(page.getByText("Terrasse").first()).toBeVisible();
    await expect(page.getByText("plan.pdf")).toBeVisible();
  });

  test(`${locale}: another user's application, section, item and document are 404s`, async ({ browser }) => {
    const marie = await signedIn(browser, "marie.tremblay@example.com", locale);
    const path = new URL(await startDraft(marie, locale)).pathname;
    await marie.goto(`${path}/applicantType`);
    await marie.locator('input[name="applicantType"][value="partnership"]').check();
    await continueTo(marie, locale, /applicantDetails/);
    await marie.goto(`${path}/licensedAreas`);
    await addItem(
      marie,
      locale,
      text[locale].addArea,
      async () => {
        await marie.locator('[name="areaName"]').fill("Salle");
        await marie.locator('input[name="setting"][value="indoor"]').check();
        await marie.locator('[name="floor"]').fill("1");
        await marie.locator('[name="capacity"]').fill("20");
      },
      "licensedAreas",
    );
    const itemPath = (await marie.getByRole("link", { name: /Salle/ }).getAttribute("href")) ?? "";
    expect(itemPath).toMatch(/licensedAreas\/[0-9a-f-]{36}$/);
    await marie.goto(`${path}/documents`);
    await marie
      .locator("#file-floorPlan")
      .setInputFiles({ name: "plan.pdf", mimeType: "application/pdf", buffer: PDF });
    await marie
      .getByRole("button", { name: new RegExp(`^${text[locale].upload} –`) })
      .first()
      .click();
    const download = (await marie.getByRole("link", { name: /plan\.pdf/ }).getAttribute("href")) ?? "";
    expect(download).toMatch(/^\/api\/documents\/[0-9a-f-]{36}$/);

    const john = await signedIn(browser, "john.smith@example.com", locale);
    for (const target of [
      path,
      `${path}/applicationType`,
      `${path}/licensedAreas`,
      itemPath,
      `${path}/documents`,
      `${path}/review`,
      `${path}/fees`,
      `${path}/withdraw`,
    ]) {
      expect((await john.goto(target))?.status(), target).toBe(404);
    }
    expect((await john.request.get(download)).status()).toBe(404);
    expect((await marie.request.get(download)).status()).toBe(200);
  });
}

const around = {
  fr: {
    withdraw: "Retirer la demande",
    withdrawn: "La demande a été retirée",
    status: "Retirée",
    cannotStart: "Remplissez d’abord ces sections",
    invalidLink: "Ce lien ne fonctionne pas",
  },
  en: {
    withdraw: "Withdraw the application",
    withdrawn: "The application was withdrawn",
    status: "Withdrawn",
    cannotStart: "Complete these sections first",
    invalidLink: "This link does not work",
  },
} as const;

for (const locale of ["fr", "en"] as const) {
  test(`${locale}: a section that cannot start yet says what comes first; a bad disclosure link says so; withdrawing is confirmed and recorded`, async ({
    browser,
  }) => {
    const t = around[locale];
    const page = await signedIn(browser, "marie.tremblay@example.com", locale);
    const path = new URL(await startDraft(page, locale)).pathname;

    await page.goto(`${path}/documents`);
    await expect(page.getByText(t.cannotStart)).toBeVisible();
    await expect(
      page.getByRole("link", { name: locale === "fr" ? "Aires autorisées proposées" : "Proposed licensed areas" }),
    ).toBeVisible();
    await expectOneH1(page);
    await expectNoAxeViolations(page);

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/${locale}/disclosures/${"x".repeat(43)}`);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(t.invalidLink);
    await expectNoAxeViolations(visitor);

    await page.goto(`${path}/withdraw`);
    await expectOneH1(page);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: t.withdraw }).click();
    await page.waitForURL(new RegExp(`${path}\\?done=withdrawn$`));
    await expect(page.getByRole("heading", { name: t.withdrawn })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(t.status);
    await expectNoAxeViolations(page);
    // A withdrawn application's pages no longer take answers.
    expect((await page.goto(`${path}/applicationType`))?.status()).toBe(404);
    expect((await page.goto(`${path}/withdraw`))?.status()).toBe(404);
  });
}
