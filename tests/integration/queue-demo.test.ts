import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationKinds } from "@/lib/applications/registry";
import { missingItems, requiredDocuments, type ApplicationFacts, type SavedAnswers } from "@/lib/applications/engine";
import { applicationStatuses, QUEUE_STATUSES } from "@/lib/applications/status";
import { listReviewers, listReviewQueue } from "@/lib/applications/review";
import { openDisclosure } from "@/lib/disclosures/requests";
import { addDays, commissionToday, utcToIsoDate } from "@/lib/time/commission-date";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { queueDemoApplicationIds, queueDemoOfficers } from "@/prisma/seed/queue-demo";
import { demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/**
 * The review queue's demo data (prisma/seed/queue-demo.ts), loaded by the seed on a fresh database:
 * files in every state across several officers, each as the portal itself would have left it.
 */
const now = new Date("2026-11-26T15:00:00Z");
let database: TestDatabase;

const officer = demoSession("officer@example.com");
const officers = [officer, ...queueDemoOfficers.map((user) => demoSession(user.email))];

function demoFiles() {
  return database.db.application.findMany({
    where: { id: { in: queueDemoApplicationIds } },
    orderBy: { id: "asc" },
    include: {
      events: { orderBy: { occurredAt: "asc" } },
      notes: { orderBy: { id: "asc" } },
      disclosures: { orderBy: { id: "asc" } },
      documents: true,
      order: { include: { payments: { orderBy: { id: "asc" } } } },
      licence: { include: { statusEvents: { orderBy: { occurredAt: "asc" } }, reminders: true } },
    },
  });
}

async function snapshot() {
  const db = database.db;
  const byId = { orderBy: { id: "asc" } } as const;
  return {
    files: await demoFiles(),
    users: await db.user.findMany(byId),
    entities: await db.entity.findMany(byId),
    people: await db.entityPerson.findMany(byId),
    premises: await db.premises.findMany(byId),
    areas: await db.licensedArea.findMany(byId),
    licences: await db.licence.findMany(byId),
    links: await db.accountLink.findMany(byId),
  };
}

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db, now);
});
afterAll(async () => {
  await database.close();
});

