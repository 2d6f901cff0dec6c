import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { getApplication, type ApplicationView } from "@/lib/applications/queries";
import { removeListItem, saveListItem, saveSection } from "@/lib/applications/commands";
import { decide } from "@/lib/applications/review";
import { startOnLicence } from "@/lib/applications/on-licence";
import { saveDisclosure, sendDisclosureRequests } from "@/lib/disclosures/requests";
import { accessToEnd, listAccountsWithAccess, listLinkedEntities } from "@/lib/entities/queries";
import { addPersonOnFile, endPersonOnFile, listPeopleHistory } from "@/lib/entities/people";
import { issueAccessCode } from "@/lib/access-codes/codes";
import { getLicence } from "@/lib/licences/queries";
import { payFeesAndSubmit } from "@/lib/payments/orders";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demo, demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import {
  completeForms,
  completeItems,
  completeManagerDisclosure,
  disclosureAnswers,
  managerDisclosureAnswers,
  disclosureTokenFor,
  payBySandboxCard,
  startDraft,
  uploadFloorPlan,
} from "./ready-application";

let database: TestDatabase;
const marie = demoSession("marie.tremblay@example.com");
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

/** A new liquor licence application naming these owners (and Luc Gagnon as manager), disclosed, paid and submitted. */
async function submittedApplication(user: SessionUser, owners: Array<Record<string, string>>): Promise<string> {
  const id = await startDraft(user);
  for (const [section, answers] of Object.entries(completeForms)) await saveSection(user, id, section, answers);
  for (const owner of owners) await saveListItem(user, id, "associatedPersons", null, owner);
  await saveListItem(user, id, "premisesManagers", null, completeItems.premisesManagers ?? {});
  await saveListItem(user, id, "licensedAreas", null, completeItems.licensedAreas ?? {});
  await uploadFloorPlan(database.db, user, id);
  expect(await sendDisclosureRequests(user, id, "associatedPersons", "fr")).toMatchObject({ ok: true });
  for (const owner of owners)
    await saveDisclosure(await disclosureTokenFor(database.db, owner.email ?? ""), disclosureAnswers);
  await completeManagerDisclosure(database.db, user, id);
  expect(await payFeesAndSubmit(user, id, "fr")).toEqual({ ok: true });
  await payBySandboxCard(database.db, user, id);
  return id;
}

async function approve(id: string): Promise<{ licenceId: string; entityId: string }> {
  expect(await decide(officer, id, "startReview")).toMatchObject({ ok: true });
  const approved = await decide(officer, id, "approve");
  expect(approved).toMatchObject({ ok: true, status: "approved" });
  const licenceId = approved.ok ? (approved.licenceId ?? "") : "";
  const { entityId } = await database.db.licence.findUniqueOrThrow({ where: { id: licenceId } });
  return { licenceId, entityId };
}

const onFile = (entityId: string) =>
  database.db.entityPerson.findMany({
    where: { entityId, removedAt: null },
    orderBy: [{ lastName: "asc" }, { role: "asc" }],
    select: { firstName: true, lastName: true, role: true, shareBasisPoints: true, addReason: true },
  });

describe("approval of a new application", () => {
  it("puts the people it disclosed on file, with their shares and the application as their reason", async () => {
    const id = await submittedApplication(marie, [
      { firstName: "Camille", lastName: "Okonkwo", email: "camille@example.com", role: "officer", sharePercent: "55" },
      { firstName: "Noé", lastName: "Bélanger", email: "noe@example.com", role: "director" },
    ]);
    const { fileNumber } = await database.db.application.findUniqueOrThrow({ where: { id } });
    const { entityId } = await approve(id);
    const reason = `issued:${fileNumber}`;
    expect(await onFile(entityId)).toEqual([
      { firstName: "Noé", lastName: "Bélanger", role: "director", shareBasisPoints: null, addReason: reason },
      { firstName: "Luc", lastName: "Gagnon", role: "premises_manager", shareBasisPoints: null, addReason: reason },
      { firstName: "Camille", lastName: "Okonkwo", role: "officer", shareBasisPoints: null, addReason: reason },
      { firstName: "Camille", lastName: "Okonkwo", role: "shareholder", shareBasisPoints: 5500, addReason: reason },
    ]);
    expect(
      await database.db.auditLog.count({ where: { action: "entity.people_updated", subjectId: id, entityId } }),
    ).toBe(1);
  });

  it("ends the link of an agent who is not one of its owners; the licence is the business's", async () => {
    const id = await submittedApplication(marie, [
      { firstName: "Camille", lastName: "Okonkwo", email: "camille@example.com", role: "sole_proprietor" },
    ]);
    // While the application is processed, the agent reaches the business it created.
    const { entityId: submittedFor } = await database.db.application.findUniqueOrThrow({ where: { id } });
    expect((await listLinkedEntities(marie)).map((link) => link.entity.id)).toContain(submittedFor);
    const { licenceId, entityId } = await approve(id);
    expect((await listLinkedEntities(marie)).map((link) => link.entity.id)).not.toContain(entityId);
    expect(await getLicence(marie, licenceId)).toBeNull();
    const link = await database.db.accountLink.findFirstOrThrow({ where: { userId: marie.id, entityId } });
    expect(link.revokedAt).not.toBeNull();
    expect(await database.db.auditLog.count({ where: { action: "account_link.revoked", subjectId: link.id } })).toBe(1);
    // Its owner on file can now be given an access code by customer service.
    const [camille] = await database.db.entityPerson.findMany({ where: { entityId, role: "sole_proprietor" } });
    const code = await issueAccessCode(service, {
      entityId,
      callerPersonId: camille?.id ?? "",
      verificationMethod: "callback_on_file",
      verificationNote: "Rappelée au numéro de la demande.",
    });
    expect(code).not.toBeNull();
  });

  it("keeps the link of an applicant who disclosed themself as an owner, with the e-mail of their account", async () => {
    const owner = await newApplicant("owner");
    const id = await submittedApplication(owner, [
      // The address as typed may differ in case from the account's.
      { firstName: "Test", lastName: owner.lastName, email: owner.email.toUpperCase(), role: "officer" },
    ]);
    const { licenceId, entityId } = await approve(id);
    expect(await getLicence(owner, licenceId)).toMatchObject({ id: licenceId });
    const link = await database.db.accountLink.findFirstOrThrow({ where: { userId: owner.id, entityId } });
    expect(link).toMatchObject({ via: "person_on_file", revokedAt: null });
    expect(
      await database.db.auditLog.count({
        where: { action: "account_link.kept_as_person_on_file", subjectId: link.id },
      }),
    ).toBe(1);
  });
});

