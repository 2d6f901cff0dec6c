import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyEvent, saveListItem, saveSection, startApplication } from "@/lib/applications/commands";
import { dateBoxes } from "@/lib/applications/fields";
import { startOnLicence } from "@/lib/applications/on-licence";
import { getApplication } from "@/lib/applications/queries";
import { decide, listReviewQueue } from "@/lib/applications/review";
import { saveDisclosure, sendDisclosureRequests } from "@/lib/disclosures/requests";
import { getLicence } from "@/lib/licences/queries";
import { allowedMethods } from "@/lib/payments/methods";
import { getOrder, payFeesAndSubmit } from "@/lib/payments/orders";
import { recordWirePayment } from "@/lib/payments/wire";
import type { SessionUser } from "@/lib/auth/session";
import { addDays, addYears, commissionToday, isoDateToUtc, utcToIsoDate } from "@/lib/time/commission-date";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import {
  address,
  disclosureAnswers,
  disclosureTokenFor,
  payBySandboxCard,
  uploadDocumentRow,
} from "./ready-application";

/**
 * Issue 15 §4 in the data layer: a gaming business registers and pays per site (three charitable
 * sites cross the card limit), a gaming assistant registers as themself, and a registration renews
 * at the price of what is on file, not of what a form says.
 */
let database: TestDatabase;
const officer = demoSession("officer@example.com");
const service = demoSession("service@example.com");

beforeAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

const questions = {
  convictions: "no",
  otherLicences: "no",
  financialInterest: "no",
  taxComplianceNumber: "4CE5T7N9VK3GHJ2",
  taxComplianceStatus: "compliant",
};

/** A business registration filled in completely, its officer's disclosure done, ready to pay. */
async function completeRegistration(user: SessionUser, category: string, sites: string[]) {
  const started = await startApplication(user, "gaming_registration_new");
  if (!started.ok) throw new Error(started.reason);
  const { id } = started;
  // The applicant discloses themself as an officer: their link to the business outlasts the decision.
  const { email } = user;
  await saveSection(user, id, "category", { category });
  for (const siteName of sites) await saveListItem(user, id, "sites", null, { siteName, address });
  await saveSection(user, id, "applicantType", { applicantType: "non_profit" });
  await saveSection(user, id, "applicantDetails", { legalName: `Bingo ${user.lastName} inc.` });
  await saveSection(user, id, "contactDetails", { contactName: "Rose Tremblay", email, phone: "613-555-0199" });
  await saveSection(user, id, "addresses", {
    mailing: address,
    physicalSameAsMailing: "yes",
    businessSameAsMailing: "yes",
  });
  await saveListItem(user, id, "associatedPersons", null, {
    firstName: "Rose",
    lastName: "Tremblay",
    email,
    role: "officer",
  });
  await saveSection(user, id, "questions", questions);
  await saveSection(user, id, "declaration", { confirmed: "yes" });
  return { id, email };
}

async function readyToPay(user: SessionUser, category: string, sites: string[]) {
  const { id, email } = await completeRegistration(user, category, sites);
  await uploadDocumentRow(database.db, user, id, "corporateDocuments");
  if (sites.length > 0) {
    await uploadDocumentRow(database.db, user, id, "financialStatements");
    await uploadDocumentRow(database.db, user, id, "siteRightToOccupy");
  }
  expect(await sendDisclosureRequests(user, id, "associatedPersons", "fr")).toMatchObject({ ok: true });
  expect(await saveDisclosure(await disclosureTokenFor(database.db, email), disclosureAnswers)).toMatchObject({
    ok: true,
  });
  const application = await getApplication(user, id);
  expect(application?.missing).toEqual([]);
  return id;
}

async function approved(id: string) {
  expect(await decide(officer, id, "startReview")).toMatchObject({ ok: true });
  const decided = await decide(officer, id, "approve");
  expect(decided).toMatchObject({ ok: true, status: "approved" });
  return database.db.licence.findUniqueOrThrow({ where: { id: decided.ok ? (decided.licenceId ?? "") : "" } });
}

