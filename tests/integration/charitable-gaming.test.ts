import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyEvent, saveListItem, saveSection, startApplication } from "@/lib/applications/commands";
import { getApplication } from "@/lib/applications/queries";
import { decide, getFileForStaff, listReviewQueue } from "@/lib/applications/review";
import { reportsDue, sendReportReminders, startReport } from "@/lib/applications/reports";
import { dateBoxes } from "@/lib/applications/fields";
import { saveDisclosure, sendDisclosureRequests } from "@/lib/disclosures/requests";
import { getOrder, payFeesAndSubmit } from "@/lib/payments/orders";
import type { SessionUser } from "@/lib/auth/session";
import { addDays, commissionToday, isoDateToUtc, utcToIsoDate, type IsoDate } from "@/lib/time/commission-date";
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
 * Issue 15 §1–2 in the data layer: an organisation's eligibility is submitted without a fee; a
 * lottery licence quoting it (even while it is processed) is paid and submitted, but approved only
 * once the eligibility is, and then goes to the eligible organisation. A number the applicant may
 * not quote stops it; a bingo's letter of credit is asked from $10,000 of prizes.
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

const inDays = (days: number) => addDays(commissionToday(new Date()), days);

/** An eligibility application filled in, its officer's disclosure done, submitted without paying. */
async function submittedEligibility(user: SessionUser): Promise<{ id: string; fileNumber: string }> {
  const started = await startApplication(user, "charitable_gaming_eligibility_new");
  if (!started.ok) throw new Error(started.reason);
  const { id } = started;
  // The applicant discloses themself as an officer: their link to the business outlasts the decision.
  const { email } = user;
  await saveSection(user, id, "organisation", {
    organisationType: "registered_charity",
    charityNumber: "123456789RR0001",
    legalName: `Club Optimiste ${user.lastName}`,
  });
  await saveSection(user, id, "contactDetails", { contactName: "Rose Lavoie", email, phone: "613-555-0199" });
  await saveSection(user, id, "addresses", {
    mailing: address,
    physicalSameAsMailing: "yes",
    businessSameAsMailing: "yes",
  });
  await saveSection(user, id, "purpose", {
    charitablePurpose: "Des repas chauds pour les aînés du quartier.",
    beneficiaries: "Les aînés de la Basse-Ville.",
    yearsActive: "12",
  });
  await saveListItem(user, id, "associatedPersons", null, {
    firstName: "Rose",
    lastName: "Lavoie",
    email,
    role: "officer",
  });
  await saveSection(user, id, "declaration", { confirmed: "yes" });
  await uploadDocumentRow(database.db, user, id, "governingDocuments");
  await uploadDocumentRow(database.db, user, id, "financialStatements");
  expect(await sendDisclosureRequests(user, id, "associatedPersons", "fr")).toMatchObject({ ok: true });
  await saveDisclosure(await disclosureTokenFor(database.db, email), disclosureAnswers);

  const application = await getApplication(user, id);
  expect(application).toMatchObject({ free: true, fee: null, canSubmit: true });
  // Nothing to pay: the payment path has nothing to charge, and "submit" goes straight to the queue.
  expect(await payFeesAndSubmit(user, id, "fr")).toEqual({ ok: false, reason: "noFee" });
  expect(await applyEvent(user, id, "submit", "applicant")).toEqual({ ok: true, status: "submitted" });
  expect(await database.db.order.count({ where: { applicationId: id } })).toBe(0);
  return { id, fileNumber: application?.fileNumber ?? "" };
}

async function lotteryDraft(user: SessionUser, eligibilityNumber: string, type: string, prizes: number) {
  const started = await startApplication(user, "charitable_lottery_licence");
  if (!started.ok) throw new Error(started.reason);
  const { id } = started;
  await saveSection(user, id, "eligibility", { eligibilityNumber });
  await saveSection(user, id, "lottery", { lotteryType: type, ...(type === "raffle" ? { electronic: "no" } : {}) });
  await saveSection(user, id, "dates", { firstDay: dateBoxes(inDays(40)), lastDay: dateBoxes(inDays(70)) });
  await saveSection(user, id, "prizes", { prizeValue: String(prizes), proceedsUse: "Le programme de repas." });
  await saveSection(user, id, "declaration", { confirmed: "yes" });
  return id;
}

