import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { getApplication } from "@/lib/applications/queries";
import { applyEvent, removeListItem, saveListItem, saveSection } from "@/lib/applications/commands";
import { decide } from "@/lib/applications/review";
import { startOnLicence } from "@/lib/applications/on-licence";
import { openDisclosure, saveDisclosure, sendDisclosureRequests } from "@/lib/disclosures/requests";
import { listPeopleHistory } from "@/lib/entities/people";
import { payFeesAndSubmit } from "@/lib/payments/orders";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demo, demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import {
  completeApplication,
  completeForms,
  disclosureAnswers,
  disclosureTokenFor,
  entityDisclosureAnswers,
  fillEverything,
  managerDisclosureAnswers,
  payBySandboxCard,
  startDraft,
} from "./ready-application";

/**
 * Premises managers and associated entities each complete their own disclosure, on a form of their
 * own, from an e-mailed single-use link; approval puts an associated entity on the holder's file.
 */
let database: TestDatabase;
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");
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
// Marie's drafts are withdrawn after each test, so the tests together stay under her cap on open drafts.
afterEach(async () => {
  const drafts = await database.db.application.findMany({
    where: { userId: marie.id, status: "draft" },
    select: { id: true },
  });
  for (const draft of drafts) await applyEvent(marie, draft.id, "withdraw", "applicant");
});

const tokenFor = (email: string) => disclosureTokenFor(database.db, email);

const cormoranHoldings = {
  entityName: "Gestion Cormoran inc.",
  entityBusinessNumber: "123456789",
  relationship: "shareholder",
  entitySharePercent: "60",
  signingOfficerEmail: "signataire@cormoran.example",
};

/** A draft filled in (Luc Gagnon as its manager, luc@example.com), with an associated entity when given. */
async function filledDraft(user: SessionUser, entity?: Record<string, string>): Promise<string> {
  const id = await startDraft(user);
  await fillEverything(user, id);
  if (entity) expect(await saveListItem(user, id, "associatedEntities", null, entity)).toMatchObject({ ok: true });
  return id;
}

