import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getApplication, type ApplicationView } from "@/lib/applications/queries";
import { applicationStatuses, QUEUE_STATUSES } from "@/lib/applications/status";
import { saveSection } from "@/lib/applications/commands";
import {
  addInternalNote,
  answerInformationRequest,
  assignApplication,
  decide,
  getFileForStaff,
  listReviewQueue,
} from "@/lib/applications/review";
import { startOnLicence } from "@/lib/applications/on-licence";
import { saveDisclosure, sendDisclosureRequests } from "@/lib/disclosures/requests";
import { listLinkedEntities } from "@/lib/entities/queries";
import { getLicence, verifyLicenceNumber } from "@/lib/licences/queries";
import { expireLicences } from "@/lib/licences/jobs";
import { payFeesAndSubmit } from "@/lib/payments/orders";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demo, demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import { applicationAwaitingPayment, completeForms, disclosureAnswers, payBySandboxCard } from "./ready-application";

let database: TestDatabase;
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");
const sophie = demoSession("agent.conseil@example.com");
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

async function submittedNewApplication(): Promise<string> {
  const id = await applicationAwaitingPayment(database.db, marie);
  await payBySandboxCard(database.db, marie, id);
  return id;
}

/** Every disclosure request of a renewal, completed through its e-mailed link. */
async function completeDisclosures(application: ApplicationView) {
  for (const disclosure of application.disclosures) {
    const message = await database.db.emailOutbox.findFirstOrThrow({
      where: { toAddress: disclosure.email, template: "disclosureRequest" },
      orderBy: { createdAt: "desc" },
    });
    const token = /\/disclosures\/([A-Za-z0-9_-]{43})/.exec(message.textBody)?.[1] ?? "";
    expect(await saveDisclosure(token, disclosureAnswers)).toMatchObject({ ok: true });
  }
}

describe("renewal", () => {
  it("is refused before the window and after expiry, and for a licence of another entity", async () => {
    expect(await startOnLicence(marie, demo.cormoranActiveLicence, "renewal")).toEqual({
      ok: false,
      reason: "notInWindow",
    });
    expect(await startOnLicence(john, demo.harbourExpiredLicence, "renewal")).toEqual({ ok: false, reason: "expired" });
    expect(await startOnLicence(john, demo.cormoranExpiringLicence, "renewal")).toEqual({
      ok: false,
      reason: "notFound",
    });
  });

  it("starts pre-filled from the licence's people, once, even when two linked people start it at the same time", async () => {
    // Sophie is linked to Cormoran too, for this test.
    await database.db.accountLink.create({ data: { userId: sophie.id, entityId: demo.cormoran, via: "access_code" } });
    const [first, second] = await Promise.all([
      startOnLicence(marie, demo.cormoranExpiringLicence, "renewal"),
      startOnLicence(sophie, demo.cormoranExpiringLicence, "renewal"),
    ]);
    const started = [first, second].filter((result) => result.ok);
    expect(started).toHaveLength(1);
    expect([first, second].filter((result) => !result.ok)).toEqual([{ ok: false, reason: "inProgress" }]);
    expect(
      await database.db.application.count({ where: { licenceId: demo.cormoranExpiringLicence, type: "renewal" } }),
    ).toBe(1);
    const id = started[0]?.ok ? started[0].id : "";
    const owner =
      (await database.db.application.findUniqueOrThrow({ where: { id } })).userId === marie.id ? marie : sophie;
    expect(await startOnLicence(owner, demo.cormoranExpiringLicence, "renewal")).toEqual({ ok: true, id });
    const application = await getApplication(owner, id);
    // One item per person (Marie is officer and shareholder), with what the Commission knows.
    expect(application?.answers.associatedPersons).toMatchObject({
      items: [
        { firstName: "Luc", lastName: "Gagnon", email: "luc.gagnon@example.com", role: "director", sharePercent: "40" },
        {
          firstName: "Marie",
          lastName: "Tremblay",
          email: "marie.tremblay@example.com",
          role: "officer",
          sharePercent: "60",
        },
      ],
    });
    expect(application?.answers.term).toEqual({ termYears: "2" });
    await database.db.accountLink.deleteMany({ where: { userId: sophie.id, entityId: demo.cormoran } });
    if (owner.id !== marie.id) await database.db.application.update({ where: { id }, data: { userId: marie.id } });
  });

  it("cannot be submitted until every disclosure is completed; paid on time, it keeps the licence active; approved, it extends it", async () => {
    const started = await startOnLicence(marie, demo.cormoranExpiringLicence, "renewal");
    const id = started.ok ? started.id : "";
    await saveSection(marie, id, "reviewInformation", { informationCorrect: "yes" });
    await saveSection(marie, id, "questions", completeForms.questions ?? {});
    expect(await sendDisclosureRequests(marie, id, "associatedPersons", "fr")).toEqual({ ok: true, sent: 2 });
    let application = await getApplication(marie, id);
    expect(application?.missing.map((item) => item.type)).toEqual(["disclosure", "disclosure"]);
    expect(await payFeesAndSubmit(marie, id, "fr")).toEqual({ ok: false, reason: "incomplete" });

    await completeDisclosures(application as ApplicationView);
    application = await getApplication(marie, id);
    expect(application?.missing).toEqual([]);
    expect(application?.fee).toMatchObject({ years: 2, feeCents: 95_500 });
    expect(await payFeesAndSubmit(marie, id, "fr")).toEqual({ ok: true });
    await payBySandboxCard(database.db, marie, id);
    expect((await getApplication(marie, id))?.status).toBe("submitted");

    // The day after the expiry date: the renewal was paid on time, so the licence stays active.
    const before = await database.db.licence.findUniqueOrThrow({ where: { id: demo.cormoranExpiringLicence } });
    const dayAfterExpiry = new Date(before.expiresOn.getTime() + 36 * 60 * 60 * 1000);
    await expireLicences(dayAfterExpiry);
    expect((await database.db.licence.findUniqueOrThrow({ where: { id: demo.cormoranExpiringLicence } })).status).toBe(
      "active",
    );
    // …and so it reads everywhere, the public check included, even past the date on the licence.
    expect(await verifyLicenceNumber(before.number)).toMatchObject({ status: "active", renewalUnderReview: true });

    expect(await decide(officer, id, "startReview")).toEqual({ ok: true, status: "under_review" });
    expect(await decide(officer, id, "requestInformation", "Merci de préciser la date du départ de Mme Côté.")).toEqual(
      { ok: true, status: "information_requested" },
    );
    expect(await answerInformationRequest(marie, id, "Elle est partie le 1er novembre.")).toEqual({ ok: true });
    expect(await decide(officer, id, "approve")).toMatchObject({
      ok: true,
      status: "approved",
      licenceId: demo.cormoranExpiringLicence,
    });

    const after = await database.db.licence.findUniqueOrThrow({ where: { id: demo.cormoranExpiringLicence } });
    const expected = new Date(before.expiresOn);
    expected.setUTCFullYear(expected.getUTCFullYear() + 2);
    expect(after.expiresOn.toISOString()).toBe(expected.toISOString());
    expect(after.status).toBe("active");
    const events = (await getApplication(marie, id))?.events.map((event) => event.status);
    expect(events).toEqual([
      "draft",
      "awaiting_payment",
      "submitted",
      "under_review",
      "information_requested",
      "under_review",
      "approved",
    ]);
    expect(
      await database.db.emailOutbox.count({
        where: { toAddress: marie.email, template: { in: ["informationRequested", "applicationApproved"] } },
      }),
    ).toBeGreaterThanOrEqual(2);
  });
});

