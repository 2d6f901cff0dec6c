import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getApplication } from "@/lib/applications/queries";
import { saveSection } from "@/lib/applications/commands";
import { decide } from "@/lib/applications/review";
import { startOnLicence } from "@/lib/applications/on-licence";
import { saveDisclosure, sendDisclosureRequests } from "@/lib/disclosures/requests";
import { getLicence, verifyLicenceNumber } from "@/lib/licences/queries";
import { getLicenceForStaff } from "@/lib/licences/staff";
import { renderCertificatePdf } from "@/lib/licences/certificate";
import { payFeesAndSubmit } from "@/lib/payments/orders";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { pdfText } from "../support/pdf-text";
import { demo, demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import {
  address,
  completeApplication,
  completeForms,
  disclosureAnswers,
  payBySandboxCard,
  uploadDocumentRow,
} from "./ready-application";

/**
 * Endorsements applied for with a new liquor sales licence (step 3): what each chosen one asks
 * before the application can be paid, the licence approval issues with them, how the certificate,
 * the licence pages and the public check print them, and the renewal that keeps them.
 */
let database: TestDatabase;
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");
const officer = demoSession("officer@example.com");
const service = demoSession("service@example.com");
const now = new Date("2026-11-26T15:00:00Z");

beforeAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

const catering = { cateringKitchen: address, cateringEvents: "Mariages et réceptions d’affaires" };
const roomService = { guestRooms: "42" };

async function missingOf(id: string) {
  return (await getApplication(marie, id))?.missing ?? [];
}

describe("a new liquor sales licence with endorsements", () => {
  it("cannot be paid until each chosen endorsement's questions and documents are in", async () => {
    const id = await completeApplication(database.db, marie);
    expect(await missingOf(id)).toEqual([]);

    expect(
      await saveSection(marie, id, "applicationType", { endorsements: ["catering", "room_service"] }),
    ).toMatchObject({ ok: true, complete: true });
    expect(await missingOf(id)).toEqual([
      { type: "section", section: "cateringDetails" },
      { type: "section", section: "roomServiceDetails" },
      { type: "section", section: "documents" },
      { type: "document", section: "documents", requirement: "cateringFoodSafety" },
    ]);
    expect(await payFeesAndSubmit(marie, id, "fr")).toEqual({ ok: false, reason: "incomplete" });

    expect(await saveSection(marie, id, "cateringDetails", catering)).toMatchObject({ complete: true });
    expect(await saveSection(marie, id, "roomServiceDetails", { guestRooms: "0" })).toMatchObject({ complete: false });
    expect(await saveSection(marie, id, "roomServiceDetails", roomService)).toMatchObject({ complete: true });
    await uploadDocumentRow(database.db, marie, id, "cateringFoodSafety");
    expect(await missingOf(id)).toEqual([]);

    // Room service is dropped: its answers stay in the draft but ask for nothing and print nothing.
    await saveSection(marie, id, "applicationType", { endorsements: ["catering"] });
    expect(await missingOf(id)).toEqual([]);
    const application = await getApplication(marie, id);
    expect(application?.sections.map((section) => section.id)).toContain("cateringDetails");
    expect(application?.sections.map((section) => section.id)).not.toContain("roomServiceDetails");
  });

  it("keeps only the endorsements offered: a tampered list leaves step 3 incomplete and nothing can be paid", async () => {
    const id = await completeApplication(database.db, marie);
    await saveSection(marie, id, "applicationType", { endorsements: ["catering", "casino"] });
    expect(await missingOf(id)).toContainEqual({ type: "section", section: "applicationType" });
    expect(await payFeesAndSubmit(marie, id, "fr")).toEqual({ ok: false, reason: "incomplete" });
    await saveSection(marie, id, "applicationType", { endorsements: "catering" });
    expect(await missingOf(id)).toContainEqual({ type: "section", section: "applicationType" });
  });

  it("refuses another applicant's answers to someone else's draft", async () => {
    const id = await completeApplication(database.db, marie);
    expect(await saveSection(john, id, "applicationType", { endorsements: ["golf_course"] })).toMatchObject({
      ok: false,
    });
    expect((await getApplication(marie, id))?.answers.applicationType).toEqual({ endorsements: [] });
  });

  it("issues, on approval, a licence that lists its endorsements: its pages, its certificate in both languages and the public check", async () => {
    const id = await completeApplication(database.db, marie);
    await saveSection(marie, id, "applicationType", { endorsements: ["room_service", "catering"] });
    await saveSection(marie, id, "cateringDetails", catering);
    await saveSection(marie, id, "roomServiceDetails", roomService);
    await uploadDocumentRow(database.db, marie, id, "cateringFoodSafety");
    expect(await payFeesAndSubmit(marie, id, "fr")).toEqual({ ok: true });
    await payBySandboxCard(database.db, marie, id);
    expect(await decide(officer, id, "startReview")).toMatchObject({ ok: true });
    const approved = await decide(officer, id, "approve");
    expect(approved).toMatchObject({ ok: true, status: "approved" });
    const licenceId = approved.ok && "licenceId" in approved ? String(approved.licenceId) : "";

    const row = await database.db.licence.findUniqueOrThrow({ where: { id: licenceId } });
    expect(row.details).toEqual([
      { label: "endorsements", values: [{ term: "endorsement_catering" }, { term: "endorsement_room_service" }] },
    ]);

    // Marie filed it as an agent for Camille's business: her access ended with the decision.
    const licence = await getLicence(service, licenceId);
    if (!licence) throw new Error("staff see the new licence");
    const french = await pdfText(await renderCertificatePdf(licence, "fr", now));
    expect(french).toContain("Avenants");
    expect(french).toContain("Avenant relatif au traiteur");
    expect(french).toContain("Avenant relatif au service aux chambres");
    const english = await pdfText(await renderCertificatePdf(licence, "en", now));
    expect(english).toContain("Endorsements");
    expect(english).toContain("Catering endorsement");
    expect(english).toContain("Room service endorsement");

    expect((await getLicenceForStaff(service, licenceId))?.details).toEqual(row.details);
    expect((await verifyLicenceNumber(row.number))?.publicDetails).toEqual(row.details);
  });

  it("issues a licence without endorsements that prints none", async () => {
    const id = await completeApplication(database.db, marie);
    expect(await payFeesAndSubmit(marie, id, "fr")).toEqual({ ok: true });
    await payBySandboxCard(database.db, marie, id);
    await decide(officer, id, "startReview");
    const approved = await decide(officer, id, "approve");
    const licenceId = approved.ok && "licenceId" in approved ? String(approved.licenceId) : "";
    const row = await database.db.licence.findUniqueOrThrow({ where: { id: licenceId } });
    expect(row.details).toBeNull();
    const licence = await getLicence(service, licenceId);
    if (!licence) throw new Error("staff see the new licence");
    expect(await pdfText(await renderCertificatePdf(licence, "en", now))).not.toContain("Endorsements");
    expect((await verifyLicenceNumber(row.number))?.publicDetails).toEqual([]);
  });
});

describe("the public check", () => {
  it("shows a licence's endorsements and no other printed detail (a permit's event stays private)", async () => {
    expect((await verifyLicenceNumber("LSL-2026-000301"))?.publicDetails).toEqual([
      { label: "endorsements", values: [{ term: "endorsement_catering" }, { term: "endorsement_brew_pub" }] },
    ]);
    // A demo permit: its event's day, place and class are printed on its certificate.
    const permit = await database.db.licence.findUniqueOrThrow({ where: { number: "SOP-2026-000403" } });
    expect(permit.details).not.toBeNull();
    expect((await verifyLicenceNumber(permit.number))?.publicDetails).toEqual([]);
  });
});

describe("the renewal of a licence with endorsements", () => {
  it("keeps the endorsements on the renewed licence", async () => {
    const endorsed = [{ label: "endorsements", values: [{ term: "endorsement_mini_bar" }] }];
    await database.db.licence.update({ where: { id: demo.cormoranExpiringLicence }, data: { details: endorsed } });
    const started = await startOnLicence(marie, demo.cormoranExpiringLicence, "renewal");
    const id = started.ok ? started.id : "";
    await saveSection(marie, id, "reviewInformation", { informationCorrect: "yes" });
    await saveSection(marie, id, "questions", completeForms.questions ?? {});
    expect(await sendDisclosureRequests(marie, id, "associatedPersons", "fr")).toMatchObject({ ok: true });
    for (const disclosure of (await getApplication(marie, id))?.disclosures ?? []) {
      const message = await database.db.emailOutbox.findFirstOrThrow({
        where: { toAddress: disclosure.email, template: "disclosureRequest" },
        orderBy: { createdAt: "desc" },
      });
      const token = /\/disclosures\/([A-Za-z0-9_-]{43})/.exec(message.textBody)?.[1] ?? "";
      expect(await saveDisclosure(token, disclosureAnswers)).toMatchObject({ ok: true });
    }
    expect(await payFeesAndSubmit(marie, id, "fr")).toEqual({ ok: true });
    await payBySandboxCard(database.db, marie, id);
    await decide(officer, id, "startReview");
    const before = await database.db.licence.findUniqueOrThrow({ where: { id: demo.cormoranExpiringLicence } });
    expect(await decide(officer, id, "approve")).toMatchObject({ ok: true, licenceId: demo.cormoranExpiringLicence });
    const after = await database.db.licence.findUniqueOrThrow({ where: { id: demo.cormoranExpiringLicence } });
    expect(after.expiresOn.getTime()).toBeGreaterThan(before.expiresOn.getTime());
    expect(after.details).toEqual(endorsed);
  });
});
