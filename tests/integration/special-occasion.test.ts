import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveListItem, saveSection, startApplication } from "@/lib/applications/commands";
import { getApplication } from "@/lib/applications/queries";
import { decide } from "@/lib/applications/review";
import { dateBoxes } from "@/lib/applications/fields";
import { listLinkedOrganisations } from "@/lib/entities/queries";
import { getLicence, listMyLicences } from "@/lib/licences/queries";
import { payFeesAndSubmit } from "@/lib/payments/orders";
import type { SessionUser } from "@/lib/auth/session";
import { addDays, commissionToday, type IsoDate } from "@/lib/time/commission-date";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import { payBySandboxCard, uploadDocumentRow } from "./ready-application";

/**
 * Issue 14 §2 end to end in the data layer: a person applies for themselves (no business invented),
 * a private event within every rule is issued the moment it is paid, and a tailgate event waits
 * for an officer.
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

const inDays = (days: number): IsoDate => addDays(commissionToday(new Date()), days);
const place = {
  placeName: "Salle paroissiale Saint-Jean",
  address: { line1: "12, rue de l’Église", city: "Gatineau", province: "QC", postalCode: "J8X 1A1" },
  capacity: "150",
};

/** Starts a permit for the person themselves, fills every section the type asks for, and submits it. */
async function appliedFor(user: SessionUser, eventType: "private" | "tailgate", setting: "indoor" | "outdoor") {
  const started = await startApplication(user, "special_occasion_permit", {
    startAnswers: { eventType, setting, firstDay: dateBoxes(inDays(45)), expectedAttendance: "120" },
  });
  if (!started.ok) throw new Error(started.reason);
  const { id } = started;
  const [day] = (await getApplication(user, id))?.answers.eventDays?.items as { id: string }[];
  await saveListItem(user, id, "eventDays", day?.id ?? null, {
    day: dateBoxes(inDays(45)),
    startTime: "17:00",
    endTime: "23:00",
  });
  await saveListItem(user, id, "eventDays", null, { day: dateBoxes(inDays(46)), startTime: "12:00", endTime: "20:00" });
  await saveSection(user, id, "place", place);
  if (eventType === "private") {
    await saveSection(user, id, "eventClass", { eventClass: "sale", salesMethod: "cash_bar" });
    await saveSection(user, id, "privateEvent", { invitedOnly: "yes" });
  } else {
    await saveSection(user, id, "tailgateEvent", { sportsEvent: "Match des Rouge et Noir" });
    await uploadDocumentRow(database.db, user, id, "boundarySketch");
    await uploadDocumentRow(database.db, user, id, "outdoorNotices");
  }
  await saveSection(user, id, "declaration", { confirmed: "yes" });
  const application = await getApplication(user, id);
  expect(application?.missing).toEqual([]);
  expect(application?.breaches).toEqual([]);
  expect(await payFeesAndSubmit(user, id, "fr")).toEqual({ ok: true });
  return id;
}

describe("a special occasion permit", () => {
  it("for a private event within every rule: priced per day, issued to the person the moment it is paid", async () => {
    const person = await newApplicant("sop");
    const id = await appliedFor(person, "private", "indoor");
    const order = await database.db.order.findUniqueOrThrow({ where: { applicationId: id } });
    // Sale: $150 a day, two days.
    expect(order.totalCents).toBe(30_000);
    expect(order.items).toEqual([
      expect.objectContaining({ kind: "special_occasion_sale", quantity: 2, unitCents: 15_000, amountCents: 30_000 }),
    ]);
    await payBySandboxCard(database.db, person, id);

    const application = await getApplication(person, id);
    expect(application?.status).toBe("approved");
    expect(application?.events.map((event) => event.event)).toEqual([
      "start",
      "payFeesAndSubmit",
      "confirmPayment",
      "issueOnPayment",
    ]);
    const permit = await getLicence(person, application?.licenceId ?? "");
    expect(permit).toMatchObject({ kind: "special_occasion_permit", termYears: null, premises: null });
    expect(permit?.number).toMatch(/^SOP-\d{4}-\d{6}$/);
    expect(permit?.expiresOn.toISOString().slice(0, 10)).toBe(inDays(46));
    // Their own record, not an invented business: on their main menu, never offered as a business.
    const holder = await database.db.entity.findUniqueOrThrow({ where: { personUserId: person.id } });
    expect(holder).toMatchObject({ type: "individual", legalName: `${person.firstName} ${person.lastName}` });
    expect((await listMyLicences(person)).map((licence) => licence.id)).toEqual([permit?.id]);
    expect(await listLinkedOrganisations(person)).toEqual([]);
    const mail = await database.db.emailOutbox.findFirst({
      where: { toAddress: person.email, template: "applicationApproved" },
    });
    expect(mail).not.toBeNull();
  });

  it("for a second event, reuses the person's record", async () => {
    const person = await newApplicant("sop-again");
    await payBySandboxCard(database.db, person, await appliedFor(person, "private", "indoor"));
    await payBySandboxCard(database.db, person, await appliedFor(person, "private", "indoor"));
    expect(await database.db.entity.count({ where: { personUserId: person.id } })).toBe(1);
    expect(await listMyLicences(person)).toHaveLength(2);
  });

  it("for a tailgate event: paid, it waits for an officer, who issues it", async () => {
    const person = await newApplicant("tailgate");
    const id = await appliedFor(person, "tailgate", "outdoor");
    // Tailgate: $150 a day whatever is sold.
    expect((await database.db.order.findUniqueOrThrow({ where: { applicationId: id } })).totalCents).toBe(30_000);
    await payBySandboxCard(database.db, person, id);
    expect((await getApplication(person, id))?.status).toBe("submitted");
    expect(await decide(officer, id, "startReview")).toMatchObject({ ok: true });
    const approved = await decide(officer, id, "approve");
    expect(approved).toMatchObject({ ok: true, status: "approved" });
    expect(await getLicence(person, approved.ok ? (approved.licenceId ?? "") : "")).toMatchObject({
      kind: "special_occasion_permit",
    });
  });

  it("refuses 'Pay fees and submit' once a day moved inside the deadline", async () => {
    const person = await newApplicant("late");
    const started = await startApplication(person, "special_occasion_permit", {
      startAnswers: {
        eventType: "public",
        setting: "indoor",
        firstDay: dateBoxes(inDays(40)),
        expectedAttendance: "80",
      },
    });
    expect(started).toMatchObject({ ok: true });
    const id = started.ok ? started.id : "";
    const [day] = (await getApplication(person, id))?.answers.eventDays?.items as { id: string }[];
    await saveListItem(person, id, "eventDays", day?.id ?? null, {
      day: dateBoxes(inDays(12)),
      startTime: "17:00",
      endTime: "23:00",
    });
    await saveSection(person, id, "eventClass", { eventClass: "no_sale" });
    const application = await getApplication(person, id);
    expect(application?.fee).toMatchObject({ feeCents: 5_000 });
    expect(application?.breaches).toEqual([expect.objectContaining({ rule: "deadline", section: "eventDays" })]);
    expect(application?.canSubmit).toBe(false);
    expect(await payFeesAndSubmit(person, id, "fr")).toEqual({ ok: false, reason: "incomplete" });
  });
});