describe("a premises manager's disclosure", () => {
  it("is e-mailed to each manager, in the applicant's language, as a manager's form", async () => {
    const id = await filledDraft(marie);
    await saveListItem(marie, id, "premisesManagers", null, {
      firstName: "Zoé",
      lastName: "Martin",
      managerEmail: "zoe.martin@example.com",
    });
    expect(await sendDisclosureRequests(john, id, "premisesManagers", "fr")).toEqual({ ok: false, reason: "notFound" });
    expect(await sendDisclosureRequests(marie, id, "premisesManagers", "fr")).toEqual({ ok: true, sent: 2 });
    expect(await sendDisclosureRequests(marie, id, "premisesManagers", "fr")).toEqual({
      ok: false,
      reason: "nothingToSend",
    });
    const requests = await database.db.disclosureRequest.findMany({
      where: { applicationId: id },
      select: { fullName: true, form: true, email: true, status: true },
      orderBy: { fullName: "asc" },
    });
    expect(requests).toEqual([
      { fullName: "Luc Gagnon", form: "premises_manager", email: "luc@example.com", status: "sent" },
      { fullName: "Zoé Martin", form: "premises_manager", email: "zoe.martin@example.com", status: "sent" },
    ]);
    const email = await database.db.emailOutbox.findFirstOrThrow({
      where: { toAddress: "zoe.martin@example.com", template: "disclosureRequest" },
    });
    expect(email.subject).toContain("Votre déclaration de gérant d’établissement");
    expect(email.textBody).toContain("vous a désigné comme gérant de son établissement");
    expect(await openDisclosure(await tokenFor("zoe.martin@example.com"))).toMatchObject({
      status: "valid",
      form: "premises_manager",
      fullName: "Zoé Martin",
      applicant: "Camille Okonkwo",
    });
    // The manager's section is complete once the requests are sent; the review waits for the answers.
    const application = await getApplication(marie, id);
    expect(application?.sections.find((section) => section.id === "premisesManagers")?.status).toBe("completed");
    expect(
      application?.missing
        .filter((item) => item.type === "disclosure")
        .map((item) => item.type === "disclosure" && item.name),
    ).toEqual(["Camille Okonkwo", "Luc Gagnon", "Zoé Martin"]);
  });

  it("keeps an incomplete answer, stores only the manager's questions, completes once, and is then spent", async () => {
    const id = await filledDraft(marie);
    await sendDisclosureRequests(marie, id, "premisesManagers", "en");
    const token = await tokenFor("luc@example.com");
    // A person's answers are not enough for a manager; a field of another form, or the status, is never stored.
    expect(
      await saveDisclosure(token, { ...disclosureAnswers, entityDeclaration: "yes", status: "completed" }),
    ).toEqual({ ok: true, completed: false });
    const kept = await database.db.disclosureRequest.findFirstOrThrow({ where: { applicationId: id } });
    expect(kept.status).toBe("sent");
    expect(Object.keys(kept.answers as object).sort()).toEqual(Object.keys(disclosureAnswers).sort());
    expect(await saveDisclosure(token, { ...managerDisclosureAnswers, trainingCertificate: "<b>1</b>" })).toEqual({
      ok: true,
      completed: false,
    });

    const both = await Promise.all([
      saveDisclosure(token, managerDisclosureAnswers),
      saveDisclosure(token, managerDisclosureAnswers),
    ]);
    expect(both.filter((result) => result.ok)).toEqual([{ ok: true, completed: true }]);
    expect(both.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "completed" }]);
    const completed = await database.db.disclosureRequest.findFirstOrThrow({ where: { applicationId: id } });
    expect(completed).toMatchObject({ status: "completed", answers: managerDisclosureAnswers });
    expect(completed.completedAt).not.toBeNull();
    expect(await openDisclosure(token)).toEqual({ status: "completed", form: "premises_manager" });
    expect(await saveDisclosure(token, { ...managerDisclosureAnswers, convictions: "yes" })).toEqual({
      ok: false,
      reason: "completed",
    });
    expect(
      (await database.db.disclosureRequest.findFirstOrThrow({ where: { applicationId: id } })).answers,
    ).toMatchObject({ convictions: "no" });
  });

  it("refuses a link past its 30 days, and leaves another application's request as it was", async () => {
    const first = await filledDraft(marie);
    const other = await newApplicant("other-manager");
    const second = await filledDraft(other);
    await sendDisclosureRequests(marie, first, "premisesManagers", "fr");
    const firstToken = await tokenFor("luc@example.com");
    await sendDisclosureRequests(other, second, "premisesManagers", "fr");
    const secondToken = await tokenFor("luc@example.com");
    expect(secondToken).not.toBe(firstToken);

    const later = new Date(Date.now() + 31 * 24 * 60 * 60 * 1000);
    expect(await openDisclosure(secondToken, later)).toEqual({ status: "expired" });
    expect(await saveDisclosure(secondToken, managerDisclosureAnswers, later)).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await saveDisclosure(firstToken, managerDisclosureAnswers)).toEqual({ ok: true, completed: true });
    // The same manager on another application still has their own request to answer.
    expect(await openDisclosure(secondToken)).toMatchObject({ status: "valid", form: "premises_manager", answers: {} });
    expect(
      await database.db.disclosureRequest.findFirstOrThrow({
        where: { applicationId: second },
        select: { status: true, answers: true, completedAt: true },
      }),
    ).toEqual({ status: "sent", answers: null, completedAt: null });
    await applyEvent(other, second, "withdraw", "applicant");
    // A withdrawn application's link no longer works.
    expect(await openDisclosure(secondToken)).toEqual({ status: "expired" });
  });
});

