import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveSection, startApplication } from "@/lib/applications/commands";
import { startOnLicence } from "@/lib/applications/on-licence";
import { getApplication } from "@/lib/applications/queries";
import { decide } from "@/lib/applications/review";
import { dateBoxes } from "@/lib/applications/fields";
import { listLinkedOrganisations } from "@/lib/entities/queries";
import { getLicence, listMyLicences } from "@/lib/licences/queries";
import { payFeesAndSubmit } from "@/lib/payments/orders";
import type { SessionUser } from "@/lib/auth/session";
import { birthdayIn } from "@/lib/time/birthday";
import { addDays, commissionToday, utcToIsoDate, type IsoDate } from "@/lib/time/commission-date";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demo, demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import { payBySandboxCard, uploadDocumentRow } from "./ready-application";

/**
 * Horse-racing licences end on their holder's birthday: the first one more than the 60-day renewal
 * window away when issued, the same birthday a year on at each renewal (29 February kept in leap
 * years). The holder applies for themself, and renews from the licence without retyping what the
 * Commission knows — nor being able to move the birthday.
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
const address = { line1: "12 Stable Road", city: "Toronto", province: "ON", postalCode: "M9W 5L2" };
const noDisclosure = { criminalRecord: "no", otherJurisdiction: "no", refusedElsewhere: "no" };

/** A date of birth in 1988 (a leap year, so any day exists) whose birthday falls on `birthday`. */
const bornOn = (birthday: IsoDate): IsoDate => `1988${birthday.slice(4)}` as IsoDate;
const expiryOf = async (user: SessionUser, licenceId: string) =>
  utcToIsoDate((await getLicence(user, licenceId))?.expiresOn ?? new Date(0));

/** A complete application of this person, born that day, submitted and awaiting payment. */
async function appliedFor(person: SessionUser, dateOfBirth: IsoDate) {
  const started = await startApplication(person, "horse_racing_new");
  if (!started.ok) throw new Error(started.reason);
  const { id } = started;
  await saveSection(person, id, "personalDetails", {
    dateOfBirth: dateBoxes(dateOfBirth),
    phone: "416-555-0142",
    homeAddress: address,
  });
  await saveSection(person, id, "categories", { trainer: "yes", groom: "yes" });
  await saveSection(person, id, "disclosures", noDisclosure);
  await saveSection(person, id, "declaration", { confirmed: "yes" });
  await uploadDocumentRow(database.db, person, id, "photoId");
  const application = await getApplication(person, id);
  expect(application?.missing).toEqual([]);
  expect(application?.breaches).toEqual([]);
  expect(await payFeesAndSubmit(person, id, "fr")).toEqual({ ok: true });
  return id;
}

/** Paid by card, then reviewed and approved by an officer on the Commission's day `now`. */
async function approved(person: SessionUser, id: string, now = new Date()) {
  await payBySandboxCard(database.db, person, id);
  expect((await getApplication(person, id))?.status).toBe("submitted");
  expect(await decide(officer, id, "startReview", "", now)).toMatchObject({ ok: true });
  const decision = await decide(officer, id, "approve", "", now);
  if (!decision.ok || !decision.licenceId) throw new Error(decision.ok ? "no licence" : decision.reason);
  return decision.licenceId;
}

/** A renewal started on the licence that day, with its sections answered, paid and approved that day. */
async function renewed(person: SessionUser, licenceId: string, now: Date) {
  const started = await startOnLicence(person, licenceId, "renewal", now);
  if (!started.ok) throw new Error(started.reason);
  await saveSection(person, started.id, "reviewInformation", { informationCorrect: "yes" });
  await saveSection(person, started.id, "disclosures", noDisclosure);
  await saveSection(person, started.id, "declaration", { confirmed: "yes" });
  expect(await payFeesAndSubmit(person, started.id, "fr")).toEqual({ ok: true });
  expect(await approved(person, started.id, now)).toBe(licenceId);
  return started.id;
}

/** A new holder's licence issued ten days ago, ending on their birthday 55 days from today: its renewal is open. */
async function licenceInItsWindow(label: string) {
  const person = await newApplicant(label);
  const birthday = addDays(today(), 55);
  const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
  const licenceId = await approved(person, await appliedFor(person, bornOn(birthday)), tenDaysAgo);
  expect(await expiryOf(person, licenceId)).toBe(birthday);
  return { person, licenceId, birthday };
}

