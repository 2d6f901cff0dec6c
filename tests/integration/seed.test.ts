import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData, demoUsers } from "@/prisma/seed/demo-data";
import { verifyPassword } from "@/lib/auth/password-hash";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-data";
import { addDays, commissionToday, utcToIsoDate } from "@/lib/time/commission-date";
import { openFreshTestDatabase, type TestDatabase } from "./database";

const now = new Date("2026-11-26T15:00:00Z");
let database: TestDatabase;

async function snapshot(db: TestDatabase["db"]) {
  return {
    users: await db.user.findMany({ orderBy: { id: "asc" } }),
    entities: await db.entity.findMany({ orderBy: { id: "asc" } }),
    people: await db.entityPerson.findMany({ orderBy: { id: "asc" } }),
    premises: await db.premises.findMany({ orderBy: { id: "asc" } }),
    licences: await db.licence.findMany({ orderBy: { id: "asc" } }),
    events: await db.licenceStatusEvent.findMany({ orderBy: { id: "asc" } }),
    links: await db.accountLink.findMany({ orderBy: { id: "asc" } }),
    reports: await db.regulatoryReport.findMany({ orderBy: { id: "asc" } }),
    areas: await db.licensedArea.findMany({ orderBy: { id: "asc" } }),
    documents: await db.licenceDocument.findMany({ orderBy: { id: "asc" } }),
  };
}

beforeAll(async () => {
  database = await openFreshTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("seedDemoData", () => {
  it("loads the demo data once; a second run changes nothing", async () => {
    const first = await seedDemoData(database.db, now);
    expect(first.created).toBeGreaterThan(20);
    const before = await snapshot(database.db);

    const second = await seedDemoData(database.db, new Date(now.getTime() + 60_000));
    expect(second.created).toBe(0);
    expect(await snapshot(database.db)).toEqual(before);
  });

  it("creates an applicant per language and a staff account per role, all active with the demo password", async () => {
    const users = await database.db.user.findMany();
    expect(new Set(users.filter((user) => user.role === "applicant").map((user) => user.locale))).toEqual(
      new Set(["fr", "en"]),
    );
    expect(new Set(users.map((user) => user.role))).toEqual(
      new Set(["applicant", "customer_service", "licensing_officer", "admin"]),
    );
    expect(users.every((user) => user.status === "active")).toBe(true);
    const marie = users.find((user) => user.email === demoUsers[0]?.email);
    expect(marie && (await verifyPassword(marie.passwordHash, DEMO_PASSWORD))).toBe(true);
    expect(marie?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("gives licensed corporations officers, directors and shareholders whose shares add up to 100 %", async () => {
    // A business whose first application is not approved yet has nobody on file: approval puts its people there.
    const entities = await database.db.entity.findMany({
      where: { licences: { some: {} } },
      include: { people: true },
    });
    const corporations = entities.filter((entity) => entity.type === "corporation");
    expect(corporations.length).toBeGreaterThanOrEqual(2);
    for (const entity of corporations) {
      const roles = new Set(entity.people.map((person) => person.role));
      expect(roles).toContain("officer");
      expect(roles).toContain("director");
      const shares = entity.people.filter((person) => person.role === "shareholder");
      expect(shares.reduce((sum, person) => sum + (person.shareBasisPoints ?? 0), 0)).toBe(10000);
    }
  });

  it("has licences in every interesting state", async () => {
    const today = commissionToday(now);
    const licences = await database.db.licence.findMany({ include: { statusEvents: true } });
    const expiresOn = (licence: (typeof licences)[number]) => utcToIsoDate(licence.expiresOn);

    expect(licences.some((licence) => licence.status === "active" && expiresOn(licence) > addDays(today, 60))).toBe(
      true,
    );
    expect(
      licences.some(
        (licence) =>
          licence.status === "active" && expiresOn(licence) >= today && expiresOn(licence) <= addDays(today, 60),
      ),
    ).toBe(true);
    expect(licences.some((licence) => licence.status === "expired" && expiresOn(licence) === addDays(today, -1))).toBe(
      true,
    );
    expect(licences.some((licence) => licence.status === "suspended")).toBe(true);
    for (const licence of licences) {
      expect(licence.statusEvents.at(-1)?.status ?? licence.status).toBe(licence.status);
    }
  });

  it("refuses to run in production", async () => {
    const previous = process.env.NODE_ENV;
    Object.assign(process.env, { NODE_ENV: "production" });
    try {
      await expect(seedDemoData(database.db, now)).rejects.toThrow(/never loaded in production/);
    } finally {
      Object.assign(process.env, { NODE_ENV: previous });
    }
  });
});