describe("approval of a renewal", () => {
  /** Every disclosure request of a renewal, completed through its e-mailed link (Hugo Roy's as a manager). */
  async function completeDisclosures(application: ApplicationView) {
    for (const disclosure of application.disclosures)
      await saveDisclosure(
        await disclosureTokenFor(database.db, disclosure.email),
        disclosure.email === "hugo.roy@example.com" ? managerDisclosureAnswers : disclosureAnswers,
      );
  }

  it("applies the people and managers added and removed, keeping those who left in the file's history", async () => {
    const started = await startOnLicence(marie, demo.cormoranExpiringLicence, "renewal");
    expect(started).toMatchObject({ ok: true });
    const id = started.ok ? started.id : "";
    const draft = await getApplication(marie, id);
    const items = (draft?.answers.associatedPersons?.items ?? []) as Array<Record<string, string>>;
    // The renewal starts from the people on file, each listed once with their share.
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ firstName: "Marie", lastName: "Tremblay", role: "officer", sharePercent: "60" }),
        expect.objectContaining({ firstName: "Luc", lastName: "Gagnon", role: "director", sharePercent: "40" }),
      ]),
    );
    expect(items).toHaveLength(2);
    // Luc leaves; Inès joins as a director holding his shares.
    const luc = items.find((item) => item.firstName === "Luc");
    expect(await removeListItem(marie, id, "associatedPersons", luc?.id ?? "")).toMatchObject({ ok: true });
    await saveListItem(marie, id, "associatedPersons", null, {
      firstName: "Inès",
      lastName: "Haddad",
      email: "ines.haddad@example.com",
      role: "director",
      sharePercent: "40",
    });
    await saveSection(marie, id, "reviewInformation", { informationCorrect: "yes" });
    // The managers on file are listed too: Chantal leaves, Hugo joins.
    const managers = (draft?.answers.premisesManagers?.items ?? []) as Array<Record<string, string>>;
    expect(managers).toEqual([expect.objectContaining({ firstName: "Chantal", lastName: "Côté" })]);
    expect(await removeListItem(marie, id, "premisesManagers", managers[0]?.id ?? "")).toMatchObject({ ok: true });
    await saveListItem(marie, id, "premisesManagers", null, {
      firstName: "Hugo",
      lastName: "Roy",
      managerEmail: "hugo.roy@example.com",
    });
    await saveSection(marie, id, "questions", completeForms.questions ?? {});
    expect(await sendDisclosureRequests(marie, id, "associatedPersons", "fr")).toMatchObject({ ok: true });
    // Hugo, the new manager, is asked for a manager's disclosure.
    expect(await sendDisclosureRequests(marie, id, "premisesManagers", "fr")).toEqual({ ok: true, sent: 1 });
    await completeDisclosures((await getApplication(marie, id)) as ApplicationView);
    expect(await payFeesAndSubmit(marie, id, "fr")).toEqual({ ok: true });
    await payBySandboxCard(database.db, marie, id);
    const { fileNumber } = await database.db.application.findUniqueOrThrow({ where: { id } });
    await approve(id);

    const people = await listPeopleHistory(officer, demo.cormoran);
    const names = (list: NonNullable<typeof people>["current"]) =>
      list.map((person) => `${person.firstName} ${person.lastName} ${person.role}`).sort();
    expect(names(people?.current ?? [])).toEqual([
      "Hugo Roy premises_manager",
      "Inès Haddad director",
      "Inès Haddad shareholder",
      "Marie Tremblay officer",
      "Marie Tremblay shareholder",
    ]);
    expect(names(people?.former ?? [])).toEqual([
      "Chantal Côté premises_manager",
      "Luc Gagnon director",
      "Luc Gagnon shareholder",
    ]);
    expect(people?.former.every((person) => person.endReason === `renewed:${fileNumber}`)).toBe(true);
    expect(people?.current.find((person) => person.firstName === "Inès")?.addReason).toBe(`renewed:${fileNumber}`);
  });
});

