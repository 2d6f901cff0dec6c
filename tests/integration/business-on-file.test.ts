import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getApplication } from "@/lib/applications/queries";
import { applyEvent, saveSection } from "@/lib/applications/commands";
import { decide } from "@/lib/applications/review";
import { issueAccessCode, redeemAccessCode } from "@/lib/access-codes/codes";
import { unlinkAccount } from "@/lib/access-codes/account-links";
import { payFeesAndSubmit } from "@/lib/payments/orders";
import type { SessionUser } from "@/lib/auth/session";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demo, demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import { completeApplication } from "./ready-application";

/**
 * Someone else's business (issue 9): quoting the business number of an entity on file never
 * attaches an application to it, nor gets that entity a licence through the applicant, unless the
 * account is linked to it by an access code.
 */
let database: TestDatabase;
let counter = 0;
const officer = demoSession("officer@example.com");
const service = demoSession("service@example.com");
const DEUX_RIVES_NUMBER = "456789123";
const DEUX_RIVES_PARTNER = "11000000-0000-4000-8000-000000000021";

/** Links the account to Deux Rives as the real process does: a code from customer service, typed on the profile. */
async function linkToDeuxRives(user: SessionUser): Promise<string> {
  const issued = await issueAccessCode(service, {
    entityId: demo.deuxRives,
    callerPersonId: DEUX_RIVES_PARTNER,
    verificationMethod: "callback_on_file",
    verificationNote: "Called back at the number on file.",
  });
  expect((await redeemAccessCode(user, issued?.code ?? "", { ip: `10.20.0.${(counter += 1)}` })).ok).toBe(true);
  return (await database.db.accountLink.findFirstOrThrow({ where: { userId: user.id, entityId: demo.deuxRives } })).id;
}

/** A complete application whose applicant details quote Deux Rives's business number. */
async function applicationForDeuxRives(user: SessionUser): Promise<string> {
  const id = await completeApplication(database.db, user);
  expect(
    await saveSection(user, id, "applicantDetails", {
      legalName: "Brasserie des Deux Rives",
      businessNumber: DEUX_RIVES_NUMBER,
    }),
  ).toMatchObject({ ok: true });
  return id;
}

const licencesOfDeuxRives = () => database.db.licence.count({ where: { entityId: demo.deuxRives } });

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

describe("an application quoting a business already on file", () => {
  it("cannot be submitted without a link, says how to get one, and never gets the entity", async () => {
    const applicant = await newApplicant("business");
    const id = await applicationForDeuxRives(applicant);
    expect((await getApplication(applicant, id))?.missing).toEqual([
      { type: "businessOnFile", section: "applicantDetails" },
    ]);
    expect(await payFeesAndSubmit(applicant, id, "fr")).toMatchObject({ ok: false, reason: "incomplete" });
    expect(await applyEvent(applicant, id, "payFeesAndSubmit", "applicant")).toEqual({
      ok: false,
      reason: "incomplete",
    });
    expect(
      await database.db.application.findUniqueOrThrow({ where: { id }, select: { status: true, entityId: true } }),
    ).toEqual({ status: "draft", entityId: null });
    expect(await database.db.accountLink.count({ where: { userId: applicant.id } })).toBe(0);
    expect(await database.db.order.count({ where: { applicationId: id } })).toBe(0);
  });

  it("can be submitted once the account is linked by an access code, and approval issues the licence to that business", async () => {
    const applicant = await newApplicant("business");
    await linkToDeuxRives(applicant);
    const id = await applicationForDeuxRives(applicant);
    expect((await getApplication(applicant, id))?.missing).toEqual([]);
    expect(await payFeesAndSubmit(applicant, id, "fr")).toEqual({ ok: true });
    expect(await applyEvent(officer, id, "confirmPayment", "staff")).toEqual({ ok: true, status: "submitted" });
    expect((await database.db.application.findUniqueOrThrow({ where: { id } })).entityId).toBe(demo.deuxRives);

    expect(await decide(officer, id, "startReview")).toMatchObject({ ok: true });
    const approved = await decide(officer, id, "approve");
    expect(approved).toMatchObject({ ok: true, status: "approved" });
    const licence = await database.db.licence.findUniqueOrThrow({
      where: { id: approved.ok ? (approved.licenceId ?? "") : "" },
    });
    expect(licence.entityId).toBe(demo.deuxRives);
  });

  it("stays without the entity when the link ends before the payment is confirmed, and approval then issues nothing", async () => {
    const applicant = await newApplicant("business");
    const linkId = await linkToDeuxRives(applicant);
    const id = await applicationForDeuxRives(applicant);
    expect(await payFeesAndSubmit(applicant, id, "fr")).toEqual({ ok: true });
    expect(await unlinkAccount(service, linkId)).toBe(true);
    expect(await applyEvent(officer, id, "confirmPayment", "staff")).toEqual({ ok: true, status: "submitted" });
    expect((await database.db.application.findUniqueOrThrow({ where: { id } })).entityId).toBeNull();
    expect(
      await database.db.auditLog.count({ where: { action: "application.business_on_file_not_linked", subjectId: id } }),
    ).toBe(1);

    const before = await licencesOfDeuxRives();
    expect(await decide(officer, id, "startReview")).toMatchObject({ ok: true });
    expect(await decide(officer, id, "approve")).toEqual({ ok: false, reason: "businessNotLinked" });
    expect(await licencesOfDeuxRives()).toBe(before);
    expect((await database.db.application.findUniqueOrThrow({ where: { id } })).status).toBe("under_review");
  });

  it("gets no licence for the business when the applicant's link ended after the file was attached", async () => {
    const applicant = await newApplicant("business");
    const linkId = await linkToDeuxRives(applicant);
    const id = await applicationForDeuxRives(applicant);
    expect(await payFeesAndSubmit(applicant, id, "fr")).toEqual({ ok: true });
    expect(await applyEvent(officer, id, "confirmPayment", "staff")).toEqual({ ok: true, status: "submitted" });
    expect((await database.db.application.findUniqueOrThrow({ where: { id } })).entityId).toBe(demo.deuxRives);
    expect(await unlinkAccount(service, linkId)).toBe(true);

    const before = await licencesOfDeuxRives();
    expect(await decide(officer, id, "startReview")).toMatchObject({ ok: true });
    expect(await decide(officer, id, "approve")).toEqual({ ok: false, reason: "businessNotLinked" });
    expect(await licencesOfDeuxRives()).toBe(before);
    expect(await database.db.premises.count({ where: { entityId: demo.deuxRives, licences: { none: {} } } })).toBe(0);
  });
});