describe("an associated entity's disclosure", () => {
  it("is sent to a signing officer once the entity is described completely", async () => {
    const id = await filledDraft(marie, { ...cormoranHoldings, entitySharePercent: "" });
    expect(await sendDisclosureRequests(marie, id, "associatedEntities", "en")).toEqual({
      ok: false,
      reason: "itemsIncomplete",
    });
    const [item] = (await getApplication(marie, id))?.answers.associatedEntities?.items as Array<{ id: string }>;
    await saveListItem(marie, id, "associatedEntities", item?.id ?? "", cormoranHoldings);
    expect(await sendDisclosureRequests(marie, id, "associatedEntities", "en")).toEqual({ ok: true, sent: 1 });
    const request = await database.db.disclosureRequest.findFirstOrThrow({
      where: { applicationId: id, form: "entity" },
    });
    expect(request).toMatchObject({ fullName: "Gestion Cormoran inc.", email: "signataire@cormoran.example" });
    const email = await database.db.emailOutbox.findFirstOrThrow({
      where: { toAddress: "signataire@cormoran.example", template: "disclosureRequest" },
    });
    expect(email.subject).toBe("Your business’s disclosure for Camille Okonkwo’s application – Licensing Portal");
    expect(email.textBody).toContain("Hello Gestion Cormoran inc.,");
    expect(email.textBody).toContain("completed by a signing officer");
  });

  it("asks the entity's questions, refuses a missing answer, and completes once with the signing officer's name", async () => {
    const id = await filledDraft(marie, cormoranHoldings);
    await sendDisclosureRequests(marie, id, "associatedEntities", "fr");
    const token = await tokenFor("signataire@cormoran.example");
    expect(await openDisclosure(token)).toMatchObject({
      status: "valid",
      form: "entity",
      fullName: "Gestion Cormoran inc.",
    });
    const withoutOfficer: Record<string, unknown> = { ...entityDisclosureAnswers };
    delete withoutOfficer.signingOfficerName;
    expect(await saveDisclosure(token, withoutOfficer)).toEqual({ ok: true, completed: false });
    // A person's answers do not make an entity's disclosure.
    expect(await saveDisclosure(token, disclosureAnswers)).toEqual({ ok: true, completed: false });
    expect(await saveDisclosure(token, entityDisclosureAnswers)).toEqual({ ok: true, completed: true });
    expect(await saveDisclosure(token, entityDisclosureAnswers)).toEqual({ ok: false, reason: "completed" });
    expect(await openDisclosure(token)).toEqual({ status: "completed", form: "entity" });
    const application = await getApplication(marie, id);
    expect(application?.missing.map((item) => (item.type === "disclosure" ? item.name : item.type))).not.toContain(
      "Gestion Cormoran inc.",
    );
  });

  it("goes on the holder's file at approval, by its legal name, with its tie, share and signing officer", async () => {
    const id = await completeApplication(database.db, marie);
    await saveListItem(marie, id, "associatedEntities", null, cormoranHoldings);
    // A new entity is one more disclosure to complete before the fees.
    expect(await payFeesAndSubmit(marie, id, "fr")).toEqual({ ok: false, reason: "incomplete" });
    await sendDisclosureRequests(marie, id, "associatedEntities", "fr");
    await saveDisclosure(await tokenFor("signataire@cormoran.example"), entityDisclosureAnswers);
    expect(await payFeesAndSubmit(marie, id, "fr")).toEqual({ ok: true });
    await payBySandboxCard(database.db, marie, id);
    expect(await decide(officer, id, "startReview")).toMatchObject({ ok: true });
    const approved = await decide(officer, id, "approve");
    expect(approved).toMatchObject({ ok: true, status: "approved" });
    const { entityId } = await database.db.licence.findUniqueOrThrow({
      where: { id: approved.ok ? (approved.licenceId ?? "") : "" },
    });
    const { fileNumber } = await database.db.application.findUniqueOrThrow({ where: { id } });
    const entities = await database.db.entityPerson.findMany({ where: { entityId, role: "associated_entity" } });
    expect(entities).toEqual([
      expect.objectContaining({
        firstName: "",
        lastName: "",
        organisationName: "Gestion Cormoran inc.",
        relationship: "shareholder",
        shareBasisPoints: 6000,
        email: "signataire@cormoran.example",
        applicationId: id,
        addReason: `issued:${fileNumber}`,
        removedAt: null,
      }),
    ]);
    // Staff see it among the people on file; the manager is there too.
    const history = await listPeopleHistory(officer, entityId);
    expect(
      history?.current.map((person) => person.organisationName ?? `${person.firstName} ${person.lastName}`),
    ).toEqual(expect.arrayContaining(["Gestion Cormoran inc.", "Luc Gagnon", "Camille Okonkwo"]));
    // Its disclosure is on the staff file, labelled by its form.
    const declared = await database.db.disclosureRequest.findMany({
      where: { applicationId: id },
      select: { form: true, status: true },
      orderBy: { form: "asc" },
    });
    expect(declared).toEqual([
      { form: "person", status: "completed" },
      { form: "premises_manager", status: "completed" },
      { form: "entity", status: "completed" },
    ]);
  });
});

