import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveListItem, saveSection, startApplication } from "@/lib/applications/commands";
import { startOnLicence } from "@/lib/applications/on-licence";
import { getApplication } from "@/lib/applications/queries";
import { decide } from "@/lib/applications/review";
import { saveDisclosure, sendDisclosureRequests } from "@/lib/disclosures/requests";
import { getLicence, listMyLicences } from "@/lib/licences/queries";
import { payFeesAndSubmit } from "@/lib/payments/orders";
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
 * A business registers one site as a lottery retailer: it cannot submit without its signed retailer
 * agreement; approved, it holds a one-year registration at that site, which it renews for a year
 * from the registration, its people and contact details pre-filled.
 */
let database: TestDatabase;
const officer = demoSession("officer@example.com");

beforeAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

const today = () => commissionToday(new Date());
const site = { line1: "88 Rideau Street", city: "Ottawa", province: "ON", postalCode: "K1N 5W8" };
let retailers = 0;

/** Completes the disclosure of the person e-mailed at this address. */
async function discloses(email: string) {
  expect(await saveDisclosure(await disclosureTokenFor(database.db, email), disclosureAnswers)).toEqual({
    ok: true,
    completed: true,
  });
}

/** A new corner store's application with every answer and disclosure done, but no document uploaded. */
async function answeredApplication(user: SessionUser) {
  retailers += 1;
  // The applicant discloses themself as an officer: their link to the business outlasts the decision.
  const { email } = user;
  const started = await startApplication(user, "lottery_retailer_new");
  if (!started.ok) throw new Error(started.reason);
  const { id } = started;
  await saveSection(user, id, "applicantType", { applicantType: "corporation" });
  await saveSection(user, id, "applicantDetails", { legalName: `Dépanneur Lafleur ${retailers} inc.` });
  await saveSection(user, id, "contactDetails", { contactName: "Hélène Lafleur", email, phone: "613-555-0150" });
  await saveSection(user, id, "addresses", {
    mailing: address,
    physicalSameAsMailing: "yes",
    businessSameAsMailing: "yes",
  });
  await saveListItem(user, id, "associatedPersons", null, {
    firstName: "Hélène",
    lastName: "Lafleur",
    email,
    role: "officer",
  });
  await saveSection(user, id, "siteDetails", { siteName: "Dépanneur Lafleur", storeType: "convenience" });
  await saveSection(user, id, "siteAddress", { siteAddress: site });
  await saveSection(user, id, "declaration", { confirmed: "yes" });
  expect(await sendDisclosureRequests(user, id, "associatedPersons", "fr")).toEqual({ ok: true, sent: 1 });
  await discloses(email);
  return { id, email };
}

/** Paid by card, then reviewed and approved by an officer. */
async function approved(user: SessionUser, id: string) {
  expect(await payFeesAndSubmit(user, id, "fr")).toEqual({ ok: true });
  await payBySandboxCard(database.db, user, id);
  expect(await decide(officer, id, "startReview")).toMatchObject({ ok: true });
  const decision = await decide(officer, id, "approve");
  if (!decision.ok || !decision.licenceId) throw new Error(decision.ok ? "no licence" : decision.reason);
  return decision.licenceId;
}