async function approve(id: string) {
  expect(await decide(officer, id, "startReview")).toMatchObject({ ok: true });
  return decide(officer, id, "approve");
}

describe("charitable gaming: eligibility, then a raffle licence quoting it", () => {
  it("a raffle quoting an eligibility still processed is paid, held at approval, then issued to the organisation", async () => {
    const club = await newApplicant("club");
    const eligibility = await submittedEligibility(club);

    const raffle = await lotteryDraft(club, eligibility.fileNumber.toLowerCase(), "raffle", 5_050);
    await uploadDocumentRow(database.db, club, raffle, "rulesOfPlay");
    const draft = await getApplication(club, raffle);
    expect(draft?.breaches).toEqual([]);
    expect(draft?.missing).toEqual([]);
    // $3 for each started $100 of prizes: 51 × $3.
    expect(draft?.fee).toMatchObject({ quantity: 51, unitCents: 300, feeCents: 15_300 });
    expect(await payFeesAndSubmit(club, raffle, "fr")).toEqual({ ok: true });
    await payBySandboxCard(database.db, club, raffle);
    expect((await getOrder(club, raffle))?.status).toBe("paid");

    // The officer cannot approve it while the eligibility is processed, and the file says why.
    expect(await approve(raffle)).toEqual({ ok: false, reason: "rulesBroken" });
    expect((await getFileForStaff(officer, raffle))?.approvalBreaches).toEqual([
      { rule: "eligibilityPending", section: "eligibility" },
    ]);

    const eligible = await approve(eligibility.id);
    expect(eligible).toMatchObject({ ok: true, status: "approved" });
    const eligibilityLicence = await database.db.licence.findUniqueOrThrow({
      where: { id: eligible.ok ? (eligible.licenceId ?? "") : "" },
    });
    expect(eligibilityLicence.kind).toBe("charitable_gaming_eligibility");
    expect(eligibilityLicence.number).toMatch(/^CGE-\d{4}-\d{6}$/);

    expect((await getFileForStaff(officer, raffle))?.approvalBreaches).toEqual([]);
    const decided = await decide(officer, raffle, "approve");
    expect(decided).toMatchObject({ ok: true, status: "approved" });
    const licence = await database.db.licence.findUniqueOrThrow({
      where: { id: decided.ok ? (decided.licenceId ?? "") : "" },
    });
    expect(licence).toMatchObject({ kind: "charitable_gaming", entityId: eligibilityLicence.entityId });
    expect(licence.number).toMatch(/^LOT-\d{4}-\d{6}$/);
    expect(utcToIsoDate(licence.expiresOn)).toBe(inDays(70));

    // A later lottery quotes the eligibility number itself.
    const bingo = await lotteryDraft(club, eligibilityLicence.number, "bingo", 2_000);
    expect((await getApplication(club, bingo))?.breaches).toEqual([]);
  });

  it("a number the applicant may not quote stops the lottery licence: a mistype, or another organisation's", async () => {
    const club = await newApplicant("club-a");
    const other = await newApplicant("club-b");
    const eligibility = await submittedEligibility(club);
    for (const number of ["CGE-N-2026-ZZZZZZ", eligibility.fileNumber]) {
      const id = await lotteryDraft(other, number, "raffle", 500);
      const application = await getApplication(other, id);
      expect(application?.breaches).toEqual([{ rule: "eligibilityUnknown", section: "eligibility" }]);
      expect(application?.canSubmit).toBe(false);
      expect(await payFeesAndSubmit(other, id, "fr")).toEqual({ ok: false, reason: "incomplete" });
    }
  });

  it("an eligibility refused stops the lottery licences that quote it", async () => {
    const club = await newApplicant("club-refused");
    const eligibility = await submittedEligibility(club);
    expect(await decide(officer, eligibility.id, "startReview")).toMatchObject({ ok: true });
    expect(await decide(officer, eligibility.id, "refuse", "Les états financiers ne sont pas signés.")).toMatchObject({
      ok: true,
    });
    const id = await lotteryDraft(club, eligibility.fileNumber, "raffle", 500);
    expect((await getApplication(club, id))?.breaches).toEqual([
      { rule: "eligibilityRefused", section: "eligibility" },
    ]);
  });

  it("a bingo asks for its game schedule and signatures, and a letter of credit from $10,000 of prizes", async () => {
    const club = await newApplicant("club-bingo");
    const eligibility = await submittedEligibility(club);
    const requirements = async (prizes: number) => {
      const id = await lotteryDraft(club, eligibility.fileNumber, "bingo", prizes);
      return (await getApplication(club, id))?.requiredDocuments.map((document) => document.id);
    };
    expect(await requirements(9_999)).toEqual(["gameSchedule", "rulesOfPlay", "principalsSignatures"]);
    expect(await requirements(10_000)).toEqual([
      "gameSchedule",
      "rulesOfPlay",
      "principalsSignatures",
      "letterOfCredit",
    ]);
  });

  it("a kind with a fee cannot be submitted without paying", async () => {
    const club = await newApplicant("club-free-ride");
    const eligibility = await submittedEligibility(club);
    const id = await lotteryDraft(club, eligibility.fileNumber, "raffle", 500);
    await uploadDocumentRow(database.db, club, id, "rulesOfPlay");
    expect((await getApplication(club, id))?.canSubmit).toBe(true);
    expect(await applyEvent(club, id, "submit", "applicant")).toEqual({ ok: false, reason: "feeRequired" });
    expect((await getApplication(club, id))?.status).toBe("draft");
  });
});

