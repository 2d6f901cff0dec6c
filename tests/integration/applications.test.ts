import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getApplication, listMyApplications } from "@/lib/applications/queries";
import { applyEvent, removeListItem, saveListItem, saveSection, startApplication } from "@/lib/applications/commands";
import { openDisclosure, saveDisclosure, sendDisclosureRequests } from "@/lib/disclosures/requests";
import { listLinkedEntities } from "@/lib/entities/queries";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demo, demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import {
  completeForms,
  completeItems,
  completeManagerDisclosure,
  disclosureAnswers,
  disclosureTokenFor as tokenFor,
  fillEverything as fillAll,
  startDraft,
  uploadFloorPlan as uploadPlan,
} from "./ready-application";

let database: TestDatabase;
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");
const officer = demoSession("officer@example.com");

const fillEverything = (id: string) => fillAll(marie, id);
const uploadFloorPlan = (id: string) => uploadPlan(database.db, marie, id);
const disclosureTokenFor = (email: string) => tokenFor(database.db, email);
const newDraft = () => startDraft(marie);
const discloseManager = (id: string) => completeManagerDisclosure(database.db, marie, id);

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});
// Each test starts its own drafts: withdrawn afterwards, so the tests together stay under the
// account's cap on open drafts (tested on its own below).
afterEach(async () => {
  const drafts = await database.db.application.findMany({
    where: { userId: marie.id, status: "draft" },
    select: { id: true },
  });
  for (const draft of drafts) await applyEvent(marie, draft.id, "withdraw", "applicant");
});

describe("startApplication", () => {
  it("creates a draft with a readable file number and a first timeline event", async () => {
    const started = await startApplication(marie, "liquor_sales_new");
    expect(started.ok && started.fileNumber).toMatch(/^LSL-N-\d{4}-[0-9A-Z]{6}$/);
    const application = await getApplication(marie, started.ok ? started.id : "");
    expect(application?.status).toBe("draft");
    expect(application?.events.map((event) => event.event)).toEqual(["start"]);
    expect(application?.progress).toEqual({ completed: 0, total: 15 });
  });

  it("refuses an entity the account is not linked to, and an unknown kind", async () => {
    expect(await startApplication(marie, "liquor_sales_new", { entityId: demo.harbour })).toEqual({
      ok: false,
      reason: "entityNotLinked",
    });
    expect((await startApplication(marie, "liquor_sales_new", { entityId: demo.cormoran })).ok).toBe(true);
    expect(await startApplication(marie, "casino_royale")).toEqual({ ok: false, reason: "unknownKind" });
  });
});

