import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportCsv } from "@/app/api/admin/satisfaction/route";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import type { ApplicationStatus, ApplicationType } from "@/lib/db/generated/client";
import { sendPortalFeedback } from "@/lib/feedback/portal";
import { monthStart } from "@/lib/feedback/rate";
import { satisfactionExport, satisfactionReport } from "@/lib/feedback/report";
import { answerSurvey, hasAnsweredSurvey, skipSurvey, surveyStatus } from "@/lib/feedback/survey";
import { demoSurveyApplication, seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/**
 * Issue 17 in the data layer: the satisfaction rate is the share of 4s and 5s among the answers
 * with a rating, by Commission month and by journey; the survey after a file is answered by its
 * owner only, once the Commission has received it, once per file (also when two answers race);
 * a skip is recorded; the public page is limited per address; the report is for staff only.
 */

/** The session the export route sees: it reads it through getCurrentUser. */
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: vi.fn(async () => null) };
});

let database: TestDatabase;
const noah = demoSession("noah.brown@example.com");
const service = demoSession("service@example.com");
const officer = demoSession("officer@example.com");
const admin = demoSession("admin@example.com");

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

let files = 0;

/** A file of the owner's as the application engine leaves it, with an order when it went through payment. */
async function fileOf(
  owner: SessionUser,
  {
    status = "submitted",
    type = "new",
    paid = false,
  }: { status?: ApplicationStatus; type?: ApplicationType; paid?: boolean } = {},
): Promise<string> {
  files += 1;
  const serial = String(files).padStart(5, "0");
  const received = status !== "draft" && status !== "awaiting_payment";
  const { id } = await database.db.application.create({
    data: {
      fileNumber: `GMA-${type === "renewal" ? "R" : "N"}-2026-F${serial}`,
      kind: type === "renewal" ? "gaming_registration_renewal" : "gaming_assistant_new",
      type,
      status,
      userId: owner.id,
      submittedAt: received ? new Date() : null,
    },
  });
  if (paid || status === "awaiting_payment")
    await database.db.order.create({
      data: {
        applicationId: id,
        userId: owner.id,
        reference: `PAY-F${serial}00`,
        items: [],
        totalCents: 16_500,
        status: status === "awaiting_payment" ? "open" : "paid",
      },
    });
  return id;
}

const answersOf = (applicationId: string) => database.db.feedbackAnswer.findMany({ where: { applicationId } });
const answer = { satisfaction: 4, ease: 5, comment: "Clear and quick." } as const;

describe("satisfactionReport: the rate as stated", () => {
  it("gives the demo data's four months about 87 % (78 of 90 rated answers), skips left out", async () => {
    const report = await satisfactionReport(service);
    expect(report?.overall).toEqual({ answers: 90, satisfied: 78, rate: 78 / 90 });
    expect(report?.byMonth).toHaveLength(12);
    expect(report?.byMonth.reduce((sum, month) => sum + month.answers, 0)).toBe(90);
    expect(await database.db.feedbackAnswer.count({ where: { skipped: true } })).toBe(10);
  });

  it("counts the share of 4s and 5s among rated answers, by Toronto month and by journey", async () => {
    const at = (iso: string) => new Date(iso);
    await database.db.feedbackAnswer.createMany({
      data: [
        { journey: "payment", satisfaction: 5, ease: 4, locale: "fr", createdAt: at("2020-03-02T15:00:00Z") },
        { journey: "payment", satisfaction: 4, ease: 4, locale: "en", createdAt: at("2020-03-03T15:00:00Z") },
        { journey: "renewal", satisfaction: 3, ease: 2, locale: "fr", createdAt: at("2020-03-04T15:00:00Z") },
        { journey: "renewal", satisfaction: 1, ease: 1, locale: "fr", createdAt: at("2020-03-05T15:00:00Z") },
        { journey: "submission", satisfaction: 5, locale: "en", createdAt: at("2020-03-06T15:00:00Z") },
        { journey: "portal", satisfaction: 4, locale: "fr", createdAt: at("2020-03-07T15:00:00Z") },
        // Not counted: a skip, a comment without a rating, an ease without a satisfaction.
        { journey: "payment", skipped: true, locale: "fr", createdAt: at("2020-03-08T15:00:00Z") },
        { journey: "portal", comment: "Pas de note.", locale: "fr", createdAt: at("2020-03-09T15:00:00Z") },
        { journey: "submission", ease: 5, locale: "en", createdAt: at("2020-03-10T15:00:00Z") },
        // 23:30 on 31 March in Toronto (EDT): March, though it is already April in UTC.
        { journey: "renewal", satisfaction: 2, locale: "en", createdAt: at("2020-04-01T03:30:00Z") },
        { journey: "portal", satisfaction: 5, comment: "Bravo", locale: "fr", createdAt: at("2020-04-01T04:30:00Z") },
      ],
    });
    const report = await satisfactionReport(officer, { from: monthStart("2020-03"), to: monthStart("2020-05") });

    // 8 rated answers: 5, 4, 3, 1, 5, 4, 2 in March and 5 in April; 5 of them are a 4 or a 5.
    expect(report?.overall).toEqual({ answers: 8, satisfied: 5, rate: 5 / 8 });
    expect(report?.byMonth).toEqual([
      { month: "2020-03", answers: 7, satisfied: 4, rate: 4 / 7 },
      { month: "2020-04", answers: 1, satisfied: 1, rate: 1 },
    ]);
    expect(report?.byJourney).toEqual([
      { journey: "submission", answers: 1, satisfied: 1, rate: 1 },
      { journey: "payment", answers: 2, satisfied: 2, rate: 1 },
      { journey: "renewal", answers: 3, satisfied: 0, rate: 0 },
      { journey: "portal", answers: 2, satisfied: 2, rate: 1 },
    ]);
    // The comments of the period, newest first, a comment without a rating included.
    expect(report?.comments.rows.map((row) => [row.comment, row.satisfaction])).toEqual([
      ["Bravo", 5],
      ["Pas de note.", null],
    ]);
  });
});

