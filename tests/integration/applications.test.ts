import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyEvent, getApplication, listMyApplications, saveSection, startApplication } from "@/lib/applications/data";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demo, demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

let database: TestDatabase;
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");
const officer = demoSession("officer@example.com");

const address = { line1: "123, rue Principale", city: "Ottawa", province: "ON", postalCode: "K1A 0A1" };
const completeAnswers: Record<string, Record<string, unknown>> = {
  applicationType: { licenceClass: "liquor_sales", establishment: "restaurant" },
  applicantType: { applicantType: "sole_proprietorship" },
  applicantDetails: { legalName: "Camille Okonkwo" },
  contactDetails: { email: "camille@example.com", phone: "613-555-0123" },
  addresses: { mailing: address, physicalSameAsMailing: "yes", businessSameAsMailing: "yes" },
  associatedPersons: { persons: [{ id: "p1", firstName: "Camille", lastName: "Okonkwo", email: "camille@example.com", role: "sole_proprietor" }], disclosureRequestsSent: true },
  premisesDetails: { name: "Chez Camille" },
  premisesAddresses: { physical: address, mailingSameAsPhysical: "yes" },
  premisesContact: { name: "Camille Okonkwo", email: "camille@example.com", phone: "613-555-0123" },
  premisesManagers: { managers: [] },
  licensedAreas: { areas: [{ id: "a1", name: "Salle", setting: "indoor", floor: "1", capacity: 40 }] },
  questions: { convictions: "no", otherLicences: "no", financialInterest: "no", taxComplianceNumber: "ABC1234567", taxComplianceStatus: "compliant" },
  documents: { confirmed: true },
  term: { termYears: "2" },
};

async function fillEverything(id: string) {
  for (const [section, answers] of Object.entries(completeAnswers)) await saveSection(marie, id, section, answers);
}

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

describe("startApplication", () => {
  it("creates a draft with a readable file number and a first timeline event", async () => {
    const started = await startApplication(marie, "liquor_sales_new");
    expect(started.ok && started.fileNumber).toMatch(/^LSL-N-\d{4}-[0-9A-Z]{6}$/);
    const application = await getApplication(marie, started.ok ? started.id : "");
    expect(application?.status).toBe("draft");
    expect(application?.events.map((event) => event.event)).toEqual(["start"]);
    expect(application?.progress).toEqual({ completed: 0, total: 14 });
  });

  it("refuses an entity the account is not linked to, and an unknown kind", async () => {
    expect(await startApplication(marie, "liquor_sales_new", { entityId: demo.harbour })).toEqual({ ok: false, reason: "entityNotLinked" });
    expect((await startApplication(marie, "liquor_sales_new", { entityId: demo.cormoran })).ok).toBe(true);
    expect(await startApplication(marie, "casino_royale")).toEqual({ ok: false, reason: "unknownKind" });
  });
});

describe("saveSection", () => {
  it("keeps invalid answers (the draft survives) and says what is missing", async () => {
    const started = await startApplication(marie, "liquor_sales_new");
    const id = started.ok ? started.id : "";
    const result = await saveSection(marie, id, "contactDetails", { email: "not-an-email", phone: "" });
    expect(result.ok && result.complete).toBe(false);
    expect(result.ok && result.issues.map((issue) => issue.path).sort()).toEqual(["email", "phone"]);
    const application = await getApplication(marie, id);
    expect(application?.answers.contactDetails).toEqual({ email: "not-an-email", phone: "" });
    expect(application?.sections.find((section) => section.id === "contactDetails")?.status).toBe("inProgress");
  });

  it("marks dependent sections 'cannot start yet' until what they need is done", async () => {
    const started = await startApplication(marie, "liquor_sales_new");
    const id = started.ok ? started.id : "";
    expect((await getApplication(marie, id))?.sections.find((section) => section.id === "applicantDetails")?.status).toBe("cannotStart");
    await saveSection(marie, id, "applicantType", completeAnswers.applicantType ?? {});
    expect((await getApplication(marie, id))?.sections.find((section) => section.id === "applicantDetails")?.status).toBe("notStarted");
  });

  it("another user's application does not exist for them", async () => {
    const started = await startApplication(marie, "liquor_sales_new");
    const id = started.ok ? started.id : "";
    expect(await getApplication(john, id)).toBeNull();
    expect(await saveSection(john, id, "term", { termYears: "2" })).toEqual({ ok: false, reason: "notFound" });
    expect(await applyEvent(john, id, "withdraw", "applicant")).toEqual({ ok: false, reason: "notFound" });
    expect((await listMyApplications(john)).map((application) => application.id)).not.toContain(id);
  });
});

describe("applyEvent", () => {
  it("refuses 'Pay fees and submit' until every section and required document is there", async () => {
    const started = await startApplication(marie, "liquor_sales_new");
    const id = started.ok ? started.id : "";
    await fillEverything(id);
    const application = await getApplication(marie, id);
    expect(application?.progress).toEqual({ completed: 14, total: 14 });
    expect(application?.missingDocuments.map((document) => document.id)).toEqual(["floorPlan"]);
    expect(await applyEvent(marie, id, "payFeesAndSubmit", "applicant")).toEqual({ ok: false, reason: "incomplete" });

    await database.db.document.create({
      data: { ownerId: marie.id, applicationId: id, requirement: "floorPlan", storageKey: `test-${id}`, originalName: "plan.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64) },
    });
    expect(await applyEvent(marie, id, "payFeesAndSubmit", "applicant")).toEqual({ ok: true, status: "awaiting_payment" });
    expect(await saveSection(marie, id, "term", { termYears: "4" })).toEqual({ ok: false, reason: "notEditable" });
  });

  it("never lets an applicant decide, and staff cannot skip review", async () => {
    const started = await startApplication(marie, "liquor_sales_new");
    const id = started.ok ? started.id : "";
    expect(await applyEvent(marie, id, "approve", "staff")).toEqual({ ok: false, reason: "notAllowedForActor" });
    expect(await applyEvent(officer, id, "approve", "staff")).toEqual({ ok: false, reason: "notAllowedFromStatus" });
    expect(await applyEvent(officer, id, "withdraw", "applicant")).toEqual({ ok: false, reason: "notFound" });
  });

  it("applies a withdrawal once even when sent twice at once, and records it", async () => {
    const started = await startApplication(marie, "liquor_sales_new");
    const id = started.ok ? started.id : "";
    const results = await Promise.all([applyEvent(marie, id, "withdraw", "applicant"), applyEvent(marie, id, "withdraw", "applicant")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect((await getApplication(marie, id))?.events.map((event) => event.status)).toEqual(["draft", "withdrawn"]);
  });
});
