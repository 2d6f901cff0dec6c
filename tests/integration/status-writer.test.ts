import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyEvent, completeSubmissionAfterPayment } from "@/lib/applications/commands";
import { answerInformationRequest, decide } from "@/lib/applications/review";
import { applicationKinds } from "@/lib/applications/registry";
import { getLicence } from "@/lib/licences/queries";
import { LicenceKind } from "@/lib/db/generated/enums";
import { seedDemoData, demoGamingApplication } from "@/prisma/seed/demo-data";
import { demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import { applicationAwaitingPayment } from "./ready-application";

/**
 * Issue 14: one writer of status changes (lib/applications/status-change.ts) for every path, and
 * an engine that names no kind. The behaviour tests go through the four public paths — the
 * applicant's event, an officer's decision, the applicant's answer, a confirmed payment — and
 * check what only the writer does: the state machine's refusal, the timeline entry, the lock.
 */

let database: TestDatabase;
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");
const officer = demoSession("officer@example.com");

beforeAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

const root = path.resolve(__dirname, "../..");

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return relative === "lib/db/generated" ? [] : sources(relative);
    return /\.(ts|tsx)$/.test(entry.name)
      ? [{ file: relative, text: readFileSync(path.join(root, relative), "utf8") }]
      : [];
  });
}

const code = [...sources("app"), ...sources("lib"), ...sources("components")];

async function timeline(id: string) {
  return database.db.applicationStatusEvent.findMany({
    where: { applicationId: id },
    orderBy: { occurredAt: "asc" },
    select: { event: true, status: true, actorId: true },
  });
}

describe("one writer of status changes", () => {
  it("is the only code that writes a timeline entry or an application's status", () => {
    const writers = code.filter(({ text }) => /applicationStatusEvent\.(create|createMany|upsert)\(/.test(text));
    expect(writers.map(({ file }) => file)).toEqual(["lib/applications/status-change.ts"]);
    const statusUpdates = code.filter(({ file, text }) =>
      [...text.matchAll(/application\.(update|updateMany)\(\{[\s\S]*?\n\s{0,6}\}\)/g)].some(
        ([call]) => /data: \{[^}]*\bstatus\b/.test(call) && file !== "lib/applications/status-change.ts",
      ),
    );
    expect(statusUpdates.map(({ file }) => file)).toEqual([]);
  });

  it("refuses, through every path, an event the state machine does not allow from the status", async () => {
    const id = await applicationAwaitingPayment(database.db, marie);
    // An answer to a request nobody made, a decision before payment.
    expect(await answerInformationRequest(marie, id, "Voici la réponse.")).toEqual({
      ok: false,
      reason: "notAllowedFromStatus",
    });
    expect(await decide(officer, id, "approve")).toEqual({ ok: false, reason: "notAllowedFromStatus" });
    expect(await applyEvent(marie, id, "payFeesAndSubmit", "applicant")).toEqual({
      ok: false,
      reason: "notAllowedFromStatus",
    });
    expect((await timeline(id)).map((entry) => entry.event)).toEqual(["start", "payFeesAndSubmit"]);
  });

  it("writes each path's entry on the timeline, with who acted", async () => {
    const id = await applicationAwaitingPayment(database.db, marie);
    // The payment provider's confirmation: applied once, whoever calls twice.
    const confirmed = await database.db.$transaction((tx) => completeSubmissionAfterPayment(tx, id, null, new Date()));
    expect(confirmed).toBe(true);
    expect(await database.db.$transaction((tx) => completeSubmissionAfterPayment(tx, id, null, new Date()))).toBe(
      false,
    );
    expect(await decide(officer, id, "startReview")).toEqual({ ok: true, status: "under_review" });
    expect(await decide(officer, id, "requestInformation", "Précisez la capacité de la terrasse.")).toMatchObject({
      ok: true,
    });
    expect(await answerInformationRequest(marie, id, "Elle accueille 40 personnes.")).toEqual({ ok: true });
    expect(await applyEvent(marie, id, "withdraw", "applicant")).toEqual({ ok: true, status: "withdrawn" });
    expect(await timeline(id)).toEqual([
      { event: "start", status: "draft", actorId: marie.id },
      { event: "payFeesAndSubmit", status: "awaiting_payment", actorId: marie.id },
      { event: "confirmPayment", status: "submitted", actorId: null },
      { event: "startReview", status: "under_review", actorId: officer.id },
      { event: "requestInformation", status: "information_requested", actorId: officer.id },
      { event: "answerInformationRequest", status: "under_review", actorId: marie.id },
      { event: "withdraw", status: "withdrawn", actorId: marie.id },
    ]);
    const application = await database.db.application.findUniqueOrThrow({ where: { id } });
    expect(application.submittedAt).not.toBeNull();
    expect(application.assignedToId).toBe(officer.id);
  });

  it("applies two identical decisions at once only once", async () => {
    const id = await applicationAwaitingPayment(database.db, marie);
    await database.db.$transaction((tx) => completeSubmissionAfterPayment(tx, id, null, new Date()));
    await decide(officer, id, "startReview");
    const results = await Promise.all([decide(officer, id, "approve"), decide(officer, id, "approve")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "notAllowedFromStatus" }]);
    expect(await database.db.licence.count({ where: { applications: { some: { id } } } })).toBe(1);
    expect((await timeline(id)).filter((entry) => entry.event === "approve")).toHaveLength(1);
  });

  it("does not let an applicant answer, withdraw or submit another user's application", async () => {
    const id = await applicationAwaitingPayment(database.db, marie);
    expect(await applyEvent(john, id, "withdraw", "applicant")).toEqual({ ok: false, reason: "notFound" });
    expect(await answerInformationRequest(john, id, "Ce n'est pas mon dossier.")).toEqual({
      ok: false,
      reason: "notFound",
    });
  });
});

describe("kinds own their outcome", () => {
  it("approving the seeded gaming application registers the operator it names, not a liquor licence", async () => {
    const id = demoGamingApplication.id;
    expect(await applyEvent(officer, id, "confirmPayment", "staff")).toEqual({ ok: true, status: "submitted" });
    expect(await decide(officer, id, "startReview")).toMatchObject({ ok: true });
    const approved = await decide(officer, id, "approve");
    expect(approved).toMatchObject({ ok: true, status: "approved" });
    const licence = await database.db.licence.findUniqueOrThrow({
      where: { id: approved.ok ? approved.licenceId : "" },
      include: { entity: true },
    });
    expect(licence.kind).toBe("gaming_registration");
    expect(licence.number).toMatch(/^GMR-\d{4}-\d{6}$/);
    expect(licence.premisesId).toBeNull();
    expect(licence.entity.legalName).toBe("Casino du Nord inc.");
    expect(licence.entity.businessNumber).toBe("321654987");
    const applicant = await database.db.application.findUniqueOrThrow({ where: { id }, select: { userId: true } });
    const holder = demoSession((await database.db.user.findUniqueOrThrow({ where: { id: applicant.userId } })).email);
    expect(await getLicence(holder, licence.id)).toMatchObject({ kind: "gaming_registration" });
  });

  it("leaves kind ids and licence kinds to the kinds' declarations: no engine file names one", () => {
    const names = [...applicationKinds.all().map((kind) => kind.id), ...Object.values(LicenceKind)];
    const offenders = code
      .filter(({ file }) => !file.startsWith("lib/applications/kinds/"))
      .flatMap(({ file, text }) =>
        names.filter((name) => new RegExp(`["'\`]${name}["'\`]`).test(text)).map((name) => `${file}: ${name}`),
      );
    expect(offenders).toEqual([]);
  });
});