describe("the survey after a file", () => {
  it("is answered by the owner of a paid file, as a payment, once the Commission has received it", async () => {
    expect(await surveyStatus(noah, demoSurveyApplication.id)).toBe("open");
    expect(await answerSurvey(noah, demoSurveyApplication.id, answer, { locale: "en" })).toEqual({ ok: true });
    expect(await answersOf(demoSurveyApplication.id)).toMatchObject([
      { journey: "payment", userId: noah.id, satisfaction: 4, ease: 5, comment: "Clear and quick.", locale: "en" },
    ]);
    expect(await surveyStatus(noah, demoSurveyApplication.id)).toBe("answered");
    expect(await hasAnsweredSurvey(noah, demoSurveyApplication.id)).toBe(true);
  });

  it("takes its journey from the file, never from the form: a renewal, a submission without a fee", async () => {
    const owner = await newApplicant("journeys");
    const renewal = await fileOf(owner, { type: "renewal", paid: true });
    const freeRenewal = await fileOf(owner, { type: "renewal" });
    const free = await fileOf(owner, { status: "under_review" });
    const paid = await fileOf(owner, { status: "approved", paid: true });
    for (const id of [renewal, freeRenewal, free, paid])
      expect(await answerSurvey(owner, id, { ...answer, journey: "portal" } as typeof answer)).toEqual({ ok: true });
    const journeys = async (id: string) => (await answersOf(id)).map((row) => row.journey);
    expect(await journeys(renewal)).toEqual(["renewal"]);
    expect(await journeys(freeRenewal)).toEqual(["renewal"]);
    expect(await journeys(free)).toEqual(["submission"]);
    expect(await journeys(paid)).toEqual(["payment"]);
  });

  it("is refused to anyone but the owner — another applicant, staff — and for an unknown id, writing nothing", async () => {
    const owner = await newApplicant("owner");
    const other = await newApplicant("other");
    const id = await fileOf(owner, { paid: true });
    for (const user of [other, service, officer, admin]) {
      expect(await answerSurvey(user, id, answer)).toEqual({ ok: false, reason: "notFound" });
      expect(await skipSurvey(user, id)).toEqual({ ok: false, reason: "notFound" });
      expect(await surveyStatus(user, id)).toBeNull();
    }
    for (const unknown of ["15000000-0000-4000-8000-00000000dead", "not-a-uuid", "' OR 1=1 --"])
      expect(await answerSurvey(owner, unknown, answer)).toEqual({ ok: false, reason: "notFound" });
    expect(await answersOf(id)).toEqual([]);
    expect(await surveyStatus(owner, id)).toBe("open");
  });

  it("is not offered before the Commission has received the file: a draft, a payment still awaited", async () => {
    const owner = await newApplicant("early");
    for (const status of ["draft", "awaiting_payment"] as const) {
      const id = await fileOf(owner, { status });
      expect(await surveyStatus(owner, id)).toBeNull();
      expect(await answerSurvey(owner, id, answer)).toEqual({ ok: false, reason: "notFound" });
      expect(await skipSurvey(owner, id)).toEqual({ ok: false, reason: "notFound" });
      expect(await answersOf(id)).toEqual([]);
    }
  });

  it("is answered once per file: a second answer and a skip after it are refused, the first kept", async () => {
    const owner = await newApplicant("twice");
    const id = await fileOf(owner, { paid: true });
    expect(await answerSurvey(owner, id, answer)).toEqual({ ok: true });
    expect(await answerSurvey(owner, id, { satisfaction: 1, ease: 1, comment: "Changed my mind" })).toEqual({
      ok: false,
      reason: "alreadyAnswered",
    });
    expect(await skipSurvey(owner, id)).toEqual({ ok: false, reason: "alreadyAnswered" });
    expect(await answersOf(id)).toMatchObject([{ satisfaction: 4, skipped: false, comment: "Clear and quick." }]);
  });

  it("writes one answer when several are sent at once (two tabs, a double click), and none of them fails", async () => {
    const owner = await newApplicant("race");
    const id = await fileOf(owner, { paid: true });
    const results = await Promise.all([
      answerSurvey(owner, id, answer),
      answerSurvey(owner, id, { satisfaction: 2, ease: null, comment: null }),
      skipSurvey(owner, id),
      answerSurvey(owner, id, answer),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array.from({ length: 3 }, () => ({ ok: false, reason: "alreadyAnswered" })),
    );
    expect(await answersOf(id)).toHaveLength(1);
  });

  it("records a skip, which asks no more and counts in no rate", async () => {
    const owner = await newApplicant("skip");
    const id = await fileOf(owner, { type: "renewal", paid: true });
    const before = (await satisfactionReport(service))?.overall;
    expect(await skipSurvey(owner, id, { locale: "fr" })).toEqual({ ok: true });
    expect(await answersOf(id)).toMatchObject([
      {
        journey: "renewal",
        skipped: true,
        satisfaction: null,
        ease: null,
        comment: null,
        userId: owner.id,
        locale: "fr",
      },
    ]);
    expect(await surveyStatus(owner, id)).toBe("skipped");
    expect(await hasAnsweredSurvey(owner, id)).toBe(true);
    expect(await answerSurvey(owner, id, answer)).toEqual({ ok: false, reason: "alreadyAnswered" });
    expect((await satisfactionReport(service))?.overall).toEqual(before);
  });
});

describe("the public feedback page", () => {
  it("takes five messages an hour from one address, then refuses with the time to wait; another address is not held up", async () => {
    const ip = "203.0.113.17";
    const sent = () =>
      database.db.feedbackAnswer.count({ where: { journey: "portal", comment: { startsWith: "Flood" } } });
    for (let index = 1; index <= 5; index += 1)
      expect(await sendPortalFeedback({ satisfaction: 5, comment: `Flood ${index}` }, { ip, locale: "fr" })).toEqual({
        ok: true,
      });
    const refused = await sendPortalFeedback({ satisfaction: 1, comment: "Flood 6" }, { ip, locale: "fr" });
    expect(refused).toMatchObject({ ok: false, reason: "tooManyAttempts" });
    if (!refused.ok) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(3600);
    }
    expect(await sent()).toBe(5);
    expect(
      await sendPortalFeedback({ satisfaction: null, comment: "Flood 7" }, { ip: "198.51.100.4", locale: "en" }),
    ).toEqual({ ok: true });
    expect(await sent()).toBe(6);
  });

  it("records an anonymous message of the portal journey", async () => {
    await sendPortalFeedback({ satisfaction: 4, comment: "Anonymous, please" }, { ip: "192.0.2.55", locale: "en" });
    expect(await database.db.feedbackAnswer.findMany({ where: { comment: "Anonymous, please" } })).toMatchObject([
      {
        journey: "portal",
        satisfaction: 4,
        ease: null,
        applicationId: null,
        userId: null,
        skipped: false,
        locale: "en",
      },
    ]);
  });
});