describe("reports after a lottery licence", () => {
  /** A raffle licence whose last day is `lastDay`, held by a new club its account is linked to. */
  async function raffleLicence(label: string, lastDay: string) {
    const holder = await newApplicant(label);
    const entity = await database.db.entity.create({
      data: {
        legalName: `Club ${label}`,
        type: "non_profit",
        links: { create: { userId: holder.id, via: "access_code" } },
      },
    });
    const licence = await database.db.licence.create({
      data: {
        number: `LOT-2026-${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}`,
        kind: "charitable_gaming",
        entityId: entity.id,
        issuedOn: isoDateToUtc(addDays(lastDay as IsoDate, -60)),
        expiresOn: isoDateToUtc(lastDay as IsoDate),
      },
    });
    return { holder, licence };
  }

  const results = { grossReceipts: "12000", prizesPaid: "5000", expenses: "1500" };

  it("the post-event report is due 30 days after the last day, overdue after, and filed once submitted", async () => {
    const lastDay = inDays(-10);
    const { holder, licence } = await raffleLicence("report-due", lastDay);
    const at = (day: string) => new Date(`${day}T17:00:00Z`);
    const state = async (day: string) => (await reportsDue([licence], at(day)))[0]?.due;
    expect(await state(addDays(lastDay, -1))).toEqual({ state: "notYet", dueOn: addDays(lastDay, 30) });
    expect(await state(addDays(lastDay, 30))).toEqual({ state: "due", dueOn: addDays(lastDay, 30), daysLeft: 0 });
    expect(await state(addDays(lastDay, 33))).toEqual({ state: "overdue", dueOn: addDays(lastDay, 30), daysLate: 3 });

    const started = await startReport(holder, licence.id, "lottery_post_event_report");
    if (!started.ok) throw new Error(started.reason);
    expect(await startReport(holder, licence.id, "lottery_post_event_report")).toEqual(started);
    await saveSection(holder, started.id, "attendance", { attendance: "240" });
    await saveSection(holder, started.id, "results", { ...results, netProceeds: "6000" });
    await saveSection(holder, started.id, "proceeds", { proceedsUse: "Des repas pour les aînés." });
    await saveSection(holder, started.id, "declaration", { confirmed: "yes" });
    // 12,000 − 5,000 − 1,500 is 5,500, not 6,000.
    expect((await getApplication(holder, started.id))?.breaches).toEqual([
      { rule: "netDoesNotAddUp", section: "results", values: { expected: 5_500 } },
    ]);
    expect(await applyEvent(holder, started.id, "submit", "applicant")).toEqual({ ok: false, reason: "incomplete" });
    await saveSection(holder, started.id, "results", { ...results, netProceeds: "5500" });
    expect(await applyEvent(holder, started.id, "submit", "applicant")).toEqual({ ok: true, status: "submitted" });
    expect(await state(addDays(lastDay, 33))).toEqual({ state: "filed" });
    // Filed once: the post-event report cannot be started again, whatever the page offers.
    expect(await startReport(holder, licence.id, "lottery_post_event_report")).toEqual({
      ok: false,
      reason: "alreadyFiled",
    });

    // Staff see it in their queue, and accepting it changes nothing on the licence.
    expect((await listReviewQueue(officer, { sector: "lotteryGaming" }))?.rows.map((row) => row.id)).toContain(
      started.id,
    );
    expect(await approve(started.id)).toMatchObject({ ok: true, status: "approved", licenceId: licence.id });
    expect(await database.db.licence.findUniqueOrThrow({ where: { id: licence.id } })).toMatchObject({
      status: "active",
      expiresOn: licence.expiresOn,
    });
  });

  it("an incident report goes straight to the officers' queue; nobody else files on the licence", async () => {
    const { holder, licence } = await raffleLicence("incident", inDays(5));
    const stranger = await newApplicant("incident-stranger");
    expect(await startReport(stranger, licence.id, "lottery_incident_report")).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await startReport(holder, licence.id, "liquor_sales_renewal")).toEqual({ ok: false, reason: "notFound" });
    const started = await startReport(holder, licence.id, "lottery_incident_report");
    if (!started.ok) throw new Error(started.reason);
    await saveSection(holder, started.id, "incident", {
      occurredOn: dateBoxes(inDays(-1)),
      place: "Salle paroissiale",
      description: "Un joueur a tenté de réclamer un prix avec une carte modifiée.",
    });
    await saveSection(holder, started.id, "notified", { policeNotified: "yes", whoWasTold: "Le gérant de la salle." });
    await saveSection(holder, started.id, "declaration", { confirmed: "yes" });
    expect(await applyEvent(holder, started.id, "submit", "applicant")).toEqual({ ok: true, status: "submitted" });
    const file = await getFileForStaff(officer, started.id);
    expect(file).toMatchObject({ type: "report", status: "submitted", licenceId: licence.id });
  });
});