describe("the review queue's demo data", () => {
  it("has files in every state, of several kinds", async () => {
    const files = await demoFiles();
    expect(files).toHaveLength(queueDemoApplicationIds.length);
    expect(new Set(files.map((file) => file.status))).toEqual(new Set(applicationStatuses));
    expect(new Set(files.map((file) => file.kind)).size).toBeGreaterThanOrEqual(5);
    // Dates counted back from the seed's day: started within the last 100 days, none in the future.
    const today = commissionToday(now);
    for (const file of files) {
      expect(utcToIsoDate(file.createdAt) >= addDays(today, -100)).toBe(true);
      expect(file.updatedAt.getTime()).toBeLessThan(now.getTime());
    }
  });

  it("shares the queue among at least three officers, and leaves some files unassigned", async () => {
    const files = await demoFiles();
    const inQueue = files.filter((file) => (QUEUE_STATUSES as readonly string[]).includes(file.status));
    const assignees = new Set(inQueue.flatMap((file) => (file.assignedToId ? [file.assignedToId] : [])));
    expect(assignees.size).toBeGreaterThanOrEqual(3);
    expect(inQueue.filter((file) => file.assignedToId === null).length).toBeGreaterThanOrEqual(3);
    // Every assignee is an officer the file can be assigned to.
    const reviewers = new Set((await listReviewers(officer)).map((reviewer) => reviewer.id));
    for (const id of assignees) expect(reviewers.has(id)).toBe(true);
    // A file under review, waiting for information or decided is assigned to the officer who started its review.
    for (const file of files.filter((candidate) => candidate.events.some((event) => event.event === "startReview"))) {
      expect(file.events.find((event) => event.event === "startReview")?.actorId).toBe(file.assignedToId);
    }
  });

  it("lists each officer's files in their queue, and the decided ones under their status", async () => {
    const files = await demoFiles();
    for (const staff of officers) {
      const mine = await listReviewQueue(staff, { mine: true }, now);
      const expected = files.filter(
        (file) => file.assignedToId === staff.id && (QUEUE_STATUSES as readonly string[]).includes(file.status),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(mine?.rows.map((row) => row.id).sort()).toEqual(expected.map((file) => file.id).sort());
    }
    for (const status of ["approved", "refused", "withdrawn"] as const) {
      const listed = (await listReviewQueue(officer, { status }, now))?.rows.map((row) => row.id) ?? [];
      for (const file of files.filter((candidate) => candidate.status === status)) expect(listed).toContain(file.id);
    }
  });

  it("filters the queue by assignee: one reviewer's files, or nobody's; a tampered value filters nothing", async () => {
    const files = await demoFiles();
    const inQueue = (file: (typeof files)[number]) => (QUEUE_STATUSES as readonly string[]).includes(file.status);
    const okafor = demoSession("daniel.okafor@example.com");
    const ids = async (assignedTo: string) =>
      ((await listReviewQueue(officer, { assignedTo }, now))?.rows.map((row) => row.id) ?? []).sort();

    expect(await ids(okafor.id)).toEqual(
      files
        .filter((file) => inQueue(file) && file.assignedToId === okafor.id)
        .map((file) => file.id)
        .sort(),
    );
    const unassigned = await database.db.application.findMany({
      where: { assignedToId: null, status: { in: [...QUEUE_STATUSES] } },
      select: { id: true },
    });
    expect(await ids("unassigned")).toEqual(unassigned.map((file) => file.id).sort());
    const everyone = (await listReviewQueue(officer, {}, now))?.total;
    for (const tampered of ["someone", "' OR 1=1 --", "00000000-0000-4000-8000-0000000000zz"])
      expect((await listReviewQueue(officer, { assignedTo: tampered }, now))?.total).toBe(everyone);
    // An applicant gets no queue, whatever the filter.
    expect(await listReviewQueue(demoSession("marie.tremblay@example.com"), { assignedTo: okafor.id }, now)).toBeNull();
  });

  it("keeps each timeline as the state machine writes it: staff decide, with the message the applicant reads", async () => {
    const staffIds = new Set(officers.map((staff) => staff.id));
    for (const file of await demoFiles()) {
      expect(file.events[0]).toMatchObject({ status: "draft", event: "start", actorId: file.userId });
      expect(file.events.at(-1)?.status).toBe(file.status);
      for (const event of file.events) {
        if (["startReview", "requestInformation", "approve", "refuse"].includes(event.event))
          expect(staffIds.has(event.actorId ?? "")).toBe(true);
        if (["requestInformation", "refuse", "answerInformationRequest"].includes(event.event))
          expect(event.note?.length ?? 0).toBeGreaterThan(20);
      }
      expect(file.submittedAt?.getTime() ?? null).toBe(
        file.events.find((event) => event.status === "submitted")?.occurredAt.getTime() ?? null,
      );
      const decision = file.events.find((event) => event.status === "approved" || event.status === "refused");
      expect(file.decidedAt?.getTime() ?? null).toBe(decision?.occurredAt.getTime() ?? null);
    }
  });

  it("has answers each kind accepts, disclosures completed and the fee paid once submitted", async () => {
    for (const file of await demoFiles()) {
      if (file.status === "draft") {
        expect(file.order).toBeNull();
        continue;
      }
      const kind = applicationKinds.get(file.kind);
      if (!kind) throw new Error(file.kind);
      const answers = file.answers as SavedAnswers;
      // The demo makes up no uploaded file: every required document is counted as there.
      const facts: ApplicationFacts = {
        documents: Object.fromEntries(requiredDocuments(kind, answers).map((document) => [document.id, 1])),
        disclosures: Object.fromEntries(
          file.disclosures.map((disclosure) => [
            disclosure.personId,
            { status: disclosure.status, email: disclosure.email },
          ]),
        ),
      };
      expect(missingItems(kind, answers, facts), file.fileNumber).toEqual([]);
      const fee = kind.outcome.fee(answers);
      if (fee === "none") {
        expect(file.order).toBeNull();
        continue;
      }
      expect(file.order?.totalCents).toBeGreaterThan(0);
      const paid = file.status !== "awaiting_payment" && file.events.some((event) => event.event === "confirmPayment");
      expect(file.order?.status).toBe(paid ? "paid" : "open");
      expect(file.order?.payments.filter((payment) => payment.status === "succeeded")).toHaveLength(paid ? 1 : 0);
      expect(file.order?.payments.every((payment) => payment.amountCents === file.order?.totalCents)).toBe(true);
    }
  });

  it("gives approved files the licence approval issued or renewed, held by their applicant, with its reason", async () => {
    const files = await demoFiles();
    const approved = files.filter((file) => file.status === "approved");
    expect(approved.length).toBeGreaterThanOrEqual(3);
    for (const file of approved) {
      expect(file.licence?.status).toBe("active");
      expect(file.licence?.entityId).toBe(file.entityId);
      const reason = file.type === "renewal" ? "renewed" : "issued";
      expect(file.licence?.statusEvents.at(-1)?.reason).toBe(`${reason}:${file.fileNumber}`);
      // Issued at least a year ahead: none is in its renewal window while the demo is fresh.
      expect(utcToIsoDate(file.licence?.expiresOn ?? now) > addDays(commissionToday(now), 60)).toBe(true);
    }
    for (const file of files.filter((candidate) => candidate.status !== "approved" && candidate.type === "new"))
      expect(file.licenceId).toBeNull();
  });

  it("ends a submitter's link to a business when its file is decided, unless approval put them on file", async () => {
    const files = await demoFiles();
    const links = await database.db.accountLink.findMany({
      where: { applicationId: { in: queueDemoApplicationIds } },
    });
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const file = files.find((candidate) => candidate.id === link.applicationId);
      const decided = ["approved", "refused", "withdrawn"].includes(file?.status ?? "");
      if (link.via === "person_on_file") expect(file?.status).toBe("approved");
      else expect(link.revokedAt !== null).toBe(decided);
    }
  });

  it("opens no demo disclosure from a link", async () => {
    const disclosure = await database.db.disclosureRequest.findFirstOrThrow({
      where: { applicationId: { in: queueDemoApplicationIds } },
    });
    expect(await openDisclosure(disclosure.tokenHash)).toEqual({ status: "invalid" });
    expect(disclosure.status).toBe("completed");
  });

  it("adds nothing on a second run, even days later", async () => {
    const before = await snapshot();
    const again = await seedDemoData(database.db, new Date(now.getTime() + 3 * 86_400_000));
    expect(again.created).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
