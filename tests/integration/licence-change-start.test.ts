import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOnLicence } from "@/lib/applications/on-licence";
import { MAX_OPEN_DRAFTS } from "@/lib/applications/commands";
import { applicationKinds } from "@/lib/applications/registry";
import type { SessionUser } from "@/lib/auth/session";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demo, demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import { startDraft } from "./ready-application";

let database: TestDatabase;
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

/** A fresh account linked to a demo business, as if it had entered the business's access code. */
async function linkedApplicant(entityId: string): Promise<SessionUser> {
  const user = await newApplicant("change");
  await database.db.accountLink.create({ data: { userId: user.id, entityId, via: "access_code" } });
  return user;
}

function changesOn(licenceId: string) {
  return database.db.application.findMany({ where: { licenceId, type: "change" } });
}

describe("starting a change application on a licence", () => {
  it("is offered for a liquor sales licence by its kind's declaration", () => {
    expect(applicationKinds.onLicence("liquor_sales", "change")?.type).toBe("change");
  });

  it("starts a draft on an active licence the account holds, with the licence's areas already listed", async () => {
    const started = await startOnLicence(marie, demo.cormoranActiveLicence, "change");
    expect(started.ok).toBe(true);
    const id = started.ok ? started.id : "";
    const application = await database.db.application.findUniqueOrThrow({ where: { id } });
    expect(application).toMatchObject({
      userId: marie.id,
      type: "change",
      status: "draft",
      licenceId: demo.cormoranActiveLicence,
      entityId: demo.cormoran,
    });
    expect(application.answers).toMatchObject({
      licensedAreas: {
        items: [
          { areaName: "Salle à manger", setting: "indoor", capacity: "60" },
          { areaName: "Terrasse", setting: "outdoor", capacity: "24" },
        ],
      },
    });
  });

  it("gives the same account its open change back instead of a second one", async () => {
    const first = await startOnLicence(marie, demo.cormoranActiveLicence, "change");
    const again = await startOnLicence(marie, demo.cormoranActiveLicence, "change");
    expect(again).toEqual(first);
    expect(await changesOn(demo.cormoranActiveLicence)).toHaveLength(1);
  });

  it("refuses another person linked to the licence while a change is open on it", async () => {
    const colleague = await linkedApplicant(demo.cormoran);
    expect(await startOnLicence(colleague, demo.cormoranActiveLicence, "change")).toEqual({
      ok: false,
      reason: "inProgress",
    });
    expect(await changesOn(demo.cormoranActiveLicence)).toHaveLength(1);
  });

  it("does not find a licence of a business the account is not linked to", async () => {
    expect(await startOnLicence(john, demo.cormoranExpiringLicence, "change")).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await changesOn(demo.cormoranExpiringLicence)).toHaveLength(0);
  });

  it("refuses staff, who can read every licence but hold none, a change or a renewal", async () => {
    const officer = demoSession("officer@example.com");
    expect(await startOnLicence(officer, demo.cormoranActiveLicence, "change")).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await startOnLicence(officer, demo.cormoranExpiringLicence, "renewal")).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await database.db.application.count({ where: { userId: officer.id } })).toBe(0);
  });

  it("refuses an expired licence", async () => {
    expect(await startOnLicence(john, demo.harbourExpiredLicence, "change")).toEqual({ ok: false, reason: "expired" });
    expect(await changesOn(demo.harbourExpiredLicence)).toHaveLength(0);
  });

  it("refuses a licence that is not active, and one whose kind has no change application", async () => {
    const holder = await linkedApplicant(demo.deuxRives);
    const deuxRivesLicence = await database.db.licence.findFirstOrThrow({ where: { entityId: demo.deuxRives } });
    await database.db.licence.update({ where: { id: deuxRivesLicence.id }, data: { status: "suspended" } });
    expect(await startOnLicence(holder, deuxRivesLicence.id, "change")).toEqual({ ok: false, reason: "notFound" });

    // The Harbour Room's delivery licence: no kind declares a change to it.
    const delivery = await database.db.licence.findFirstOrThrow({
      where: { entityId: demo.harbour, kind: "liquor_delivery" },
    });
    await database.db.licence.update({ where: { id: delivery.id }, data: { status: "active" } });
    expect(await startOnLicence(john, delivery.id, "change")).toEqual({ ok: false, reason: "notFound" });
    expect(
      await database.db.application.count({ where: { type: "change", userId: { in: [holder.id, john.id] } } }),
    ).toBe(0);
  });

  it("refuses an account already holding the most drafts it may", async () => {
    const busy = await linkedApplicant(demo.cormoran);
    for (let index = 0; index < MAX_OPEN_DRAFTS; index += 1) await startDraft(busy);
    expect(await startOnLicence(busy, demo.cormoranExpiringLicence, "change")).toEqual({
      ok: false,
      reason: "tooManyDrafts",
    });
    expect(await changesOn(demo.cormoranExpiringLicence)).toHaveLength(0);
  });

  it("lets one of two people starting at the same moment through, and tells the other it is in progress", async () => {
    const [first, second] = [await linkedApplicant(demo.cormoran), await linkedApplicant(demo.cormoran)];
    const results = await Promise.all([
      startOnLicence(first, demo.cormoranExpiringLicence, "change"),
      startOnLicence(second, demo.cormoranExpiringLicence, "change"),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "inProgress" }]);
    const changes = await changesOn(demo.cormoranExpiringLicence);
    expect(changes).toHaveLength(1);
    const winner = changes[0]?.userId === first.id ? first : second;
    expect(await startOnLicence(winner, demo.cormoranExpiringLicence, "change")).toEqual({
      ok: true,
      id: changes[0]?.id,
    });
  });
});