describe("the staff report and its export", () => {
  function signedInAs(user: SessionUser | null) {
    vi.mocked(getCurrentUser).mockResolvedValue(user);
  }
  const download = () => exportCsv(new Request("http://localhost:3000/api/admin/satisfaction?locale=en"));

  it("is refused to an applicant; customer service, officers and administrators read it", async () => {
    const applicant = await newApplicant("curious");
    expect(await satisfactionReport(applicant)).toBeNull();
    expect(await satisfactionReport(noah)).toBeNull();
    expect(await satisfactionExport(applicant)).toBeNull();
    for (const staff of [service, officer, admin]) expect(await satisfactionReport(staff)).not.toBeNull();
  });

  it("answers 404 to a visitor and an applicant, and a CSV file to staff, a hostile comment neutralised", async () => {
    await database.db.feedbackAnswer.create({
      data: { journey: "portal", comment: '=HYPERLINK("http://evil.example","Click")', locale: "en" },
    });
    for (const user of [null, noah]) {
      signedInAs(user);
      const refused = await download();
      expect(refused.status).toBe(404);
      expect(refused.headers.get("cache-control")).toContain("no-store");
    }

    signedInAs(service);
    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="satisfaction-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get("cache-control")).toContain("no-store");
    // Kept: the byte-order mark is part of the file (a spreadsheet reads the accents by it).
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith("\uFEFFDate (Eastern Time),Journey,Satisfaction (1 to 5),")).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    // The demo's 100 answers, and those of this file, skips included; nothing from 2020.
    expect(text.trim().split("\r\n").length - 1).toBe(
      await database.db.feedbackAnswer.count({ where: { createdAt: { gte: new Date("2021-01-01T00:00:00Z") } } }),
    );
  });
});