/** The first year after this one with no 29 February whose next year has one (2027 from 2026). */
function yearBeforeALeapYear(): number {
  let year = Number(today().slice(0, 4)) + 1;
  while (birthdayIn(year + 1, "1996-02-29") !== `${year + 1}-02-29`) year += 1;
  return year;
}

describe("a horse racing licence", () => {
  it("is issued to the person's own record, paid at the schedule's $50, to end on their birthday 61 days away", async () => {
    const person = await newApplicant("groom");
    const birthday = addDays(today(), 61);
    const id = await appliedFor(person, bornOn(birthday));
    const order = await database.db.order.findUniqueOrThrow({ where: { applicationId: id } });
    expect(order.totalCents).toBe(5_000);
    expect(order.items).toEqual([
      expect.objectContaining({ kind: "horse_racing_licence", quantity: 1, unitCents: 5_000, amountCents: 5_000 }),
    ]);

    const licenceId = await approved(person, id);
    const licence = await getLicence(person, licenceId);
    expect(licence).toMatchObject({ kind: "horse_racing", termYears: 1, premises: null });
    expect(licence?.number).toMatch(/^HRL-\d{4}-\d{6}$/);
    expect(await expiryOf(person, licenceId)).toBe(birthday);
    expect(licence?.details).toEqual([
      { label: "racingCategories", values: [{ term: "racing_trainer" }, { term: "racing_groom" }] },
    ]);
    // Their own record, not a business: on their main menu, never offered as an organisation.
    const holder = await database.db.entity.findUniqueOrThrow({ where: { personUserId: person.id } });
    expect(holder).toMatchObject({ type: "individual", legalName: `${person.firstName} ${person.lastName}` });
    expect(licence?.entity.id).toBe(holder.id);
    expect((await listMyLicences(person)).map((held) => held.id)).toEqual([licenceId]);
    expect(await listLinkedOrganisations(person)).toEqual([]);
  });

  it("skips a birthday only 60 days away, which would fall inside its own renewal window, for the next one", async () => {
    const person = await newApplicant("trainer");
    const birthday = addDays(today(), 60);
    const licenceId = await approved(person, await appliedFor(person, bornOn(birthday)));
    expect(await expiryOf(person, licenceId)).toBe(birthdayIn(Number(birthday.slice(0, 4)) + 1, bornOn(birthday)));
  });

  it("of someone born on 29 February ends on 29 February in a leap year and on the 28th otherwise", async () => {
    const cases: Array<[string, IsoDate]> = [
      ["2027-03-01T17:00:00Z", "2028-02-29"],
      ["2027-12-01T17:00:00Z", "2028-02-29"],
      ["2028-01-15T17:00:00Z", "2029-02-28"],
      ["2028-03-01T17:00:00Z", "2029-02-28"],
    ];
    for (const [approvedAt, expiry] of cases) {
      const person = await newApplicant("leap");
      const licenceId = await approved(person, await appliedFor(person, "1996-02-29"), new Date(approvedAt));
      expect(await expiryOf(person, licenceId), approvedAt).toBe(expiry);
    }
  });

  it("is applied for by the person themself, never for an organisation they are linked to", async () => {
    const marie = demoSession("marie.tremblay@example.com");
    expect(await startApplication(marie, "horse_racing_new", { entityId: demo.cormoran })).toEqual({
      ok: false,
      reason: "entityNotLinked",
    });
  });
});