describe("saveSection", () => {
  it("keeps invalid answers (the draft survives) and says what is missing", async () => {
    const started = await startApplication(marie, "liquor_sales_new");
    const id = started.ok ? started.id : "";
    const result = await saveSection(marie, id, "contactDetails", {
      email: "not-an-email",
      phone: "12",
      isStaff: "yes",
    });
    expect(result).toEqual({ ok: true, complete: false });
    const application = await getApplication(marie, id);
    // Undeclared names are not kept; what was typed is.
    expect(application?.answers.contactDetails).toEqual({ email: "not-an-email", phone: "12" });
    expect(application?.sections.find((section) => section.id === "contactDetails")?.status).toBe("inProgress");
  });

  it("marks dependent sections 'cannot start yet' until what they need is done", async () => {
    const started = await startApplication(marie, "liquor_sales_new");
    const id = started.ok ? started.id : "";
    expect(
      (await getApplication(marie, id))?.sections.find((section) => section.id === "applicantDetails")?.status,
    ).toBe("cannotStart");
    await saveSection(marie, id, "applicantType", completeForms.applicantType ?? {});
    expect(
      (await getApplication(marie, id))?.sections.find((section) => section.id === "applicantDetails")?.status,
    ).toBe("notStarted");
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
    let application = await getApplication(marie, id);
    // The associated entities are optional: none listed is complete.
    expect(application?.progress).toEqual({ completed: 12, total: 15 });
    expect(
      application?.missing.map((item) =>
        item.type === "document" ? item.requirement : item.type === "disclosure" ? item.name : item.section,
      ),
    ).toEqual(["associatedPersons", "Camille Okonkwo", "premisesManagers", "Luc Gagnon", "documents", "floorPlan"]);
    expect(await applyEvent(marie, id, "payFeesAndSubmit", "applicant")).toEqual({ ok: false, reason: "incomplete" });

    await uploadFloorPlan(id);
    expect((await sendDisclosureRequests(marie, id, "associatedPersons", "fr")).ok).toBe(true);
    await discloseManager(id);
    application = await getApplication(marie, id);
    expect(application?.progress).toEqual({ completed: 15, total: 15 });
    // Every section is complete, but the person has not answered: still refused.
    expect(application?.missing).toEqual([
      { type: "disclosure", section: "associatedPersons", personId: expect.any(String), name: "Camille Okonkwo" },
    ]);
    expect(await applyEvent(marie, id, "payFeesAndSubmit", "applicant")).toEqual({ ok: false, reason: "incomplete" });

    expect(await saveDisclosure(await disclosureTokenFor("camille@example.com"), disclosureAnswers)).toEqual({
      ok: true,
      completed: true,
    });
    expect((await getApplication(marie, id))?.missing).toEqual([]);
    expect((await getApplication(marie, id))?.fee).toMatchObject({ years: 2, feeCents: 105_500 });
    expect(await applyEvent(marie, id, "payFeesAndSubmit", "applicant")).toEqual({
      ok: true,
      status: "awaiting_payment",
    });
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
    const results = await Promise.all([
      applyEvent(marie, id, "withdraw", "applicant"),
      applyEvent(marie, id, "withdraw", "applicant"),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect((await getApplication(marie, id))?.events.map((event) => event.status)).toEqual(["draft", "withdrawn"]);
  });
});

describe("list sections", () => {
  it("adds, changes and removes items, keeping an incomplete one as typed", async () => {
    const id = await newDraft();
    const added = await saveListItem(marie, id, "licensedAreas", null, { areaName: "Terrasse", setting: "outdoor" });
    expect(added.ok && added.complete).toBe(false);
    const itemId = added.ok ? added.itemId : "";
    let application = await getApplication(marie, id);
    expect(application?.sections.find((section) => section.id === "licensedAreas")?.status).toBe("inProgress");
    // An outdoor area calls for the municipality's permission.
    expect(application?.requiredDocuments.map((requirement) => requirement.id)).toEqual([
      "floorPlan",
      "outdoorAreaPermission",
    ]);

    expect(
      await saveListItem(marie, id, "licensedAreas", itemId, {
        areaName: "Terrasse",
        setting: "outdoor",
        floor: "RDC",
        capacity: "30",
      }),
    ).toEqual({ ok: true, itemId, complete: true });
    application = await getApplication(marie, id);
    expect(application?.sections.find((section) => section.id === "licensedAreas")?.status).toBe("completed");

    expect(await removeListItem(marie, id, "licensedAreas", itemId)).toEqual({ ok: true });
    expect((await getApplication(marie, id))?.answers.licensedAreas).toEqual({ items: [] });
  });

  it("refuses another user's application, an unknown item and an unknown section", async () => {
    const id = await newDraft();
    const added = await saveListItem(marie, id, "licensedAreas", null, completeItems.licensedAreas ?? {});
    const itemId = added.ok ? added.itemId : "";
    expect(await saveListItem(john, id, "licensedAreas", itemId, { areaName: "Pris" })).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await removeListItem(john, id, "licensedAreas", itemId)).toEqual({ ok: false, reason: "notFound" });
    expect(
      await saveListItem(marie, id, "licensedAreas", "00000000-0000-4000-8000-000000000000", { areaName: "X" }),
    ).toEqual({ ok: false, reason: "unknownItem" });
    expect(await saveListItem(marie, id, "term", null, { termYears: "2" })).toEqual({
      ok: false,
      reason: "unknownSection",
    });
    expect(await saveSection(marie, id, "licensedAreas", { items: [] })).toEqual({
      ok: false,
      reason: "unknownSection",
    });
  });
});

describe("disclosure requests", () => {
  it("e-mails each person a single-use link they complete without an account, once", async () => {
    const id = await newDraft();
    await saveListItem(marie, id, "associatedPersons", null, {
      firstName: "Ana",
      lastName: "Lima",
      email: "ana.lima@example.com",
      role: "director",
    });
    expect(await sendDisclosureRequests(marie, id, "associatedPersons", "en")).toEqual({ ok: true, sent: 1 });
    // Nothing new to send: a second click sends nothing.
    expect(await sendDisclosureRequests(marie, id, "associatedPersons", "en")).toEqual({
      ok: false,
      reason: "nothingToSend",
    });

    const token = await disclosureTokenFor("ana.lima@example.com");
    const stored = await database.db.disclosureRequest.findFirstOrThrow({ where: { applicationId: id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(await openDisclosure(token)).toMatchObject({ status: "valid", fullName: "Ana Lima" });

    // Incomplete: kept, not completed.
    expect(await saveDisclosure(token, { convictions: "no" })).toEqual({ ok: true, completed: false });
    expect(await openDisclosure(token)).toMatchObject({ status: "valid", answers: { convictions: "no" } });

    const both = await Promise.all([
      saveDisclosure(token, disclosureAnswers),
      saveDisclosure(token, disclosureAnswers),
    ]);
    expect(both.filter((result) => result.ok)).toHaveLength(1);
    expect(await openDisclosure(token)).toEqual({ status: "completed", form: "person" });
    expect(await saveDisclosure(token, disclosureAnswers)).toEqual({ ok: false, reason: "completed" });
    // The applicant sees the state, never the answers.
    const application = await getApplication(marie, id);
    expect(application?.disclosures).toEqual([expect.not.objectContaining({ answers: expect.anything() })]);
    expect(application?.facts.disclosures).toEqual({
      [stored.personId]: { status: "completed", email: "ana.lima@example.com" },
    });
  });

  it("refuses a tampered, unknown or expired link", async () => {
    const id = await newDraft();
    await saveListItem(marie, id, "associatedPersons", null, {
      firstName: "Ben",
      lastName: "Roy",
      email: "ben.roy@example.com",
      role: "officer",
    });
    await sendDisclosureRequests(marie, id, "associatedPersons", "fr");
    const token = await disclosureTokenFor("ben.roy@example.com");
    expect(await openDisclosure(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toEqual({ status: "invalid" });
    expect(await openDisclosure("../../etc/passwd")).toEqual({ status: "invalid" });
    const later = new Date(Date.now() + 31 * 24 * 60 * 60 * 1000);
    expect(await openDisclosure(token, later)).toEqual({ status: "expired" });
    expect(await saveDisclosure(token, disclosureAnswers, later)).toEqual({ ok: false, reason: "expired" });
  });

  it("cannot be sent for another user's application, nor with an incomplete person", async () => {
    const id = await newDraft();
    await saveListItem(marie, id, "associatedPersons", null, { firstName: "Chloé", email: "not-an-email" });
    expect(await sendDisclosureRequests(john, id, "associatedPersons", "en")).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await sendDisclosureRequests(marie, id, "associatedPersons", "en")).toEqual({
      ok: false,
      reason: "itemsIncomplete",
    });
    expect(await sendDisclosureRequests(marie, id, "licensedAreas", "en")).toEqual({
      ok: false,
      reason: "unknownSection",
    });
  });

  it("asks again when a person's e-mail changes, and the old link stops working", async () => {
    const id = await newDraft();
    await saveSection(marie, id, "applicantType", { applicantType: "partnership" });
    const added = await saveListItem(marie, id, "associatedPersons", null, {
      firstName: "Dana",
      lastName: "Wu",
      email: "dana.old@example.com",
      role: "partner",
    });
    await sendDisclosureRequests(marie, id, "associatedPersons", "en");
    const oldToken = await disclosureTokenFor("dana.old@example.com");
    await saveListItem(marie, id, "associatedPersons", added.ok ? added.itemId : "", {
      firstName: "Dana",
      lastName: "Wu",
      email: "dana.new@example.com",
      role: "partner",
    });
    expect(
      (await getApplication(marie, id))?.sections.find((section) => section.id === "associatedPersons")?.status,
    ).toBe("inProgress");
    expect(await sendDisclosureRequests(marie, id, "associatedPersons", "en")).toEqual({ ok: true, sent: 1 });
    expect(await openDisclosure(oldToken)).toEqual({ status: "invalid" });
    expect(await openDisclosure(await disclosureTokenFor("dana.new@example.com"))).toMatchObject({ status: "valid" });
  });
});

describe("the submitter's link to a new business (SPEC §4)", () => {
  async function submittedDraft(details: Record<string, unknown>): Promise<string> {
    const id = await newDraft();
    await fillEverything(id);
    await saveSection(marie, id, "applicantDetails", details);
    await uploadFloorPlan(id);
    await sendDisclosureRequests(marie, id, "associatedPersons", "fr");
    await saveDisclosure(await disclosureTokenFor("camille@example.com"), disclosureAnswers);
    await discloseManager(id);
    expect(await applyEvent(marie, id, "payFeesAndSubmit", "applicant")).toEqual({
      ok: true,
      status: "awaiting_payment",
    });
    expect(await applyEvent(officer, id, "confirmPayment", "staff")).toEqual({ ok: true, status: "submitted" });
    return id;
  }

  it("creates the entity from the answers and links the submitter while the application is processed", async () => {
    const id = await submittedDraft({ legalName: "Bistro Okonkwo inc.", businessNumber: "555444333" });
    const application = await database.db.application.findUniqueOrThrow({ where: { id }, select: { entityId: true } });
    const entity = await database.db.entity.findUniqueOrThrow({ where: { id: application.entityId ?? "" } });
    expect(entity).toMatchObject({
      legalName: "Bistro Okonkwo inc.",
      type: "sole_proprietorship",
      businessNumber: "555444333",
    });
    expect((await listLinkedEntities(marie)).map((link) => link.entity.id)).toContain(entity.id);
    expect(
      await database.db.auditLog.count({ where: { action: "account_link.agent_linked", entityId: entity.id } }),
    ).toBe(1);

    // Decided (here withdrawn): the link ends.
    expect(await applyEvent(marie, id, "withdraw", "applicant")).toEqual({ ok: true, status: "withdrawn" });
    expect((await listLinkedEntities(marie)).map((link) => link.entity.id)).not.toContain(entity.id);
  });

  it("does not attach or link a business already on file: the application cannot be submitted for it", async () => {
    const before = (await listLinkedEntities(marie)).map((link) => link.entity.id);
    const id = await newDraft();
    await fillEverything(id);
    await saveSection(marie, id, "applicantDetails", { legalName: "Deux Rives", businessNumber: "456789123" });
    await uploadFloorPlan(id);
    await sendDisclosureRequests(marie, id, "associatedPersons", "fr");
    await saveDisclosure(await disclosureTokenFor("camille@example.com"), disclosureAnswers);
    await discloseManager(id);
    expect((await getApplication(marie, id))?.missing).toEqual([
      { type: "businessOnFile", section: "applicantDetails" },
    ]);
    expect(await applyEvent(marie, id, "payFeesAndSubmit", "applicant")).toEqual({ ok: false, reason: "incomplete" });
    const application = await database.db.application.findUniqueOrThrow({
      where: { id },
      select: { entityId: true, status: true },
    });
    expect(application).toEqual({ entityId: null, status: "draft" });
    expect((await listLinkedEntities(marie)).map((link) => link.entity.id)).toEqual(before);
  });
});