describe("a gaming business's registration", () => {
  it("of three charitable sites with 4 or more events a week: $36,000, paid by wire only, reconciled, then approved", async () => {
    const operator = await newApplicant("bingo");
    const id = await readyToPay(operator, "charitable_operator_frequent", ["Bingo Nord", "Bingo Sud", "Bingo Est"]);
    expect(await payFeesAndSubmit(operator, id, "en")).toEqual({ ok: true });
    const order = await getOrder(operator, id);
    expect(order?.totalCents).toBe(3_600_000);
    expect(order?.items).toEqual([
      expect.objectContaining({ kind: "charitable_gaming_site_operator_frequent", quantity: 3, unitCents: 1_200_000 }),
    ]);
    expect(allowedMethods(order?.totalCents ?? 0)).toEqual(["wire", "eft"]);

    expect(
      await recordWirePayment(service, order?.id ?? "", {
        amountCents: 3_600_000,
        receivedOn: new Date(),
        bankReference: "BANK-GMR-1",
        quotedReference: order?.reference ?? "",
        method: "eft",
      }),
    ).toEqual({ ok: true, applied: true });
    expect((await getApplication(operator, id))?.status).toBe("submitted");
    // Staff find it in the same queue, under its sector only.
    const inQueue = async (sector: "lotteryGaming" | "alcohol") =>
      (await listReviewQueue(officer, { sector }))?.rows.map((row) => row.id) ?? [];
    expect(await inQueue("lotteryGaming")).toContain(id);
    expect(await inQueue("alcohol")).not.toContain(id);

    const registration = await approved(id);
    expect(registration).toMatchObject({ kind: "gaming_registration", premisesId: null });
    expect(registration.number).toMatch(/^GMR-\d{4}-\d{6}$/);
    expect(utcToIsoDate(registration.expiresOn)).toBe(addYears(commissionToday(new Date()), 1));
    expect(registration.details).toEqual([
      { label: "registrationCategory", values: [{ term: "charitable_operator_frequent" }] },
      {
        label: "sites",
        values: [{ text: "Bingo Nord, Ottawa" }, { text: "Bingo Sud, Ottawa" }, { text: "Bingo Est, Ottawa" }],
      },
    ]);
  });

  it("of a supplier: one yearly fee, no site, no financial statements", async () => {
    const supplier = await newApplicant("supplier");
    const { id } = await completeRegistration(supplier, "gaming_supplier", []);
    const application = await getApplication(supplier, id);
    expect(application?.sections.map((section) => section.id)).not.toContain("sites");
    expect(application?.missing).toContainEqual({
      type: "document",
      section: "documents",
      requirement: "corporateDocuments",
    });
    expect(application?.missing).not.toContainEqual(expect.objectContaining({ requirement: "financialStatements" }));
    expect(application?.fee).toMatchObject({ feeCents: 300_000 });
  });

  it("of a charity's break-open ticket seller: no fee, submitted without an order, approved, and renewed free", async () => {
    const seller = await newApplicant("seller");
    const id = await readyToPay(seller, "seller", []);
    const application = await getApplication(seller, id);
    expect(application).toMatchObject({ free: true, fee: null });
    expect(await payFeesAndSubmit(seller, id, "fr")).not.toEqual({ ok: true });
    expect(await applyEvent(seller, id, "submit", "applicant")).toEqual({ ok: true, status: "submitted" });
    expect(await getOrder(seller, id)).toBeNull();
    const registration = await approved(id);
    expect(registration.details).toEqual([{ label: "registrationCategory", values: [{ term: "seller" }] }]);

    await database.db.licence.update({
      where: { id: registration.id },
      data: { expiresOn: isoDateToUtc(addDays(commissionToday(new Date()), 20)) },
    });
    const renewal = await startOnLicence(seller, registration.id, "renewal");
    if (!renewal.ok) throw new Error(renewal.reason);
    expect(await getApplication(seller, renewal.id)).toMatchObject({ free: true, fee: null });
  });

  it("of an operator with no site yet cannot be priced or paid", async () => {
    const operator = await newApplicant("no-site");
    const { id } = await completeRegistration(operator, "commercial_operator", []);
    const application = await getApplication(operator, id);
    expect(application?.fee).toBeNull();
    expect(application?.missing).toContainEqual({ type: "section", section: "sites" });
    expect(await payFeesAndSubmit(operator, id, "fr")).not.toEqual({ ok: true });
  });
});

