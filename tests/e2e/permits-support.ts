import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from "pdf-lib";
import { expect, type Browser, type Page } from "@playwright/test";
import { signedIn } from "./accounts-support";

/**
 * What the permit, change and transfer journeys (special-occasion.spec.ts,
 * licence-change-transfer.spec.ts) share: dates from today, the section pages' buttons, an upload,
 * the sandbox card payment, an officer's approval, a disclosure from the dev mailbox, and the text
 * of a certificate.
 */
export type Locale = "fr" | "en";

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

export const words = {
  fr: {
    start: "Commencer la demande",
    continue: "Continuer",
    problem: "Il y a un problème",
    upload: "Téléverser",
    change: "Modifier",
    toFees: "Passer aux frais",
    pay: "Payer les frais et envoyer la demande",
    makePayment: "Effectuer le paiement",
    confirmed: "Paiement reçu",
    submitted: "Envoyée",
    approved: "Approuvée",
    licenceLink: "Voir votre permis et imprimer son certificat",
    certificate: "Imprimer le permis (PDF)",
    noApplications: "Vous n’avez aucune demande en cours.",
    sendDisclosures: "Envoyer les demandes de déclaration",
    sendDisclosure: "Envoyer ma déclaration",
    disclosureDone: "Votre déclaration est envoyée",
  },
  en: {
    start: "Start the application",
    continue: "Continue",
    problem: "There is a problem",
    upload: "Upload",
    change: "Change",
    toFees: "Continue to fees",
    pay: "Pay fees and submit",
    makePayment: "Make payment",
    confirmed: "Payment received",
    submitted: "Submitted",
    approved: "Approved",
    licenceLink: "See your licence and print its certificate",
    certificate: "Print the licence (PDF)",
    noApplications: "You have no application in progress.",
    sendDisclosures: "Send disclosure requests",
    sendDisclosure: "Send my disclosure",
    disclosureDone: "Your disclosure is sent",
  },
} as const;

/** The day `days` from today in the Commission's time zone (Toronto), as the date boxes take it. */
export function dayFromToday(days: number): { day: string; month: string; year: string } {
  const moment = new Date(Date.now() + days * 86_400_000);
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Toronto",
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(moment);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return { day: part("day"), month: part("month"), year: part("year") };
}

export async function fillDate(page: Page, name: string, date: { day: string; month: string; year: string }) {
  await page.locator(`[name="${name}.day"]`).fill(date.day);
  await page.locator(`[name="${name}.month"]`).fill(date.month);
  await page.locator(`[name="${name}.year"]`).fill(date.year);
}

export async function fillAddress(page: Page, name: string, line1: string, city = "Ottawa", postalCode = "K1P 1J1") {
  await page.locator(`[name="${name}.line1"]`).fill(line1);
  await page.locator(`[name="${name}.city"]`).fill(city);
  await page.locator(`[name="${name}.province"]`).selectOption("ON");
  await page.locator(`[name="${name}.postalCode"]`).fill(postalCode);
}

/** "Continue" on a section page, then the page it leads to. */
export async function continueTo(page: Page, locale: Locale, path: RegExp) {
  await page.getByRole("button", { name: words[locale].continue, exact: true }).click();
  await page.waitForURL(path);
}

/** A section's page, as a regular expression on the application's path. */
export const sectionOf = (path: string) => (section: string) => new RegExp(`${path}/${section}(\\?.*)?$`);

/** The file number the page shows, e.g. SOP-N-2026-4K7M2Q. */
export async function fileNumberOn(page: Page): Promise<string> {
  const pattern = /[A-Z]{3}-[A-Z]-\d{4}-[0-9A-Z]{6}/;
  const number = (await page.getByText(pattern).first().innerText()).match(pattern)?.[0] ?? "";
  expect(number).not.toBe("");
  return number;
}

/** Uploads a small PDF for one required document of the documents page. */
export async function uploadPdf(page: Page, documentId: string, fileName: string) {
  await page.locator(`#file-${documentId}`).setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: PDF });
  await page
    .locator("form", { has: page.locator(`#file-${documentId}`) })
    .locator('button[type="submit"]')
    .click();
  await expect(page.getByRole("link", { name: new RegExp(fileName.replace(".", "\\.")) })).toBeVisible();
}

/**
 * From the review: the fees page (where `fee` must show), its declaration, then the sandbox card.
 * Ends on the confirmation page.
 */