describe("a lottery retailer registration", () => {
  it("cannot be submitted until the signed retailer agreement is uploaded", async () => {
    const user = await newApplicant("retailer");
    const { id } = await answeredApplication(user);
    let application = await getApplication(user, id);
    expect(application?.missing).toEqual([
      { type: "section", section: "documents" },
      { type: "document", section: "documents", requirement: "retailerAgreement" },
    ]);
    expect(application?.canSubmit).toBe(false);
    expect(await payFeesAndSubmit(user, id, "fr")).toEqual({ ok: false, reason: "incomplete" });

    await uploadDocumentRow(database.db, user, id, "retailerAgreement");
    application = await getApplication(user, id);
    expect(application?.missing).toEqual([]);
    expect(application?.canSubmit).toBe(true);
    expect(application?.fee).toMatchObject({ quantity: 1, unitCents: 10_000, feeCents: 10_000 });
  });

  it("approved, registers the new business for one year at its site", async () => {
    const user = await newApplicant("retailer");
    const { id } = await answeredApplication(user);
    await uploadDocumentRow(database.db, user, id, "retailerAgreement");
    const licenceId = await approved(user, id);

    const registration = await getLicence(user, licenceId);
    expect(registration).toMatchObject({
      kind: "lottery_retailer",
      termYears: 1,
      premises: { name: "Dépanneur Lafleur", address: site, areas: [] },
      details: [{ label: "storeType", values: [{ term: "store_convenience" }] }],
      entity: { legalName: expect.stringMatching(/^Dépanneur Lafleur \d+ inc\.$/) },
    });
    expect(registration?.number).toMatch(/^LRR-\d{4}-\d{6}$/);
    expect(utcToIsoDate(registration?.expiresOn ?? new Date(0))).toBe(addYears(today(), 1));
    const holder = await database.db.entity.findUniqueOrThrow({ where: { id: registration?.entity.id ?? "" } });
    expect(holder.type).toBe("corporation");
    expect((await listMyLicences(user)).map((held) => held.id)).toEqual([licenceId]);
  });
});

describe("the renewal of a lottery retailer registration", () => {
  it("opens in the last 60 days, starts from the people and contact details, and extends the registration a year", async () => {
    const user = await newApplicant("retailer");
    const { id: first, email } = await answeredApplication(user);
    await uploadDocumentRow(database.db, user, first, "retailerAgreement");
    const licenceId = await approved(user, first);
    expect(await startOnLicence(user, licenceId, "renewal")).toEqual({ ok: false, reason: "notInWindow" });

    const expiresOn = addDays(today(), 30);
    await database.db.licence.update({ where: { id: licenceId }, data: { expiresOn: isoDateToUtc(expiresOn) } });
    const started = await startOnLicence(user, licenceId, "renewal");
    if (!started.ok) throw new Error(started.reason);
    const { id } = started;
    const draft = await getApplication(user, id);
    expect(draft?.kind).toBe("lottery_retailer_renewal");
    expect(draft?.answers.contactDetails).toEqual({ contactName: "Hélène Lafleur", email, phone: "613-555-0150" });
    expect(draft?.answers.associatedPersons).toEqual({
      items: [{ id: expect.any(String), firstName: "Hélène", lastName: "Lafleur", email, role: "officer" }],
    });
    expect(draft?.fee).toMatchObject({ quantity: 1, feeCents: 10_000 });

    await saveSection(user, id, "reviewInformation", { informationCorrect: "yes" });
    await saveSection(user, id, "declaration", { confirmed: "yes" });
    // Each person discloses again for the renewal.
    expect((await getApplication(user, id))?.canSubmit).toBe(false);
    expect(await sendDisclosureRequests(user, id, "associatedPersons", "fr")).toEqual({ ok: true, sent: 1 });
    await discloses(email);
    expect((await getApplication(user, id))?.canSubmit).toBe(true);

    expect(await approved(user, id)).toBe(licenceId);
    expect(utcToIsoDate((await getLicence(user, licenceId))?.expiresOn ?? new Date(0))).toBe(addYears(expiresOn, 1));
  });

  it("is started only by an account that holds the registration", async () => {
    const user = await newApplicant("retailer");
    const stranger = await newApplicant("stranger");
    const { id } = await answeredApplication(user);
    await uploadDocumentRow(database.db, user, id, "retailerAgreement");
    const licenceId = await approved(user, id);
    await database.db.licence.update({
      where: { id: licenceId },
      data: { expiresOn: isoDateToUtc(addDays(today(), 30)) },
    });
    expect(await getLicence(stranger, licenceId)).toBeNull();
    expect(await startOnLicence(stranger, licenceId, "renewal")).toEqual({ ok: false, reason: "notFound" });
    expect(await database.db.application.count({ where: { userId: stranger.id } })).toBe(0);
  });
});