describe("a gaming assistant's registration", () => {
  it("is the person's own: category 1 at $300, approved to their own record", async () => {
    const assistant = await newApplicant("assistant");
    const started = await startApplication(assistant, "gaming_assistant_new");
    if (!started.ok) throw new Error(started.reason);
    const { id } = started;
    await saveSection(assistant, id, "category", { category: "gaming_assistant_1" });
    await saveSection(assistant, id, "personalDetails", {
      dateOfBirth: { day: "14", month: "7", year: "1992" },
      phone: "416-555-0142",
      homeAddress: address,
    });
    await saveSection(assistant, id, "employment", { employer: "Casino du Nord inc.", jobTitle: "Superviseure" });
    await saveSection(assistant, id, "questions", { charges: "no", refusedElsewhere: "no" });
    await saveSection(assistant, id, "declaration", { confirmed: "yes" });
    expect((await getApplication(assistant, id))?.missing).toEqual([
      { type: "section", section: "documents" },
      { type: "document", section: "documents", requirement: "photoIdentification" },
    ]);
    await uploadDocumentRow(database.db, assistant, id, "photoIdentification");
    expect(await payFeesAndSubmit(assistant, id, "fr")).toEqual({ ok: true });
    expect((await getOrder(assistant, id))?.totalCents).toBe(30_000);
    await payBySandboxCard(database.db, assistant, id);

    const registration = await approved(id);
    expect(registration.number).toMatch(/^GMA-\d{4}-\d{6}$/);
    expect(registration.details).toEqual([{ label: "registrationCategory", values: [{ term: "gaming_assistant_1" }] }]);
    const holder = await database.db.entity.findUniqueOrThrow({ where: { id: registration.entityId } });
    expect(holder).toMatchObject({ type: "individual", personUserId: assistant.id });
  });

  it("an answer of yes to the charges question asks for the explanation", async () => {
    const assistant = await newApplicant("assistant-charges");
    const started = await startApplication(assistant, "gaming_assistant_new");
    if (!started.ok) throw new Error(started.reason);
    await saveSection(assistant, started.id, "questions", { charges: "yes", refusedElsewhere: "no" });
    const application = await getApplication(assistant, started.id);
    expect(application?.sections.find((section) => section.id === "questions")?.status).toBe("inProgress");
  });
});

describe("the renewal of a gaming registration", () => {
  it("is priced from the registration on file (three sites), whatever a form posts", async () => {
    const operator = await newApplicant("renewing");
    const id = await readyToPay(operator, "charitable_operator", ["Salle A", "Salle B", "Salle C"]);
    expect(await payFeesAndSubmit(operator, id, "fr")).toEqual({ ok: true });
    // 3 × $700: under the card limit.
    expect((await getOrder(operator, id))?.totalCents).toBe(210_000);
    await payBySandboxCard(database.db, operator, id);
    const registration = await approved(id);

    // Inside its renewal window.
    const expiresOn = addDays(commissionToday(new Date()), 30);
    await database.db.licence.update({ where: { id: registration.id }, data: { expiresOn: isoDateToUtc(expiresOn) } });
    const renewal = await startOnLicence(operator, registration.id, "renewal");
    if (!renewal.ok) throw new Error(renewal.reason);
    const draft = await getApplication(operator, renewal.id);
    expect(draft?.answers.registration).toEqual({ category: "charitable_operator", siteCount: 3 });
    expect(draft?.fee).toMatchObject({ feeCents: 210_000, quantity: 3 });
    // The registration's facts are no section: a posted form cannot lower the price.
    await saveSection(operator, renewal.id, "registration", { category: "gaming_supplier", siteCount: "1" });
    expect((await getApplication(operator, renewal.id))?.answers.registration).toEqual({
      category: "charitable_operator",
      siteCount: 3,
    });
    // Someone else cannot renew it.
    const stranger = await newApplicant("stranger");
    expect(await startOnLicence(stranger, registration.id, "renewal")).toEqual({ ok: false, reason: "notFound" });

    await saveSection(operator, renewal.id, "reviewInformation", { informationCorrect: "yes" });
    await saveSection(operator, renewal.id, "questions", questions);
    await saveSection(operator, renewal.id, "declaration", { confirmed: "yes" });
    const [person] = (draft?.answers.associatedPersons?.items ?? []) as { email: string }[];
    expect(person?.email).toBe(operator.email);
    expect(await sendDisclosureRequests(operator, renewal.id, "associatedPersons", "fr")).toMatchObject({ ok: true });
    await saveDisclosure(await disclosureTokenFor(database.db, person?.email ?? ""), disclosureAnswers);
    expect((await getApplication(operator, renewal.id))?.missing).toEqual([]);
    expect(await payFeesAndSubmit(operator, renewal.id, "fr")).toEqual({ ok: true });
    await payBySandboxCard(database.db, operator, renewal.id);
    await approved(renewal.id);
    const renewed = await getLicence(operator, registration.id);
    expect(utcToIsoDate(renewed?.expiresOn ?? new Date(0))).toBe(addYears(expiresOn, 1));
  });
});