describe("report reminders", () => {
  it("e-mail the holder a week before the post-event report is due, once more when overdue, and never twice", async () => {
    const holder = await newApplicant("reminded");
    const entity = await database.db.entity.create({
      data: {
        legalName: "Club rappel",
        type: "non_profit",
        links: { create: { userId: holder.id, via: "access_code" } },
      },
    });
    const lastDay = inDays(-25);
    const licence = await database.db.licence.create({
      data: {
        number: "LOT-2026-424242",
        kind: "charitable_gaming",
        entityId: entity.id,
        issuedOn: isoDateToUtc(addDays(lastDay, -30)),
        expiresOn: isoDateToUtc(lastDay),
      },
    });
    const mails = () =>
      database.db.emailOutbox.findMany({ where: { toAddress: holder.email, template: "reportReminder" } });
    const at = (day: string) => new Date(`${day}T17:00:00Z`);

    // 20 days before it is due: nothing yet. Six days before: the first reminder, once.
    await sendReportReminders(at(addDays(lastDay, 10)));
    expect(await mails()).toHaveLength(0);
    await sendReportReminders(at(addDays(lastDay, 24)));
    await sendReportReminders(at(addDays(lastDay, 25)));
    expect(await mails()).toHaveLength(1);
    // Overdue: the second reminder, in the holder's language, with the days late.
    await sendReportReminders(at(addDays(lastDay, 33)));
    await sendReportReminders(at(addDays(lastDay, 34)));
    const sent = await mails();
    expect(sent).toHaveLength(2);
    expect(sent[1]?.subject).toContain("en retard");
    expect(sent[1]?.textBody).toContain("3 jours de retard");
    expect(sent[1]?.textBody).toContain(`/fr/licences/${licence.id}#reports-title`);
  });
});

describe("the demo data's Club Richelieu", () => {
  it("is late with its raffle's post-event report", async () => {
    const licence = await database.db.licence.findUniqueOrThrow({ where: { number: "LOT-2026-000902" } });
    expect(await reportsDue([licence])).toEqual([
      {
        licenceId: licence.id,
        number: "LOT-2026-000902",
        kindId: "lottery_post_event_report",
        due: { state: "overdue", dueOn: inDays(-10), daysLate: 10 },
      },
    ]);
  });
});
