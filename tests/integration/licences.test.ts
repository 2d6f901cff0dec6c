import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getLicence, listMyLicences, verifyLicenceNumber } from "@/lib/licences/queries";
import {
  createChangeRequest,
  decideChangeRequest,
  listChangeRequestsForLicence,
  listChangeRequestsForStaff,
} from "@/lib/change-requests/requests";
import { unlinkAccount } from "@/lib/access-codes/account-links";
import type { SessionUser } from "@/lib/auth/session";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

let database: TestDatabase;
const CORMORAN_ACTIVE = "13000000-0000-4000-8000-000000000001";
const HARBOUR_EXPIRED = "13000000-0000-4000-8000-000000000011";
let marie: SessionUser;
let john: SessionUser;
let service: SessionUser;
let officer: SessionUser;

const sessionUser = async (email: string): Promise<SessionUser> => demoSession(email);

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
  [marie, john, service, officer] = await Promise.all([
    sessionUser("marie.tremblay@example.com"),
    sessionUser("john.smith@example.com"),
    sessionUser("service@example.com"),
    sessionUser("officer@example.com"),
  ]);
});
afterAll(async () => {
  await database.close();
});

describe("licences an account can see", () => {
  it("are those of its linked entities, and no others", async () => {
    expect((await listMyLicences(marie)).map((licence) => licence.number).sort()).toEqual([
      "LSL-2024-000102",
      "LSL-2025-000101",
    ]);
    expect((await listMyLicences(john)).map((licence) => licence.number).sort()).toEqual([
      "LDL-2025-000202",
      "LSL-2024-000201",
    ]);
  });

  it("another entity's licence does not exist for the account (null → 404)", async () => {
    expect(await getLicence(john, CORMORAN_ACTIVE)).toBeNull();
    expect((await getLicence(marie, CORMORAN_ACTIVE))?.number).toBe("LSL-2025-000101");
    expect(await getLicence(marie, "not-a-uuid")).toBeNull();
  });

  it("staff may open any licence", async () => {
    expect((await getLicence(service, HARBOUR_EXPIRED))?.number).toBe("LSL-2024-000201");
  });

  it("the licence page carries areas, history and compliance documents", async () => {
    const licence = await getLicence(marie, CORMORAN_ACTIVE);
    expect(licence?.premises?.areas.map((area) => [area.name, area.capacity])).toEqual([
      ["Salle à manger", 60],
      ["Terrasse", 24],
    ]);
    expect(licence?.statusEvents.map((event) => event.status)).toEqual(["active"]);
    expect(licence?.documents.map((document) => document.title)).toEqual(["Avis de conformité – affichage"]);
  });

  it("disappears at once when the account is unlinked", async () => {
    const person = await database.db.user.create({
      data: {
        email: `linked-${Date.now()}@example.com`,
        passwordHash: "x",
        status: "active",
        firstName: "Temp",
        lastName: "Person",
      },
    });
    const link = await database.db.accountLink.create({
      data: { userId: person.id, entityId: "10000000-0000-4000-8000-000000000001", via: "access_code" },
    });
    const actor = {
      id: person.id,
      email: person.email,
      firstName: "Temp",
      lastName: "Person",
      role: person.role,
      locale: person.locale,
    };
    expect(await getLicence(actor, CORMORAN_ACTIVE)).not.toBeNull();
    await unlinkAccount(service, link.id);
    expect(await getLicence(actor, CORMORAN_ACTIVE)).toBeNull();
  });
});

describe("change requests", () => {
  it("are accepted only on the account's own licences", async () => {
    const input = {
      licenceId: CORMORAN_ACTIVE,
      kind: "other" as const,
      description: "We are moving to 200, rue Principale on 1 March.",
      proposed: null,
    };
    expect(await createChangeRequest(john, input)).toEqual({ ok: false, reason: "notFound" });
    const created = await createChangeRequest(marie, input);
    expect(created).toMatchObject({ ok: true, reference: expect.stringMatching(/^CHG-\d{4}-\d{6}$/) });
    expect((await listChangeRequestsForLicence(CORMORAN_ACTIVE)).map((request) => request.status)).toEqual(["open"]);
  });

  it("are handled by staff with a reply, once; applicants can't handle them", async () => {
    const created = await createChangeRequest(marie, {
      licenceId: CORMORAN_ACTIVE,
      kind: "other",
      description: "Raise the terrace capacity to 30 people.",
      proposed: null,
    });
    const id = created.ok ? created.id : "";
    expect(await listChangeRequestsForStaff(marie, "open")).toBeNull();
    expect(await decideChangeRequest(marie, { id, decision: "answer", reply: "Done." })).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect((await listChangeRequestsForStaff(officer, "open"))?.map((request) => request.id)).toContain(id);
    expect(
      await decideChangeRequest(officer, { id, decision: "answer", reply: "Approved; an inspector will visit." }),
    ).toEqual({
      ok: true,
    });
    expect(await decideChangeRequest(service, { id, decision: "answer", reply: "Again" })).toEqual({
      ok: false,
      reason: "alreadyDecided",
    });
    const handled = (await listChangeRequestsForLicence(CORMORAN_ACTIVE)).find((request) => request.id === id);
    expect([handled?.status, handled?.staffReply]).toEqual(["handled", "Approved; an inspector will visit."]);
  });
});

describe("verifyLicenceNumber", () => {
  it("returns only public facts", async () => {
    const found = await verifyLicenceNumber("lsl-2025-000101");
    expect(Object.keys(found ?? {}).sort()).toEqual([
      "expiresOn",
      "holderName",
      "kind",
      "number",
      "publicDetails",
      "renewalUnderReview",
      "status",
      "suspendedUntil",
    ]);
    expect(found?.holderName).toBe("Le Cormoran");
  });
});