describe("the demo data's bingo halls", () => {
  it("are in their renewal window, and renewing their two sites costs 2 × $700", async () => {
    const sophie = demoSession("agent.conseil@example.com");
    const renewal = await startOnLicence(sophie, "13000000-0000-4000-8000-000000000061", "renewal");
    if (!renewal.ok) throw new Error(renewal.reason);
    const draft = await getApplication(sophie, renewal.id);
    expect(draft?.fee).toMatchObject({ quantity: 2, unitCents: 70_000, feeCents: 140_000 });
    expect(draft?.answers.associatedPersons?.items).toEqual([
      expect.objectContaining({ firstName: "Sophie", lastName: "Conseil", role: "officer" }),
    ]);
  });
});

describe("consent to a change of officers, directors or shareholders", () => {
  const bingoRideau = {
    licence: "13000000-0000-4000-8000-000000000061",
    entity: "10000000-0000-4000-8000-000000000006",
  };

  it("changes nothing on file until an officer consents; then the person joining is on file", async () => {
    const sophie = demoSession("agent.conseil@example.com");
    const stranger = await newApplicant("not-bingo");
    expect(await startOnLicence(stranger, bingoRideau.licence, "change")).toEqual({ ok: false, reason: "notFound" });
    const started = await startOnLicence(sophie, bingoRideau.licence, "change");
    if (!started.ok) throw new Error(started.reason);
    const email = "marc.girard@bingorideau.example";
    await saveListItem(sophie, started.id, "newPeople", null, {
      firstName: "Marc",
      lastName: "Girard",
      email,
      role: "director",
    });
    await saveSection(sophie, started.id, "departures", {
      anyoneLeaving: "no",
      effectiveOn: dateBoxes(addDays(commissionToday(new Date()), 20)),
    });
    await saveSection(sophie, started.id, "declaration", { confirmed: "yes" });
    // The person joining discloses first: without it, nothing can be submitted.
    expect((await getApplication(sophie, started.id))?.missing).toContainEqual(
      expect.objectContaining({ type: "disclosure", name: "Marc Girard" }),
    );
    expect(await applyEvent(sophie, started.id, "submit", "applicant")).toEqual({ ok: false, reason: "incomplete" });
    expect(await sendDisclosureRequests(sophie, started.id, "newPeople", "fr")).toMatchObject({ ok: true });
    await saveDisclosure(await disclosureTokenFor(database.db, email), disclosureAnswers);
    expect(await applyEvent(sophie, started.id, "submit", "applicant")).toEqual({ ok: true, status: "submitted" });

    const onFile = () =>
      database.db.entityPerson.findMany({
        where: { entityId: bingoRideau.entity, removedAt: null },
        select: { firstName: true, lastName: true, role: true },
      });
    expect(await onFile()).not.toContainEqual({ firstName: "Marc", lastName: "Girard", role: "director" });
    expect(await decide(officer, started.id, "startReview")).toMatchObject({ ok: true });
    expect(await decide(officer, started.id, "approve")).toMatchObject({ ok: true, status: "approved" });
    expect(await onFile()).toContainEqual({ firstName: "Marc", lastName: "Girard", role: "director" });
    expect(
      await database.db.auditLog.count({ where: { action: "entity.people_updated", subjectId: started.id } }),
    ).toBe(1);
  });

  it("is not for a gaming assistant's registration", async () => {
    const assistant = await newApplicant("assistant-change");
    const entity = await database.db.entity.create({
      data: {
        legalName: "Test Assistant",
        type: "individual",
        personUserId: assistant.id,
        links: { create: { userId: assistant.id, via: "self" } },
      },
    });
    const licence = await database.db.licence.create({
      data: {
        number: "GMA-2026-000777",
        kind: "gaming_registration",
        entityId: entity.id,
        details: [{ label: "registrationCategory", values: [{ term: "gaming_assistant_2" }] }],
        issuedOn: new Date(),
        expiresOn: isoDateToUtc(addDays(commissionToday(new Date()), 200)),
      },
    });
    const started = await startOnLicence(assistant, licence.id, "change");
    if (!started.ok) throw new Error(started.reason);
    expect((await getApplication(assistant, started.id))?.breaches).toEqual([{ rule: "notForAssistants" }]);
  });
});
