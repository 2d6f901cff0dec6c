import { PDFDocument, StandardFonts } from "pdf-lib";
import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";
import { pdfText } from "../support/pdf-text";

/**
 * Compliance documents (SPEC §5.4): a licensing officer issues one on the staff licence page —
 * written from a template, or an uploaded PDF — and the holder finds it on the licence's page and
 * downloads it. Each run's texts carry a stamp of their own, so a rerun finds its own document.
 */
const OFFICER = "officer@example.com";
/** The Harbour Room (John, English): its delivery licence, suspended. */
const HARBOUR = "10000000-0000-4000-8000-000000000002";
const HARBOUR_DELIVERY = "13000000-0000-4000-8000-000000000012";
/** Le Cormoran (Marie, French): its active licence. */
const CORMORAN_ACTIVE = "13000000-0000-4000-8000-000000000001";

const stampOf = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test("en: an officer issues a warning letter from a template; the holder sees it and downloads the PDF", async ({
  browser,
}) => {
  const stamp = stampOf();
  const finding = `On November 20 at 11:40 p.m., a delivery was left with a minor (${stamp}).`;
  const officer = await signedIn(browser, OFFICER, "en");
  await officer.goto(`/en/admin/entities/${HARBOUR}`);
  await officer.getByRole("link", { name: "LDL-2025-000202" }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toContainText("LDL-2025-000202");
  await expectOneH1(officer);
  const section = officer.getByRole("region", { name: "Compliance documents" });
  // John, the only account linked to the business, reads English: the letter is preset to English.
  await expect(section.getByRole("radio", { name: "English" })).toBeChecked();
  // Sent empty: both errors, the summary focused; once fixed, the first click issues it.
  await section.getByRole("button", { name: "Issue the document" }).click();
  const summary = officer.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("Choose the document to issue");
  await expect(summary).toContainText("Write your paragraph");
  await expect(summary).toBeFocused();
  await section.getByRole("radio", { name: /Warning letter/ }).check();
  await section.getByLabel("Your paragraph").fill(finding);
  await section.getByRole("button", { name: "Issue the document" }).click();
  const issued = section.getByRole("status");
  await expect(issued).toContainText("“Warning letter” is issued.");
  await expect(issued).toContainText("The account linked to the business was told by e-mail.");
  await expect(section.getByLabel("Your paragraph")).toHaveValue("");
  await expect(section.getByRole("row", { name: /Warning letter/ }).first()).toContainText("David Chen");
  await expectNoAxeViolations(officer);

  const holder = await signedIn(browser, "john.smith@example.com", "en");
  await holder.goto(`/en/licences/${HARBOUR_DELIVERY}`);
  const documents = holder.getByRole("region", { name: "Compliance documents" });
  const item = documents.getByRole("listitem").filter({ hasText: "Warning letter" }).first();
  await expect(item).toContainText("Issued on");
  const link = item.getByRole("link", { name: /Download the PDF/ });
  const [download] = await Promise.all([holder.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("LDL-2025-000202-warning-letter.pdf");

  const response = await holder.request.get((await link.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const text = await pdfText(await response.body());
  expect(text).toContain("Warning letter");
  expect(text).toContain("Harbourfront Hospitality Ltd.");
  expect(text).toContain(stamp);
  await expectNoAxeViolations(holder);
});

test.describe("without JavaScript", () => {
  test("fr: an officer uploads a PDF (a picture renamed .pdf is refused first, the title kept); the holder sees it", async ({
    browser,
  }) => {
    const stamp = stampOf();
    const title = `Rapport d’inspection signé ${stamp}`;
    const pdf = await PDFDocument.create();
    pdf
      .addPage([300, 120])
      .drawText(`Inspection ${stamp}`, { x: 20, y: 60, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
    const pdfBytes = Buffer.from(await pdf.save());
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAADElEQVQImWP4//8/AAX+Av5Y8msOAAAAAElFTkSuQmCC",
      "base64",
    );

    const officer = await signedIn(browser, OFFICER, "fr", false);
    await officer.goto(`/fr/admin/licences/${CORMORAN_ACTIVE}`);
    const section = officer.getByRole("region", { name: "Documents de conformité" });
    await section.getByLabel("Titre").fill(title);
    await section
      .getByLabel("Fichier PDF")
      .setInputFiles({ name: "rapport.pdf", mimeType: "application/pdf", buffer: png });
    await section.getByRole("button", { name: "Téléverser et délivrer" }).click();
    await expect(officer.getByRole("alert", { name: "Il y a un problème" })).toContainText(
      "Le fichier doit être un PDF",
    );
    await expect(section.getByLabel("Titre")).toHaveValue(title);

    await section
      .getByLabel("Fichier PDF")
      .setInputFiles({ name: "rapport.pdf", mimeType: "application/pdf", buffer: pdfBytes });
    await section.getByRole("button", { name: "Téléverser et délivrer" }).click();
    await expect(section.getByRole("status")).toContainText(`«\u00a0${title}\u00a0» est délivré.`);
    await expect(section.getByRole("row", { name: new RegExp(stamp) })).toContainText("PDF téléversé");

    const holder = await signedIn(browser, "marie.tremblay@example.com", "fr", false);
    await holder.goto(`/fr/licences/${CORMORAN_ACTIVE}`);
    const item = holder
      .getByRole("region", { name: "Documents de conformité" })
      .getByRole("listitem")
      .filter({ hasText: title });
    await expect(item).toContainText("Délivré le");
    const href = await item.getByRole("link", { name: /Télécharger le PDF/ }).getAttribute("href");
    const response = await holder.request.get(href ?? "");
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(Buffer.from(await response.body()).equals(pdfBytes)).toBe(true);
  });
});