describe("a renewal's managers and entities", () => {
  it("asks only a new manager, lists the entities on file, and ends an entity it no longer lists", async () => {
    const onFile = await database.db.entityPerson.create({
      data: {
        entityId: demo.cormoran,
        firstName: "",
        lastName: "",
        organisationName: "Holding Nord inc.",
        relationship: "parent_company",
        email: "direction@holdingnord.example",
        role: "associated_entity",
      },
    });
    const started = await startOnLicence(marie, demo.cormoranExpiringLicence, "renewal");
    const id = started.ok ? started.id : "";
    const draft = await getApplication(marie, id);
    const entities = draft?.answers.associatedEntities?.items as Array<Record<string, string>>;
    expect(entities).toEqual([
      {
        id: expect.any(String),
        entityName: "Holding Nord inc.",
        relationship: "parent_company",
        signingOfficerEmail: "direction@holdingnord.example",
      },
    ]);
    // The entity is not listed among the people.
    expect(
      (draft?.answers.associatedPersons?.items as Array<Record<string, string>>).map((item) => item.firstName),
    ).not.toContain("");

    // Chantal Côté manages the premises on file: nothing to ask her.
    expect(await sendDisclosureRequests(marie, id, "premisesManagers", "fr")).toEqual({
      ok: false,
      reason: "nothingToSend",
    });
    expect(draft?.sections.find((section) => section.id === "premisesManagers")?.status).toBe("completed");
    await saveListItem(marie, id, "premisesManagers", null, {
      firstName: "Hugo",
      lastName: "Roy",
      managerEmail: "hugo.roy@example.com",
    });
    expect(await sendDisclosureRequests(marie, id, "premisesManagers", "fr")).toEqual({ ok: true, sent: 1 });
    expect(
      await database.db.disclosureRequest.findMany({
        where: { applicationId: id },
        select: { fullName: true, form: true },
      }),
    ).toEqual([{ fullName: "Hugo Roy", form: "premises_manager" }]);

    // The parent company is gone: the renewal no longer lists it.
    expect(await removeListItem(marie, id, "associatedEntities", entities[0]?.id ?? "")).toMatchObject({ ok: true });
    await saveSection(marie, id, "reviewInformation", { informationCorrect: "yes" });
    await saveSection(marie, id, "questions", completeForms.questions ?? {});
    await sendDisclosureRequests(marie, id, "associatedPersons", "fr");
    for (const disclosure of (await getApplication(marie, id))?.disclosures ?? [])
      await saveDisclosure(
        await tokenFor(disclosure.email),
        disclosure.email === "hugo.roy@example.com" ? managerDisclosureAnswers : disclosureAnswers,
      );
    expect((await getApplication(marie, id))?.missing).toEqual([]);
    expect(await payFeesAndSubmit(marie, id, "fr")).toEqual({ ok: true });
    await payBySandboxCard(database.db, marie, id);
    await decide(officer, id, "startReview");
    expect(await decide(officer, id, "approve")).toMatchObject({ ok: true, status: "approved" });
    const { fileNumber } = await database.db.application.findUniqueOrThrow({ where: { id } });
    expect(await database.db.entityPerson.findUniqueOrThrow({ where: { id: onFile.id } })).toMatchObject({
      removedAt: expect.any(Date),
      endReason: `renewed:${fileNumber}`,
    });
    const managers = await database.db.entityPerson.findMany({
      where: { entityId: demo.cormoran, role: "premises_manager", removedAt: null },
      select: { firstName: true },
      orderBy: { firstName: "asc" },
    });
    expect(managers.map((manager) => manager.firstName)).toEqual(["Chantal", "Hugo"]);
  });
});
