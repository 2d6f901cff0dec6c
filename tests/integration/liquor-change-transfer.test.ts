import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getApplication } from "@/lib/applications/queries";
import { applyEvent, removeListItem, saveListItem, saveSection, startApplication } from "@/lib/applications/commands";
import { startOnLicence } from "@/lib/applications/on-licence";
import { decide } from "@/lib/applications/review";
import { saveDisclosure, sendDisclosureRequests } from "@/lib/disclosures/requests";
import { getLicence } from "@/lib/licences/queries";
import { payFeesAndSubmit } from "@/lib/payments/orders";
import type { SessionUser } from "@/lib/auth/session";
import { addDays, commissionToday, isoDateToUtc } from "@/lib/time/commission-date";
import { demoAreas, seedDemoData } from "@/prisma/seed/demo-data";
import { demo, demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import {
  address,
  completeForms,
  disclosureAnswers,
  disclosureTokenFor,
  uploadDocumentRow,
  uploadFloorPlan,
} from "./ready-application";

/**
 * Issue 14 §3: a change to a liquor sales licence's areas, started from the licence by its holder
 * and approved by an officer; and its transfer to a buyer who quotes its number.
 */
let database: TestDatabase;
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");
const sophie = demoSession("agent.conseil@example.com");
const officer = demoSession("officer@example.com");

const [dining, patio] = demoAreas;
const DEUX_RIVES_LICENCE = "13000000-0000-4000-8000-000000000021";

beforeAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

/** "Pay fees and submit", the payment recorded by staff, the review started and the file approved. */
async function submitAndApprove(user: SessionUser, id: string) {
  expect(await payFeesAndSubmit(user, id, "fr")).toEqual({ ok: true });
  expect(await applyEvent(officer, id, "confirmPayment", "staff")).toEqual({ ok: true, status: "submitted" });
  expect(await decide(officer, id, "startReview")).toMatchObject({ ok: true, status: "under_review" });
  return decide(officer, id, "approve");
}

/** A date as the day, month and year boxes send it. */
function daysAgo(days: number) {
  const day = new Date(Date.now() - days * 86_400_000);
  return { day: String(day.getUTCDate()), month: String(day.getUTCMonth() + 1), year: String(day.getUTCFullYear()) };
}

const areasOf = async (user: SessionUser, licenceId: string) =>
  (await getLicence(user, licenceId))?.premises?.areas.map(({ name, indoor, floor, capacity }) => ({
    name,
    indoor,
    floor,
    capacity,
  }));

describe("a change to a liquor sales licence", () => {
  it("starts from the licence's areas and is refused to an account that does not hold the licence", async () => {
    expect(await startOnLicence(john, demo.cormoranActiveLicence, "change")).toEqual({
      ok: false,
      reason: "notFound",
    });
    const started = await startOnLicence(marie, demo.cormoranActiveLicence, "change");
    expect(started).toMatchObject({ ok: true });
    const id = started.ok ? started.id : "";
    const application = await getApplication(marie, id);
    expect(application).toMatchObject({ kind: "liquor_sales_change", entityId: demo.cormoran });
    expect(application?.answers.licensedAreas).toEqual({
      items: [
        { id: dining?.id, areaName: "Salle à manger", setting: "indoor", floor: "Rez-de-chaussée", capacity: "60" },
        { id: patio?.id, areaName: "Terrasse", setting: "outdoor", floor: "Rez-de-chaussée", capacity: "24" },
      ],
    });
    // Nothing changed yet: it cannot be submitted.
    expect(application?.breaches).toEqual([{ rule: "noChange", section: "licensedAreas" }]);
    expect(application?.canSubmit).toBe(false);
  });

  it("is one at a time: the same holder finds their draft, another holder is told it is in progress", async () => {
    const first = await startOnLicence(marie, demo.cormoranActiveLicence, "change");
    expect(await startOnLicence(marie, demo.cormoranActiveLicence, "change")).toEqual(first);
    await database.db.accountLink.create({ data: { userId: sophie.id, entityId: demo.cormoran, via: "access_code" } });
    expect(await startOnLicence(sophie, demo.cormoranActiveLicence, "change")).toEqual({
      ok: false,
      reason: "inProgress",
    });
    await database.db.accountLink.deleteMany({ where: { userId: sophie.id, entityId: demo.cormoran } });
  });

  it("approved, changes the licence's areas and keeps the before and after", async () => {
    const started = await startOnLicence(marie, demo.cormoranActiveLicence, "change");
    const id = started.ok ? started.id : "";
    expect(
      await saveListItem(marie, id, "licensedAreas", null, {
        areaName: "Mezzanine",
        setting: "indoor",
        floor: "1",
        capacity: "30",
      }),
    ).toMatchObject({ ok: true, complete: true });
    expect(
      await saveListItem(marie, id, "licensedAreas", patio?.id ?? "", {
        areaName: "Terrasse",
        setting: "outdoor",
        floor: "Rez-de-chaussée",
        capacity: "40",
      }),
    ).toMatchObject({ ok: true, complete: true });
    await saveSection(marie, id, "changeSummary", {
      description: "Une mezzanine ouvre à l’étage et la terrasse est agrandie.",
      areaRemoved: "no",
    });
    await saveSection(marie, id, "declaration", { declaration: "yes" });
    let application = await getApplication(marie, id);
    expect(application?.missing).toEqual([
      { type: "section", section: "documents" },
      { type: "document", section: "documents", requirement: "floorPlan" },
    ]);
    await uploadFloorPlan(database.db, marie, id);
    application = await getApplication(marie, id);
    expect(application?.missing).toEqual([]);
    expect(application?.breaches).toEqual([]);
    expect(application?.fee).toMatchObject({ quantity: 1, unitCents: 15_000, feeCents: 15_000 });

    const before = await areasOf(marie, demo.cormoranActiveLicence);
    const approved = await submitAndApprove(marie, id);
    expect(approved).toEqual({ ok: true, status: "approved", licenceId: demo.cormoranActiveLicence });

    expect(await areasOf(marie, demo.cormoranActiveLicence)).toEqual([
      { name: "Mezzanine", indoor: true, floor: "1", capacity: 30 },
      { name: "Salle à manger", indoor: true, floor: "Rez-de-chaussée", capacity: 60 },
      { name: "Terrasse", indoor: false, floor: "Rez-de-chaussée", capacity: 40 },
    ]);
    // The terrace is the same area, changed: its id is kept.
    expect(await database.db.licensedArea.findUnique({ where: { id: patio?.id ?? "" } })).toMatchObject({
      capacity: 40,
    });
    const amendment = await database.db.licenceAmendment.findFirstOrThrow({
      where: { licenceId: demo.cormoranActiveLicence, applicationId: id },
    });
    expect(amendment.type).toBe("change");
    expect(amendment.before).toMatchObject({ areas: before });
    expect(amendment.after).toMatchObject({ areas: await areasOf(marie, demo.cormoranActiveLicence) });
    const { fileNumber } = await database.db.application.findUniqueOrThrow({ where: { id } });
    expect(
      await database.db.licenceStatusEvent.count({
        where: { licenceId: demo.cormoranActiveLicence, reason: `changed:${fileNumber}` },
      }),
    ).toBe(1);
  });

  it("removes an area once the removal and its date are reported", async () => {
    // The previous change was approved: a new one may start.
    const started = await startOnLicence(marie, demo.cormoranActiveLicence, "change");
    const id = started.ok ? started.id : "";
    const application = await getApplication(marie, id);
    const listed = (application?.answers.licensedAreas?.items ?? []) as Array<{ id: string; areaName: string }>;
    const mezzanine = listed.find((item) => item.areaName === "Mezzanine");
    expect(await removeListItem(marie, id, "licensedAreas", mezzanine?.id ?? "")).toEqual({ ok: true });
    await saveSection(marie, id, "changeSummary", { description: "La mezzanine est fermée.", areaRemoved: "no" });
    await saveSection(marie, id, "declaration", { declaration: "yes" });
    await uploadFloorPlan(database.db, marie, id);
    expect((await getApplication(marie, id))?.breaches).toEqual([
      { rule: "removalNotReported", section: "changeSummary" },
    ]);
    expect(await payFeesAndSubmit(marie, id, "fr")).toEqual({ ok: false, reason: "incomplete" });

    await saveSection(marie, id, "changeSummary", {
      description: "La mezzanine est fermée.",
      areaRemoved: "yes",
      removedOn: daysAgo(5),
    });
    expect((await getApplication(marie, id))?.canSubmit).toBe(true);
    expect(await submitAndApprove(marie, id)).toMatchObject({ ok: true, status: "approved" });
    expect((await areasOf(marie, demo.cormoranActiveLicence))?.map((area) => area.name)).toEqual([
      "Salle à manger",
      "Terrasse",
    ]);
  });
});

/** The start page's answers of a transfer: the licence quoted and the sale closed ten days ago. */
function transferStart(licenceNumber: string) {
  return { licenceNumber, closingDate: daysAgo(10) };
}

/** The buyer's sections, with one associated person (its disclosure still to send). */
async function describeBuyer(buyer: SessionUser, id: string, legalName: string, email: string) {
  await saveSection(buyer, id, "applicantType", { applicantType: "corporation" });
  await saveSection(buyer, id, "applicantDetails", { legalName });
  await saveSection(buyer, id, "contactDetails", { contactName: "Nadia Roy", email, phone: "613-555-0177" });
  await saveSection(buyer, id, "addresses", {
    mailing: address,
    physicalSameAsMailing: "yes",
    businessSameAsMailing: "yes",
  });
  await saveListItem(buyer, id, "associatedPersons", null, {
    firstName: "Nadia",
    lastName: "Roy",
    email,
    role: "officer",
  });
  await saveSection(buyer, id, "questions", completeForms.questions ?? {});
  await saveSection(buyer, id, "declaration", { declaration: "yes" });
}

/** A buyer's transfer of the licence with this number, complete and ready to pay. */
async function readyTransfer(buyer: SessionUser, number: string, legalName: string, email: string) {
  const started = await startApplication(buyer, "liquor_sales_transfer", { startAnswers: transferStart(number) });
  if (!started.ok) throw new Error(started.reason);
  await describeBuyer(buyer, started.id, legalName, email);
  await uploadDocumentRow(database.db, buyer, started.id, "consentToTransfer");
  await uploadDocumentRow(database.db, buyer, started.id, "proofOfTransfer");
  await sendDisclosureRequests(buyer, started.id, "associatedPersons", "fr");
  await saveDisclosure(await disclosureTokenFor(database.db, email), disclosureAnswers);
  expect((await getApplication(buyer, started.id))?.canSubmit).toBe(true);
  return started.id;
}

describe("the transfer of a liquor sales licence", () => {
  it("is approved once: a second buyer's transfer, or the former holder's change, started before it is refused", async () => {
    const first = await newApplicant("buyer");
    const second = await newApplicant("buyer");
    // The holder's change, paid and with the officer before the sale is approved.
    const change = await startOnLicence(marie, demo.cormoranActiveLicence, "change");
    const changeId = change.ok ? change.id : "";
    await saveListItem(marie, changeId, "licensedAreas", null, {
      areaName: "Salon privé",
      setting: "indoor",
      floor: "1",
      capacity: "12",
    });
    await saveSection(marie, changeId, "changeSummary", {
      description: "Un salon privé à l’étage.",
      areaRemoved: "no",
    });
    await saveSection(marie, changeId, "declaration", { declaration: "yes" });
    await uploadFloorPlan(database.db, marie, changeId);
    expect(await payFeesAndSubmit(marie, changeId, "fr")).toEqual({ ok: true });
    expect(await applyEvent(officer, changeId, "confirmPayment", "staff")).toMatchObject({ ok: true });
    expect(await decide(officer, changeId, "startReview")).toMatchObject({ ok: true });
    const firstId = await readyTransfer(first, "LSL-2025-000101", "Cormoran Nouveau inc.", first.email);
    const secondId = await readyTransfer(second, "LSL-2025-000101", "Autre Acheteur inc.", second.email);
    const sharedPremises = (await getLicence(marie, demo.cormoranExpiringLicence))?.premises;

    expect(await submitAndApprove(first, firstId)).toMatchObject({ ok: true, status: "approved" });
    expect(await submitAndApprove(second, secondId)).toEqual({ ok: false, reason: "licenceNotTransferable" });
    expect((await getLicence(first, demo.cormoranActiveLicence))?.entity.legalName).toBe("Cormoran Nouveau inc.");
    expect((await getApplication(second, secondId))?.status).toBe("under_review");
    expect(await decide(officer, changeId, "approve")).toEqual({ ok: false, reason: "licenceNotTransferable" });
    expect(
      (await getLicence(first, demo.cormoranActiveLicence))?.premises?.areas.map((area) => area.name),
    ).not.toContain("Salon privé");

    // The seller's other licence at the same premises keeps them; the buyer's licence has a copy.
    expect((await getLicence(marie, demo.cormoranExpiringLicence))?.premises).toEqual(sharedPremises);
    const moved = await database.db.licence.findUniqueOrThrow({
      where: { id: demo.cormoranActiveLicence },
      include: { premises: { include: { areas: true } } },
    });
    const kept = await database.db.licence.findUniqueOrThrow({ where: { id: demo.cormoranExpiringLicence } });
    expect(moved.premisesId).not.toBe(kept.premisesId);
    expect(moved.premises?.entityId).toBe(moved.entityId);
    expect(moved.premises?.areas.map((area) => area.name).sort()).toEqual(
      sharedPremises?.areas.map((area) => area.name).sort(),
    );
  });

  it("moves the licence to the buyer's new business: the seller no longer sees it, the number stays", async () => {
    const seller = await newApplicant("seller");
    await database.db.accountLink.create({ data: { userId: seller.id, entityId: demo.deuxRives, via: "access_code" } });
    expect(await getLicence(seller, DEUX_RIVES_LICENCE)).not.toBeNull();
    const buyer = await newApplicant("buyer");

    // The number as a buyer might type it.
    const started = await startApplication(buyer, "liquor_sales_transfer", {
      startAnswers: transferStart(" lsl-2026-000301 "),
    });
    expect(started).toMatchObject({ ok: true });
    const id = started.ok ? started.id : "";
    expect((await database.db.application.findUniqueOrThrow({ where: { id } })).licenceId).toBe(DEUX_RIVES_LICENCE);

    await describeBuyer(buyer, id, "Brasserie Nouvelle Rive inc.", buyer.email);
    await uploadDocumentRow(database.db, buyer, id, "consentToTransfer");
    expect((await getApplication(buyer, id))?.missing).toEqual([
      { type: "section", section: "associatedPersons" },
      { type: "disclosure", section: "associatedPersons", personId: expect.any(String), name: "Nadia Roy" },
      { type: "section", section: "documents" },
      { type: "document", section: "documents", requirement: "proofOfTransfer" },
    ]);
    await uploadDocumentRow(database.db, buyer, id, "proofOfTransfer");
    expect(await sendDisclosureRequests(buyer, id, "associatedPersons", "fr")).toEqual({ ok: true, sent: 1 });
    expect(await saveDisclosure(await disclosureTokenFor(database.db, buyer.email), disclosureAnswers)).toEqual({
      ok: true,
      completed: true,
    });
    const application = await getApplication(buyer, id);
    expect(application?.missing).toEqual([]);
    expect(application?.breaches).toEqual([]);
    expect(application?.fee).toMatchObject({ quantity: 1, feeCents: 52_500 });

    const approved = await submitAndApprove(buyer, id);
    expect(approved).toEqual({ ok: true, status: "approved", licenceId: DEUX_RIVES_LICENCE });

    const { entityId } = await database.db.application.findUniqueOrThrow({ where: { id } });
    const buyerEntity = await database.db.entity.findUniqueOrThrow({ where: { id: entityId ?? "" } });
    expect(buyerEntity).toMatchObject({ legalName: "Brasserie Nouvelle Rive inc.", type: "corporation" });
    const licence = await database.db.licence.findUniqueOrThrow({ where: { id: DEUX_RIVES_LICENCE } });
    expect(licence).toMatchObject({ entityId: buyerEntity.id, number: "LSL-2026-000301", status: "active" });
    expect(await getLicence(seller, DEUX_RIVES_LICENCE)).toBeNull();
    expect(await getLicence(buyer, DEUX_RIVES_LICENCE)).toMatchObject({
      number: "LSL-2026-000301",
      entity: { id: buyerEntity.id, legalName: "Brasserie Nouvelle Rive inc." },
      premises: { areas: [{ name: "Salle de dégustation", capacity: 45 }] },
    });
    const amendment = await database.db.licenceAmendment.findFirstOrThrow({
      where: { licenceId: DEUX_RIVES_LICENCE, applicationId: id },
    });
    expect(amendment).toMatchObject({
      type: "transfer",
      before: { entityId: demo.deuxRives, holder: "Brasserie des Deux Rives S.E.N.C." },
      after: { entityId: buyerEntity.id, holder: "Brasserie Nouvelle Rive inc." },
    });
  });

  it("is refused at the start while the licence expires within six weeks: day 42 is refused, day 43 is not", async () => {
    const buyer = await newApplicant("buyer");
    const now = new Date();
    const today = commissionToday(now);
    const expiringIn = (days: number) =>
      database.db.licence.update({
        where: { id: demo.cormoranExpiringLicence },
        data: { expiresOn: isoDateToUtc(addDays(today, days)) },
      });

    // As seeded: 30 days left.
    expect(
      await startApplication(buyer, "liquor_sales_transfer", { startAnswers: transferStart("LSL-2024-000102") }, now),
    ).toEqual({
      ok: false,
      reason: "blocked",
      breaches: [{ rule: "renewFirst", section: "licence", values: { date: addDays(today, 30) } }],
    });
    await expiringIn(42);
    expect(
      await startApplication(buyer, "liquor_sales_transfer", { startAnswers: transferStart("LSL-2024-000102") }, now),
    ).toEqual({
      ok: false,
      reason: "blocked",
      breaches: [{ rule: "renewFirst", section: "licence", values: { date: addDays(today, 42) } }],
    });
    await expiringIn(43);
    expect(
      await startApplication(buyer, "liquor_sales_transfer", { startAnswers: transferStart("LSL-2024-000102") }, now),
    ).toMatchObject({ ok: true });
    expect(await database.db.application.count({ where: { userId: buyer.id } })).toBe(1);
  });

  it("is refused at the start for a licence that is not active", async () => {
    const buyer = await newApplicant("buyer");
    expect(
      await startApplication(buyer, "liquor_sales_transfer", { startAnswers: transferStart("LSL-2024-000201") }),
    ).toEqual({ ok: false, reason: "blocked", breaches: [{ rule: "licenceNotActive", section: "licence" }] });
  });

  it("finds no licence for an unknown number, nor for a licence of another kind", async () => {
    const buyer = await newApplicant("buyer");
    for (const number of ["LSL-2026-999999", "LDL-2025-000202"]) {
      expect(await startApplication(buyer, "liquor_sales_transfer", { startAnswers: transferStart(number) })).toEqual({
        ok: false,
        reason: "licenceNotFound",
      });
    }
    expect(await startApplication(buyer, "liquor_sales_transfer", { startAnswers: { licenceNumber: "123" } })).toEqual({
      ok: false,
      reason: "startAnswers",
    });
    expect(await database.db.application.count({ where: { userId: buyer.id } })).toBe(0);
  });
});