export async function payFromReview(page: Page, locale: Locale, path: string, fee: string) {
  const t = words[locale];
  await page.getByRole("link", { name: t.toFees }).click();
  await page.waitForURL(sectionOf(path)("fees"));
  await expect(page.getByText(fee).first()).toBeVisible();
  await page.locator('input[name="declaration"]').check();
  await page.getByRole("button", { name: t.pay }).click();
  await page.waitForURL(sectionOf(path)("payment"));
  await page.getByRole("button", { name: t.makePayment }).click();
  await page.waitForURL(/payment\/sandbox\/[0-9a-f-]{36}$/);
  await page.locator('[name="cardNumber"]').fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: locale === "fr" ? /^Payer/ : /^Pay / }).click();
  await page.waitForURL(sectionOf(path)("confirmation"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(t.confirmed);
}

/** officer@example.com finds the file, starts the review and approves it. */
export async function officerApproves(browser: Browser, fileNumber: string) {
  const officer = await signedIn(browser, "officer@example.com", "en");
  await officer.goto(`/en/admin/applications?q=${fileNumber}`);
  await officer.getByRole("link", { name: fileNumber }).click();
  await officer.getByRole("button", { name: "Start the review" }).click();
  await expect(
    officer.getByRole("heading", { name: "The review has started and the file is assigned to you" }),
  ).toBeVisible();
  await officer.getByRole("button", { name: "Approve" }).click();
  await expect(officer.getByRole("heading", { name: "The application is approved" })).toBeVisible();
  await officer.context().close();
}

/**
 * The disclosure link of the newest e-mail to this address, from the dev mailbox. `subject` tells a
 * disclosure request from the other e-mails the address receives: a person's by default; a premises
 * manager's or an entity's request has its own.
 */
export async function disclosureLink(
  page: Page,
  locale: Locale,
  email: string,
  subject: RegExp = /Your disclosure|Votre déclaration/,
): Promise<string> {
  await page.goto(`/${locale}/dev/mailbox?to=${encodeURIComponent(email)}`);
  // The newest disclosure request: the address may be an applicant's, which receives other e-mails too.
  await page.locator("main table tbody tr").filter({ hasText: subject }).first().getByRole("link").click();
  const link = page.locator("main a[href*='/disclosures/']").first();
  await expect(link).toBeVisible();
  return (await link.getAttribute("href")) ?? "";
}

/** The person completes their disclosure from the e-mailed link, with no account. */
export async function completeDisclosure(browser: Browser, locale: Locale, link: string) {
  const context = await browser.newContext({ locale: locale === "fr" ? "fr-CA" : "en-CA" });
  const person = await context.newPage();
  await person.goto(link);
  await fillDate(person, "dateOfBirth", { day: "14", month: "2", year: "1982" });
  await fillAddress(person, "homeAddress", "45, rue Elgin", "Ottawa", "K1P 5K7");
  await person.locator('input[name="convictions"][value="no"]').check();
  await person.locator('input[name="otherInterests"][value="no"]').check();
  await person.locator('input[name="declaration"]').check();
  await person.getByRole("button", { name: words[locale].sendDisclosure }).click();
  await expect(person.getByRole("heading", { level: 1 })).toHaveText(words[locale].disclosureDone);
  await context.close();
}

/** The subjects of a premises manager's and an associated entity's disclosure requests. */
export const managerRequest = /Your premises manager disclosure|Votre déclaration de gérant d’établissement/;
export const entityRequest = /Your business’s disclosure|La déclaration de votre entreprise/;

/**
 * A premises manager's answers on their disclosure form (all but `leaveOut`, to see it refused):
 * who they are, their Smart Serve training and experience, their record and declaration.
 */
export async function fillManagerDisclosure(page: Page, leaveOut?: "trainingCertificate") {
  await fillDate(page, "dateOfBirth", { day: "14", month: "2", year: "1982" });
  await fillAddress(page, "homeAddress", "45, rue Elgin", "Ottawa", "K1P 5K7");
  if (leaveOut !== "trainingCertificate") await page.locator('[name="trainingCertificate"]').fill("SS-1234567");
  await fillDate(page, "trainingDate", { day: "15", month: "6", year: "2024" });
  await page.locator('[name="managementExperience"]').fill("Gérant de salle au Bistro Cormoran, 2019–2025.");
  await page.locator('input[name="convictions"][value="no"]').check();
  await page.locator('input[name="otherInterests"][value="no"]').check();
  await page.locator('input[name="declaration"]').check();
}

/** The premises manager completes their disclosure from the e-mailed link, with no account. */
export async function completeManagerDisclosure(browser: Browser, locale: Locale, link: string) {
  const context = await browser.newContext({ locale: locale === "fr" ? "fr-CA" : "en-CA" });
  const manager = await context.newPage();
  await manager.goto(link);
  await fillManagerDisclosure(manager);
  await manager.getByRole("button", { name: words[locale].sendDisclosure }).click();
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText(words[locale].disclosureDone);
  await context.close();
}

/** Windows-1252's 0x80–0x9F (read as Latin-1 control characters otherwise). */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** The strings a certificate draws (as tests/integration/certificate.test.ts reads them), joined by spaces. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const contents = pdf.getPage(0).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  const drawn: string[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    const operators = new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode());
    for (const match of operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      const bytes = Buffer.from(match[1] ?? "", "hex");
      drawn.push(
        Array.from(bytes, (byte) =>
          byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte),
        ).join(""),
      );
    }
  }
  return drawn.join(" ").replace(/\u00a0/g, " ");
}

/** The licence page's certificate link, downloaded: a non-empty PDF; returns its text. */
export async function certificateText(page: Page, locale: Locale): Promise<string> {
  const href = (await page.getByRole("link", { name: words[locale].certificate }).getAttribute("href")) ?? "";
  expect(href).toContain(`lang=${locale}`);
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const body = await response.body();
  expect(body.length).toBeGreaterThan(1000);
  expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return pdfText(body);
}