describe("the renewal of a horse racing licence", () => {
  it("opens 60 days before the birthday, starts pre-filled, and moves the expiry to the birthday a year on", async () => {
    const person = await newApplicant("jockey");
    const birthday = addDays(today(), 61);
    const licenceId = await approved(person, await appliedFor(person, bornOn(birthday)));

    // The window opens tomorrow, 60 days before the birthday.
    expect(await startOnLicence(person, licenceId, "renewal")).toEqual({ ok: false, reason: "notInWindow" });
    const tomorrow = new Date(Date.now() + 86_400_000);
    const started = await startOnLicence(person, licenceId, "renewal", tomorrow);
    expect(started).toMatchObject({ ok: true });
    const id = started.ok ? started.id : "";
    const holder = await database.db.entity.findUniqueOrThrow({ where: { personUserId: person.id } });
    const draft = await getApplication(person, id);
    expect(draft).toMatchObject({ kind: "horse_racing_renewal", entityId: holder.id, licenceId });
    expect(draft?.answers).toEqual({
      onFile: { dateOfBirth: dateBoxes(bornOn(birthday)), categories: { trainer: "yes", groom: "yes" } },
      personalDetails: { phone: "416-555-0142", homeAddress: address },
    });
    expect(draft?.fee).toMatchObject({ quantity: 1, feeCents: 5_000 });

    await saveSection(person, id, "reviewInformation", { informationCorrect: "yes" });
    await saveSection(person, id, "disclosures", noDisclosure);
    await saveSection(person, id, "declaration", { confirmed: "yes" });
    expect((await getApplication(person, id))?.canSubmit).toBe(true);
    expect(await payFeesAndSubmit(person, id, "fr")).toEqual({ ok: true });
    expect(await approved(person, id)).toBe(licenceId);

    const nextYear = birthdayIn(Number(birthday.slice(0, 4)) + 1, bornOn(birthday));
    expect(await expiryOf(person, licenceId)).toBe(nextYear);
    const { fileNumber } = await database.db.application.findUniqueOrThrow({ where: { id } });
    expect(await database.db.licenceStatusEvent.count({ where: { licenceId, reason: `renewed:${fileNumber}` } })).toBe(
      1,
    );
  });

  it("cannot move the birthday: a posted date of birth is dropped, and the answers holding it are no section", async () => {
    const { person, licenceId, birthday } = await licenceInItsWindow("driver");
    const started = await startOnLicence(person, licenceId, "renewal");
    if (!started.ok) throw new Error(started.reason);
    const onFile = (await getApplication(person, started.id))?.answers.onFile;

    const moved = { line1: "3 Paddock Lane", city: "Fort Erie", province: "ON", postalCode: "L2A 5M4" };
    expect(
      await saveSection(person, started.id, "personalDetails", {
        dateOfBirth: dateBoxes("1960-01-01"),
        phone: "905-555-0111",
        homeAddress: moved,
      }),
    ).toEqual({ ok: true, complete: true });
    expect(await saveSection(person, started.id, "onFile", { dateOfBirth: dateBoxes("1960-01-01") })).toEqual({
      ok: false,
      reason: "unknownSection",
    });
    const answers = (await getApplication(person, started.id))?.answers;
    expect(answers?.personalDetails).toEqual({ phone: "905-555-0111", homeAddress: moved });
    expect(answers?.onFile).toEqual(onFile);

    await saveSection(person, started.id, "reviewInformation", { informationCorrect: "yes" });
    await saveSection(person, started.id, "disclosures", noDisclosure);
    await saveSection(person, started.id, "declaration", { confirmed: "yes" });
    expect(await payFeesAndSubmit(person, started.id, "fr")).toEqual({ ok: true });
    await approved(person, started.id);
    expect(await expiryOf(person, licenceId)).toBe(birthdayIn(Number(birthday.slice(0, 4)) + 1, bornOn(birthday)));
  });

  it("of someone born on 29 February goes from the 28th to the 29th in a leap year, and back", async () => {
    const year = yearBeforeALeapYear();
    const person = await newApplicant("leap-renewal");
    const licenceId = await approved(
      person,
      await appliedFor(person, "1996-02-29"),
      new Date(`${year - 1}-12-01T17:00:00Z`),
    );
    expect(await expiryOf(person, licenceId)).toBe(`${year}-02-28`);
    await renewed(person, licenceId, new Date(`${year}-01-15T17:00:00Z`));
    expect(await expiryOf(person, licenceId)).toBe(`${year + 1}-02-29`);
    await renewed(person, licenceId, new Date(`${year + 1}-01-15T17:00:00Z`));
    expect(await expiryOf(person, licenceId)).toBe(`${year + 2}-02-28`);
  });

  it("is nobody else's: another account can neither see the licence nor start, read or change its renewal", async () => {
    const { person, licenceId } = await licenceInItsWindow("owner");
    const stranger = await newApplicant("stranger");
    expect(await getLicence(stranger, licenceId)).toBeNull();
    expect(await startOnLicence(stranger, licenceId, "renewal")).toEqual({ ok: false, reason: "notFound" });

    const started = await startOnLicence(person, licenceId, "renewal");
    if (!started.ok) throw new Error(started.reason);
    expect(await getApplication(stranger, started.id)).toBeNull();
    expect(await saveSection(stranger, started.id, "personalDetails", { phone: "416-555-0000" })).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await payFeesAndSubmit(stranger, started.id, "fr")).toEqual({ ok: false, reason: "notFound" });
    expect(await database.db.application.count({ where: { userId: stranger.id } })).toBe(0);
  });
});
