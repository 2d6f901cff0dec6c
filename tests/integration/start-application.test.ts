import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApplication } from "@/lib/applications/commands";
import { dateBoxes } from "@/lib/applications/fields";
import { applicationKinds } from "@/lib/applications/registry";
import type { SessionUser } from "@/lib/auth/session";
import { addDays, commissionToday } from "@/lib/time/commission-date";
import { applicantSchema, startOptionsFor } from "@/app/[locale]/(portal)/applications/new/[kind]/start-choices";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demo, demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/**
 * Starting an application from a kind's start page (/applications/new/<kind>): only kinds the
 * catalogue offers, only for a business the account is linked to (or a new one, or the person,
 * as the kind allows), and — for a kind with start questions — only with answers that meet them
 * and the kind's rules. A refusal starts nothing.
 */
let database: TestDatabase;
const LIQUOR = "liquor_sales_new";
/** A kind with start questions that a person or a business may apply for. */
const PERMIT = "special_occasion_permit";
const marie = demoSession("marie.tremblay@example.com");

/** The start answers of an event whose first day is `daysAhead` days from today. */
function eventStart(eventType: string, setting: string, daysAhead: number) {
  return {
    eventType,
    setting,
    firstDay: dateBoxes(addDays(commissionToday(new Date()), daysAhead)),
    expectedAttendance: "80",
  };
}

const draftsOf = (user: SessionUser) => database.db.application.count({ where: { userId: user.id } });

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

describe("startApplication, as the start page calls it", () => {
  it("refuses a kind that does not exist and one the catalogue does not offer (a renewal starts from its licence)", async () => {
    const applicant = await newApplicant("start");
    expect(applicationKinds.get("liquor_sales_renewal")?.catalogue).toBeUndefined();
    expect(await startApplication(applicant, "casino_royale")).toEqual({ ok: false, reason: "unknownKind" });
    expect(await startApplication(applicant, "liquor_sales_renewal")).toEqual({ ok: false, reason: "unknownKind" });
    expect(await draftsOf(applicant)).toBe(0);
  });

  it("refuses a business the account is not linked to, whether the kind is for a business or for either", async () => {
    const applicant = await newApplicant("start");
    expect(await startApplication(applicant, LIQUOR, { entityId: demo.harbour })).toEqual({
      ok: false,
      reason: "entityNotLinked",
    });
    expect(
      await startApplication(applicant, PERMIT, {
        entityId: demo.cormoran,
        startAnswers: eventStart("private", "indoor", 40),
      }),
    ).toEqual({ ok: false, reason: "entityNotLinked" });
    expect(await draftsOf(applicant)).toBe(0);
  });

  it("starts for a linked business, and for a new one the application will describe", async () => {
    const linked = await startApplication(marie, LIQUOR, startOptionsFor(demo.cormoran));
    expect(linked.ok).toBe(true);
    const id = linked.ok ? linked.id : "";
    expect((await database.db.application.findUniqueOrThrow({ where: { id } })).entityId).toBe(demo.cormoran);

    const described = await startApplication(await newApplicant("start"), LIQUOR, startOptionsFor("new"));
    expect(described.ok).toBe(true);
    const newId = described.ok ? described.id : "";
    expect((await database.db.application.findUniqueOrThrow({ where: { id: newId } })).entityId).toBeNull();
  });

  it('refuses "self" for a kind only a business applies for, and "new" for one a person may apply for', () => {
    const kindOf = (id: string) => {
      const kind = applicationKinds.get(id);
      if (!kind) throw new Error(id);
      return kind;
    };
    const business = kindOf(LIQUOR);
    const either = kindOf(PERMIT);
    const individual = kindOf("horse_racing_new");
    const quoting = kindOf("charitable_lottery_licence");
    expect(business.outcome.applicant).toBe("business");
    expect(either.outcome.applicant).toBe("either");
    expect(individual.outcome.applicant).toBe("individual");

    const choose = (kind: typeof business, applicant: string | undefined) =>
      applicantSchema(kind).safeParse(applicant === undefined ? {} : { applicant }).success;
    expect(choose(business, "self")).toBe(false);
    expect(choose(business, "new")).toBe(true);
    expect(choose(business, demo.cormoran)).toBe(true);
    expect(choose(business, undefined)).toBe(false);
    expect(choose(either, "new")).toBe(false);
    expect(choose(either, "self")).toBe(true);
    expect(choose(either, demo.cormoran)).toBe(true);
    expect(choose(business, "'; DROP TABLE")).toBe(false);
    // A kind only a person applies for asks nothing: an entity sent anyway is refused.
    expect(choose(individual, undefined)).toBe(true);
    expect(choose(individual, demo.cormoran)).toBe(false);
    // Nor does a kind whose applicant is the holder of the file it quotes (a lottery licence).
    expect(choose(quoting, undefined)).toBe(true);
    expect(choose(quoting, "new")).toBe(false);
    expect(choose(quoting, demo.cormoran)).toBe(false);
    // "self" and "new" tell the command no entity: the person, or the business the answers describe.
    expect(startOptionsFor("self")).toEqual({});
    expect(startOptionsFor("new")).toEqual({});
    expect(startOptionsFor(demo.cormoran)).toEqual({ entityId: demo.cormoran });
  });

  it("refuses start answers that miss or break the start questions (shown beside them), starting nothing", async () => {
    const applicant = await newApplicant("start");
    expect(await startApplication(applicant, PERMIT, { startAnswers: {} })).toEqual({
      ok: false,
      reason: "startAnswers",
    });
    expect(await startApplication(applicant, PERMIT)).toEqual({ ok: false, reason: "startAnswers" });
    expect(
      await startApplication(applicant, PERMIT, {
        startAnswers: { ...eventStart("private", "indoor", 40), eventType: "rave" },
      }),
    ).toEqual({ ok: false, reason: "startAnswers" });
    expect(await startApplication(applicant, PERMIT, { startAnswers: eventStart("private", "indoor", -3) })).toEqual({
      ok: false,
      reason: "startAnswers",
    });
    expect(await draftsOf(applicant)).toBe(0);
  });

  it("refuses an event inside its deadline before anything else is asked, with the rule to show", async () => {
    const applicant = await newApplicant("start");
    const refused = await startApplication(applicant, PERMIT, { startAnswers: eventStart("public", "indoor", 5) });
    expect(refused).toMatchObject({ ok: false, reason: "blocked", breaches: [{ rule: "deadline" }] });
    expect(await draftsOf(applicant)).toBe(0);
  });

  it("starts a permit for the person themself, keeping only the declared start answers", async () => {
    const applicant = await newApplicant("start");
    const answers = eventStart("private", "indoor", 40);
    const started = await startApplication(applicant, PERMIT, {
      ...startOptionsFor("self"),
      startAnswers: { ...answers, smuggled: "yes" },
    });
    expect(started.ok).toBe(true);
    const id = started.ok ? started.id : "";
    const draft = await database.db.application.findUniqueOrThrow({ where: { id } });
    expect(draft).toMatchObject({ kind: PERMIT, status: "draft", entityId: null, userId: applicant.id });
    expect((draft.answers as Record<string, unknown>).event).toEqual(answers);
  });
});
