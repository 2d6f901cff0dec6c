import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { listMyLicencesPage } from "@/lib/licences/queries";
import { PAGE_SIZE } from "@/lib/db/pagination";
import type { SessionUser } from "@/lib/auth/session";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/**
 * "My licences" (/licences): every licence of the businesses linked to the account — an agent may
 * hold hundreds — a page at a time, soonest to expire first, searchable by number, holder or
 * premises. Nobody else's licence ever appears, whatever is searched.
 */
let database: TestDatabase;
let agent: SessionUser;
let neighbour: SessionUser;
const officer = demoSession("officer@example.com");
const HELD = PAGE_SIZE + 5;

/** A business linked to `owner` (by an active link, or a revoked one) holding one licence expiring in `days` days. */
async function businessWithLicence(
  owner: SessionUser,
  index: number,
  { days, revoked = false, tag = "AGT" }: { days: number; revoked?: boolean; tag?: string },
) {
  const entity = await database.db.entity.create({
    data: { legalName: `${tag} Holdings ${index} inc.`, operatingName: `${tag} Bistro ${index}`, type: "corporation" },
  });
  await database.db.accountLink.create({
    data: { userId: owner.id, entityId: entity.id, via: "access_code", ...(revoked ? { revokedAt: new Date() } : {}) },
  });
  const expiresOn = new Date(Date.UTC(2030, 0, 1) + days * 86_400_000);
  return database.db.licence.create({
    data: {
      number: `${tag}-2026-${String(index).padStart(6, "0")}`,
      kind: "liquor_sales",
      entityId: entity.id,
      termYears: 2,
      issuedOn: new Date(Date.UTC(2026, 0, 1)),
      expiresOn,
    },
    select: { id: true, number: true },
  });
}

const numbers = (page: { rows: Array<{ number: string }> }) => page.rows.map((row) => row.number);
let agentNumbers: string[] = [];
let neighbourNumbers: string[] = [];

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
  agent = await newApplicant("agent-many-businesses");
  neighbour = await newApplicant("licences-neighbour");
  agentNumbers = [];
  // Created in reverse: the list's order comes from the expiry dates, not the rows' order.
  for (let index = HELD; index >= 1; index -= 1)
    agentNumbers.unshift((await businessWithLicence(agent, index, { days: index })).number);
  neighbourNumbers = [
    (await businessWithLicence(neighbour, 1, { days: 0, tag: "NBR" })).number,
    // A link the agent once had, revoked: that licence is no longer theirs to see.
    (await businessWithLicence(agent, 99, { days: 0, tag: "OLD", revoked: true })).number,
  ];
});
afterAll(async () => {
  await database.close();
});

describe("listMyLicencesPage", () => {
  it("lists the account's licences a page at a time, the soonest to expire first", async () => {
    const first = await listMyLicencesPage(agent, {});
    expect(first).toMatchObject({ page: 1, pages: 2, total: HELD, search: "" });
    expect(numbers(first)).toEqual(agentNumbers.slice(0, PAGE_SIZE));
    const second = await listMyLicencesPage(agent, { page: 2 });
    expect(numbers(second)).toEqual(agentNumbers.slice(PAGE_SIZE));
  });

  it("never lists another account's licence, nor one whose link was revoked", async () => {
    for (const search of [undefined, "", "Bistro", "NBR", "OLD", "2026"]) {
      const page = await listMyLicencesPage(agent, { search });
      expect(
        numbers(page).filter((number) => neighbourNumbers.includes(number)),
        String(search),
      ).toEqual([]);
    }
    expect(numbers(await listMyLicencesPage(neighbour, {}))).toEqual([neighbourNumbers[0]]);
  });

  it("shows staff none: the back office has its own search", async () => {
    expect((await listMyLicencesPage(officer, {})).total).toBe(0);
  });

  it("finds a licence by its number, its holder's legal or operating name, whatever the case", async () => {
    for (const search of ["AGT-2026-000007", "agt holdings 7 inc.", "AGT BISTRO 7"]) {
      expect(numbers(await listMyLicencesPage(agent, { search })), search).toEqual(["AGT-2026-000007"]);
    }
  });

  it("reads the search's words literally: wildcards match only themselves", async () => {
    for (const search of ["%", "_", "AGT%7", "\\"]) {
      expect((await listMyLicencesPage(agent, { search })).total, search).toBe(0);
    }
  });

  it("takes any search and page without failing, and never shows more than a page", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constant(undefined)), fc.integer(), async (search, page) => {
        const result = await listMyLicencesPage(agent, { search, page });
        expect(result.rows.length).toBeLessThanOrEqual(PAGE_SIZE);
        expect(result.search.length).toBeLessThanOrEqual(100);
      }),
      { numRuns: 30 },
    );
  });
});