describe("staff keeping the people on file", () => {
  const person = (entityId: string, lastName: string) => ({
    entityId,
    firstName: "Aline",
    lastName,
    email: "",
    role: "director" as const,
    reason: "Changement d'administrateurs approuvé le 2 décembre.",
  });

  it("adds a person once, with the reason, audited; only officers may", async () => {
    for (const outsider of [service, marie]) {
      expect(await addPersonOnFile(outsider, person(demo.harbour, "Roy"))).toEqual({ ok: false, reason: "notFound" });
    }
    // Two officers adding the same person at once add them once.
    const results = await Promise.all([
      addPersonOnFile(officer, person(demo.harbour, "Roy")),
      addPersonOnFile(officer, person(demo.harbour, " roy ")),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "alreadyOnFile" }]);
    const added = await database.db.entityPerson.findMany({ where: { entityId: demo.harbour, firstName: "Aline" } });
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ addedById: officer.id, addReason: person(demo.harbour, "Roy").reason });
    expect(
      await database.db.auditLog.count({ where: { action: "entity.person_added", subjectId: added[0]?.id } }),
    ).toBe(1);
    expect(await addPersonOnFile(officer, person("10000000-0000-4000-8000-00000000ffff", "Roy"))).toEqual({
      ok: false,
      reason: "notFound",
    });
  });

  it("ends a person once: they stay in the history and can no longer be given an access code", async () => {
    const added = await addPersonOnFile(officer, person(demo.harbour, "Ouellet"));
    const personId = added.ok ? added.id : "";
    const code = (callerPersonId: string) =>
      issueAccessCode(service, {
        entityId: demo.harbour,
        callerPersonId,
        verificationMethod: "security_questions",
        verificationNote: "Questions de sécurité réussies.",
      });
    expect(await code(personId)).not.toBeNull();
    const end = { entityId: demo.harbour, personId, reason: "A quitté le conseil d'administration." };
    for (const outsider of [service, marie]) expect(await endPersonOnFile(outsider, end)).toMatchObject({ ok: false });
    // Another entity's id with this person is not found.
    expect(await endPersonOnFile(officer, { ...end, entityId: demo.cormoran })).toEqual({
      ok: false,
      reason: "notFound",
    });
    const [first, second] = await Promise.all([endPersonOnFile(officer, end), endPersonOnFile(officer, end)]);
    expect([first?.ok, second?.ok].sort()).toEqual([false, true]);
    expect(await code(personId)).toBeNull();
    const history = await listPeopleHistory(officer, demo.harbour);
    expect(history?.current.map((current) => current.id)).not.toContain(personId);
    expect(history?.former.find((former) => former.id === personId)).toMatchObject({ endReason: end.reason });
    expect(await database.db.auditLog.count({ where: { action: "entity.person_ended", subjectId: personId } })).toBe(1);
    // Nobody outside the back office reads the history.
    expect(await listPeopleHistory(marie, demo.harbour)).toBeNull();
  });
});

describe("who can see a business's licences", () => {
  it("is shown to its own accounts, who may ask for another account's access to end", async () => {
    const colleague = await newApplicant("colleague");
    const stranger = await newApplicant("stranger");
    const link = await database.db.accountLink.create({
      data: { userId: colleague.id, entityId: demo.cormoran, via: "access_code" },
    });
    const accounts = await listAccountsWithAccess(marie, demo.cormoran);
    expect(accounts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "Marie Tremblay", isActor: true }),
        expect.objectContaining({
          id: link.id,
          name: `Test ${colleague.lastName}`,
          isActor: false,
          via: "access_code",
        }),
      ]),
    );
    expect(await listAccountsWithAccess(stranger, demo.cormoran)).toBeNull();
    expect(await listAccountsWithAccess(marie, "not-a-uuid")).toBeNull();

    expect(await accessToEnd(marie, link.id)).toEqual({
      entityId: demo.cormoran,
      business: "Bistro Le Cormoran inc.",
      name: `Test ${colleague.lastName}`,
    });
    // Not for a stranger, not one's own link, not a link already ended.
    expect(await accessToEnd(stranger, link.id)).toBeNull();
    const own = await database.db.accountLink.findFirstOrThrow({
      where: { userId: marie.id, entityId: demo.cormoran },
    });
    expect(await accessToEnd(marie, own.id)).toBeNull();
    await database.db.accountLink.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
    expect(await accessToEnd(marie, link.id)).toBeNull();
    expect((await listAccountsWithAccess(marie, demo.cormoran))?.map((account) => account.id)).not.toContain(link.id);
  });
});
