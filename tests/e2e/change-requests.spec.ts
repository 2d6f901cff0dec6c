import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from "pdf-lib";
import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";

const PROBLEM = /^(Il y a un problème|There is a problem)$/;

/** Demo licences of their own (prisma/seed/change-request-demo.ts): no other journey reads them. */
const CANAL = "13000000-0000-4000-8000-00000000c401";
const RIVERSIDE = "13000000-0000-4000-8000-00000000c402";

const PLAN_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
  "latin1",
);

/** What the certificate draws: each page's content streams inflated and their strings read back. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const contents = pdf.getPage(0).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  const drawn: string[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    const operators = new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode());
    for (const match of operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
      drawn.push(Buffer.from(match[1] ?? "", "hex").toString("latin1"));
  }
  return drawn.join(" ");
}

test("fr: an address change with a document, approved by staff, is on the licence and its new certificate", async ({
  browser,
}) => {
  const street = `${100 + (Date.now() % 800)}, promenade Sussex`;
  const sophie = await signedIn(browser, "sophie.caron@example.com", "fr");
  await sophie.goto(`/fr/licences/${CANAL}`);
  await sophie.getByRole("link", { name: "demander une modification au service à la clientèle" }).click();
  await expectOneH1(sophie);
  await expectNoAxeViolations(sophie);
  // No choice yet: the page says so.
  await sophie.getByRole("button", { name: "Continuer" }).click();
  await expect(sophie.getByRole("alert", { name: PROBLEM })).toContainText("Choisissez ce que vous voulez modifier");
  await sophie.getByRole("radio", { name: "L’adresse de l’établissement" }).check();
  await sophie.getByRole("button", { name: "Continuer" }).click();
  await expect(sophie.getByRole("heading", { level: 1 })).toHaveText("Modifier l’adresse de l’établissement");
  // The address on file now (a run before this one may have changed it already).
  const onFile = (await sophie.locator("p", { hasText: "Adresse au dossier" }).innerText())
    .replace("Adresse au dossier", "")
    .trim();
  const oldLine1 = /^(.*), Ottawa, ON, /.exec(onFile)?.[1] ?? onFile;
  await expectNoAxeViolations(sophie);

  // A wrong postal code comes back with everything typed still there.
  await sophie.getByLabel("Adresse (numéro et rue)").fill(street);
  await sophie.getByLabel("Ville ou municipalité").fill("Ottawa");
  await sophie.getByLabel("Province ou territoire").selectOption("ON");
  await sophie.getByLabel("Code postal").fill("K1N 5A");
  await sophie.getByLabel("Expliquez la modification").fill("Nous déménageons rue Sussex le 1er mars.");
  await sophie.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(sophie.getByRole("alert", { name: PROBLEM })).toContainText("Entrez un code postal dans le bon format");
  await expect(sophie.getByLabel("Adresse (numéro et rue)")).toHaveValue(street);
  await sophie.getByLabel("Code postal").fill("k1n5a2");
  await sophie
    .getByLabel(/^Documents/)
    .setInputFiles({ name: "bail.pdf", mimeType: "application/pdf", buffer: PLAN_PDF });
  await sophie.getByRole("button", { name: "Envoyer la demande" }).click();
  const sent = sophie.getByText(/Votre demande de modification CHG-/);
  await expect(sent).toBeVisible();
  const reference = (await sent.innerText()).match(/CHG-\d{4}-\d{6}/)?.[0] ?? "";

  const staff = await signedIn(browser, "service@example.com", "fr");
  await staff.goto("/fr/admin/change-requests");
  await staff.getByRole("link", { name: reference }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Demande de modification ${reference}`);
  await expect(staff.getByRole("table")).toContainText(`${street}, Ottawa, ON, K1N 5A2`);
  await expect(staff.getByRole("table")).toContainText(onFile);
  const download = await staff.request.get(
    (await staff.getByRole("link", { name: "bail.pdf" }).getAttribute("href")) ?? "",
  );
  expect(download.status()).toBe(200);
  await expectOneH1(staff);
  await expectNoAxeViolations(staff);
  await staff.getByRole("radio", { name: "Approuver et appliquer la modification" }).check();
  await staff.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(staff.getByText("La modification a été approuvée et appliquée")).toBeVisible();
  await expect(staff.getByRole("table")).toContainText("Avant");

  await sophie.goto(`/fr/licences/${CANAL}`);
  await expect(sophie.getByRole("main")).toContainText(`Café du Canal – ${street}, Ottawa, ON, K1N 5A2`);
  const request = sophie.locator("section[aria-labelledby='changes-title'] > ul > li", { hasText: reference });
  await expect(request).toContainText("Approuvée");
  await expect(request).toContainText("Maintenant au dossier");
  await expect(sophie.locator("#history-title + ol")).toContainText(`Modifié par la demande ${reference}`);
  const certificate = await sophie.request.get(`/api/licences/${CANAL}/certificate?lang=fr`);
  expect(certificate.headers()["content-type"]).toBe("application/pdf");
  const printed = await pdfText(await certificate.body());
  expect(printed).toContain(street);
  expect(printed).not.toContain(oldLine1);
});

test("en: an address change with a document, approved by an officer, is on the licence and its new certificate", async ({
  browser,
}) => {
  const street = `${100 + (Date.now() % 800)} Bank Street`;
  const ryan = await signedIn(browser, "ryan.oconnor@example.com", "en");
  await ryan.goto(`/en/licences/${RIVERSIDE}/change`);
  await ryan.getByRole("radio", { name: "The premises’ address" }).check();
  await ryan.getByRole("button", { name: "Continue" }).click();
  await expect(ryan.getByRole("heading", { level: 1 })).toHaveText("Change the premises’ address");
  // The address on file now (a run before this one may have changed it already).
  const onFile = (await ryan.locator("p", { hasText: "Address on file" }).innerText())
    .replace("Address on file", "")
    .trim();
  const oldLine1 = /^(.*), Ottawa, ON, /.exec(onFile)?.[1] ?? onFile;
  await ryan.getByLabel("Street address").fill(street);
  await ryan.getByLabel("City or town").fill("Ottawa");
  await ryan.getByLabel("Province or territory").selectOption("ON");
  await ryan.getByLabel("Postal code").fill("K1S 3W7");
  await ryan.getByLabel("Explain the change").fill("We move to Bank Street on March 1.");
  await ryan
    .getByLabel(/^Documents/)
    .setInputFiles({ name: "lease.pdf", mimeType: "application/pdf", buffer: PLAN_PDF });
  await ryan.getByRole("button", { name: "Send the request" }).click();
  const sent = ryan.getByText(/Your change request CHG-/);
  await expect(sent).toBeVisible();
  const reference = (await sent.innerText()).match(/CHG-\d{4}-\d{6}/)?.[0] ?? "";

  const officer = await signedIn(browser, "officer@example.com", "en");
  await officer.goto("/en/admin/change-requests");
  await officer.getByRole("link", { name: reference }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(`Change request ${reference}`);
  await expect(officer.getByRole("table")).toContainText(`${street}, Ottawa, ON, K1S 3W7`);
  await expect(officer.getByRole("link", { name: "lease.pdf" })).toBeVisible();
  await officer.getByRole("radio", { name: "Approve and apply the change" }).check();
  await officer.getByRole("button", { name: "Record the decision" }).click();
  await expect(officer.getByText("The change was approved and applied")).toBeVisible();
  await expect(officer.getByRole("table")).toContainText("Before");
  await expectNoAxeViolations(officer);

  await ryan.goto(`/en/licences/${RIVERSIDE}`);
  await expect(ryan.getByRole("main")).toContainText(`Riverside Taproom – ${street}, Ottawa, ON, K1S 3W7`);
  const request = ryan.locator("section[aria-labelledby='changes-title'] > ul > li", { hasText: reference });
  await expect(request).toContainText("Approved");
  await expect(request).toContainText("Now on file");
  await expect(ryan.locator("#history-title + ol")).toContainText(`Changed by request ${reference}`);
  await expectNoAxeViolations(ryan);
  const certificate = await ryan.request.get(`/api/licences/${RIVERSIDE}/certificate?lang=en`);
  expect(certificate.headers()["content-type"]).toBe("application/pdf");
  const printed = await pdfText(await certificate.body());
  expect(printed).toContain(street);
  expect(printed).not.toContain(oldLine1);
});

test("en: a capacity change refused with a reason, which the holder reads", async ({ browser }) => {
  const ryan = await signedIn(browser, "ryan.oconnor@example.com", "en");
  await ryan.goto(`/en/licences/${RIVERSIDE}/change`);
  await ryan.getByRole("radio", { name: "The capacity of a licensed area" }).check();
  await ryan.getByRole("button", { name: "Continue" }).click();
  await expect(ryan.getByRole("heading", { level: 1 })).toHaveText("Change the capacity of licensed areas");
  await expectOneH1(ryan);
  await expectNoAxeViolations(ryan);
  await ryan.getByLabel("River patio").fill("95");
  await ryan.getByLabel("Explain the change").fill("We extended the patio along the river.");
  await ryan.getByRole("button", { name: "Send the request" }).click();
  const sent = ryan.getByText(/Your change request CHG-/);
  await expect(sent).toBeVisible();
  const reference = (await sent.innerText()).match(/CHG-\d{4}-\d{6}/)?.[0] ?? "";

  const officer = await signedIn(browser, "officer@example.com", "en");
  await officer.goto("/en/admin/change-requests");
  await expectNoAxeViolations(officer);
  await officer.getByRole("link", { name: reference }).click();
  await expect(officer.getByRole("table")).toContainText("95 people");
  // A refusal needs its reasons.
  await officer.getByRole("radio", { name: "Refuse" }).check();
  await officer.getByRole("button", { name: "Record the decision" }).click();
  await expect(officer.getByRole("alert", { name: PROBLEM })).toContainText("Enter the message to the holder");
  await officer.getByLabel("Message to the holder").fill("The fire inspection allows 70 people on the patio.");
  await officer.getByRole("button", { name: "Record the decision" }).click();
  await expect(officer.getByText("The request was refused")).toBeVisible();

  await ryan.goto(`/en/licences/${RIVERSIDE}`);
  const request = ryan.locator("section[aria-labelledby='changes-title'] > ul > li", { hasText: reference });
  await expect(request).toContainText("Refused");
  await expect(request).toContainText("Reasons for the refusal");
  await expect(request).toContainText("The fire inspection allows 70 people on the patio.");
  await expect(ryan.getByRole("table", { name: "Licensed areas" })).toContainText("60");
});

test("another account gets a 404 for the form, the staff page and the attachments", async ({ browser }) => {
  const john = await signedIn(browser, "john.smith@example.com", "en");
  expect((await john.goto(`/en/licences/${CANAL}/change?kind=address`))?.status()).toBe(404);
  expect((await john.goto("/en/admin/change-requests"))?.status()).toBe(404);
});