describe("the staff review", () => {
  it("counts a file as waiting exactly while its status is a queue status, and the default queue lists those, oldest first", async () => {
    const oldest = new Date(Date.UTC(2001, 0, 1));
    for (const status of applicationStatuses) {
      const { waiting } = await database.db.application.create({
        data: { fileNumber: `WAIT-${status}`, kind: "liquor_sales_new", type: "new", status, userId: marie.id },
        select: { waiting: true },
      });
      expect(waiting, status).toBe(QUEUE_STATUSES.some((queued) => queued === status));
    }
    await database.db.application.updateMany({
      where: { fileNumber: { startsWith: "WAIT-" } },
      data: { submittedAt: oldest },
    });
    const first = async () =>
      ((await listReviewQueue(officer, {}))?.rows ?? []).filter(
        (row) => row.submittedAt?.getTime() === oldest.getTime(),
      );
    expect((await first()).map((row) => row.fileNumber).sort()).toEqual(
      QUEUE_STATUSES.map((status) => `WAIT-${status}`).sort(),
    );
    // The database keeps it in step with the status: a decided file leaves the queue.
    await database.db.application.update({ where: { fileNumber: "WAIT-submitted" }, data: { status: "approved" } });
    expect((await first()).map((row) => row.fileNumber)).not.toContain("WAIT-submitted");
  });

  it("finds files by number, business or applicant, in any case, even when very many people share the name", async () => {
    const id = await submittedNewApplication();
    const filed = await database.db.application.findFirstOrThrow({
      where: { status: { in: ["submitted", "under_review", "information_requested"] }, entityId: { not: null } },
      select: { id: true, fileNumber: true, entity: { select: { legalName: true } } },
    });
    const found = async (search: string) => (await listReviewQueue(officer, { search }))?.rows.map((row) => row.id);
    expect(await found(marie.lastName.toUpperCase())).toContain(id);
    expect(await found(marie.firstName.slice(1).toLowerCase())).toContain(id);
    expect(await found(filed.fileNumber.slice(-6).toLowerCase())).toEqual([filed.id]);
    expect(await found(filed.entity?.legalName.slice(1, 9) ?? "")).toContain(filed.id);
    expect(await found("zzqx no such name")).toEqual([]);
    // More people share the name than the search lists by id: it filters through the joins instead,
    // and finds the same file.
    await database.db.user.createMany({
      data: Array.from({ length: 1001 }, (_, index) => ({
        email: `homonym.${index}@example.com`,
        passwordHash: "-",
        firstName: "Homonym",
        lastName: marie.lastName,
      })),
    });
    expect(await found(marie.lastName.toUpperCase())).toContain(id);
    expect(await found(filed.entity?.legalName.slice(1, 9) ?? "")).toContain(filed.id);
  });

  it("issues a licence to the applicant's new entity on approval, with the term chosen", async () => {
    const id = await submittedNewApplication();
    const queue = await listReviewQueue(officer, { search: (await getApplication(marie, id))?.fileNumber });
    expect(queue?.rows.map((row) => row.id)).toEqual([id]);
    // LIKE's wildcards in a search find only themselves, not every file.
    expect((await listReviewQueue(officer, { search: "%" }))?.total).toBe(0);
    expect(await decide(officer, id, "approve")).toEqual({ ok: false, reason: "notAllowedFromStatus" });
    expect(await decide(officer, id, "startReview")).toMatchObject({ ok: true });
    const approved = await decide(officer, id, "approve");
    expect(approved).toMatchObject({ ok: true, status: "approved" });
    const licenceId = approved.ok ? (approved.licenceId ?? "") : "";
    // Marie applied for Camille's business as its agent: her link ends with the decision (SPEC §4),
    // and the licence is the business's, reached by its people on file (tests/integration/people-on-file).
    expect(await getLicence(marie, licenceId)).toBeNull();
    const licence = await database.db.licence.findUnique({
      where: { id: licenceId },
      include: { entity: true, premises: { include: { areas: true } } },
    });
    expect(licence).toMatchObject({
      kind: "liquor_sales",
      status: "active",
      termYears: 2,
      premises: { name: "Chez Camille", areas: [{ name: "Salle", capacity: 40, indoor: true }] },
    });
    expect(licence?.number).toMatch(/^LSL-\d{4}-\d{6}$/);
    expect((await listLinkedEntities(marie)).some((link) => link.entity.id === licence?.entity.id)).toBe(false);
  });

  it("refuses with reasons the applicant reads, and a refused application issues nothing", async () => {
    const id = await submittedNewApplication();
    await decide(officer, id, "startReview");
    expect(await decide(officer, id, "refuse", "")).toEqual({ ok: false, reason: "messageRequired" });
    expect(await decide(officer, id, "refuse", "Le plan d'étage ne correspond pas aux aires demandées.")).toEqual({
      ok: true,
      status: "refused",
    });
    const application = await database.db.application.findUniqueOrThrow({
      where: { id },
      select: { licenceId: true, entityId: true },
    });
    expect(application.licenceId).toBeNull();
    expect(await database.db.licence.count({ where: { entityId: application.entityId ?? "" } })).toBe(0);
    expect((await getApplication(marie, id))?.events.at(-1)?.note).toContain("plan d'étage");
    // The link the submission gave ends with the refusal.
    expect((await listLinkedEntities(marie)).some((link) => link.entity.id === application.entityId)).toBe(false);
  });

  it("is out of reach of applicants and of staff without the permission", async () => {
    const id = await submittedNewApplication();
    for (const outsider of [marie, john, service]) {
      expect(await listReviewQueue(outsider, {})).toBeNull();
      expect(await getFileForStaff(outsider, id)).toBeNull();
      expect(await decide(outsider, id, "startReview")).toEqual({ ok: false, reason: "notFound" });
      expect(await addInternalNote(outsider, id, "note")).toEqual({ ok: false, reason: "notFound" });
      expect(await assignApplication(outsider, id, officer.id)).toBe(false);
    }
    expect((await getApplication(marie, id))?.status).toBe("submitted");
    // Only its owner answers a request for information.
    await decide(officer, id, "startReview");
    await decide(officer, id, "requestInformation", "Précisez la capacité de la terrasse.");
    expect(await answerInformationRequest(john, id, "réponse")).toEqual({ ok: false, reason: "notFound" });
  });

  it("keeps internal notes away from the applicant's pages and e-mails", async () => {
    const id = await submittedNewApplication();
    expect(await addInternalNote(officer, id, "SECRET-NOTE-7f3a: vérifier le casier de l'associé")).toEqual({
      ok: true,
    });
    await decide(officer, id, "startReview");
    await decide(officer, id, "requestInformation", "Envoyez le bail de l'établissement.");
    await decide(officer, id, "refuse", "Bail non fourni.").catch(() => undefined);
    expect((await getFileForStaff(officer, id))?.notes.map((note) => note.body)).toEqual([
      "SECRET-NOTE-7f3a: vérifier le casier de l'associé",
    ]);
    expect(JSON.stringify(await getApplication(marie, id))).not.toContain("SECRET-NOTE-7f3a");
    const emails = await database.db.emailOutbox.findMany({ where: { toAddress: marie.email } });
    expect(emails.length).toBeGreaterThan(0);
    for (const email of emails)
      expect(`${email.subject}${email.textBody}${email.htmlBody}`).not.toContain("SECRET-NOTE-7f3a");
  });
});
