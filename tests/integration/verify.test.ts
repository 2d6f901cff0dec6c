import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { verifyLicenceNumber } from "@/lib/licences/queries";
import { limitPolicies } from "@/lib/rate-limit/policies";
import { lookUpLicence } from "@/app/[locale]/(public)/verify/lookup";
import { openFreshTestDatabase, type TestDatabase } from "./database";

const now = new Date("2026-11-26T15:00:00Z");
let database: TestDatabase;
let ipCounter = 0;

/** Each test gets its own caller address, so one test's lookups never limit another's. */
function freshIp(): string {
  ipCounter += 1;
  return `203.0.113.${ipCounter}`;
}

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db, now);
});
afterAll(async () => {
  await database.close();
});

describe("verifyLicenceNumber", () => {
  it("gives only the public facts: number, kind and endorsements, status, expiry, a suspension's last day and the holder's public name", async () => {
    const licence = await verifyLicenceNumber("LSL-2025-000101");
    expect(Object.keys(licence ?? {}).sort()).toEqual([
      "expiresOn",
      "holderName",
      "kind",
      "number",
      "publicDetails",
      "renewalUnderReview",
      "status",
      "suspendedUntil",
    ]);
    expect(licence).toMatchObject({
      number: "LSL-2025-000101",
      kind: "liquor_sales",
      status: "active",
      holderName: "Le Cormoran",
    });
    expect(licence?.expiresOn).toBeInstanceOf(Date);
  });

  it("names the holder by its legal name when it has no operating name", async () => {
    expect((await verifyLicenceNumber("LSL-2026-000301"))?.holderName).toBe("Brasserie des Deux Rives S.E.N.C.");
  });

  it("states an expired or suspended status as it is", async () => {
    expect((await verifyLicenceNumber("LSL-2024-000201"))?.status).toBe("expired");
    expect((await verifyLicenceNumber("LDL-2025-000202"))?.status).toBe("suspended");
  });

  it("reads a number typed in lower case or with spaces around it", async () => {
    expect((await verifyLicenceNumber("lsl-2025-000101"))?.number).toBe("LSL-2025-000101");
    expect((await verifyLicenceNumber("  LSL-2025-000101 \n"))?.number).toBe("LSL-2025-000101");
  });

  it("finds nothing for an unknown number", async () => {
    expect(await verifyLicenceNumber("LSL-2025-999999")).toBeNull();
  });

  it("finds nothing for a malformed number, without an error", async () => {
    for (const input of [
      "",
      "LSL",
      "LSL-2025-00010",
      "LSL-2025-0001011",
      "13000000-0000-4000-8000-000000000001",
      "' OR 1=1 --",
      "LSL-2025-000101%",
      "x".repeat(10_000),
      "ＬＳＬ-２０２５-０００１０１",
    ]) {
      expect(await verifyLicenceNumber(input), input.slice(0, 40)).toBeNull();
    }
  });
});

describe("lookUpLicence (the /verify page)", () => {
  it("does nothing until a number is asked for", async () => {
    expect(await lookUpLicence(undefined, freshIp(), now)).toEqual({ outcome: "idle" });
  });

  it("asks for a number when the field was sent empty, and for a shorter one when it is too long", async () => {
    expect(await lookUpLicence("   ", freshIp(), now)).toMatchObject({ outcome: "invalid", error: "numberRequired" });
    expect(await lookUpLicence("L".repeat(41), freshIp(), now)).toMatchObject({
      outcome: "invalid",
      error: "numberTooLong",
    });
  });

  it("shows the licence's public facts, found by a number in lower case", async () => {
    const lookup = await lookUpLicence("lsl-2025-000101", freshIp(), now);
    expect(lookup).toMatchObject({
      outcome: "found",
      number: "LSL-2025-000101",
      licence: { holderName: "Le Cormoran", status: "active" },
    });
  });

  it("says so when no licence matches", async () => {
    expect(await lookUpLicence("LSL-2025-999999", freshIp(), now)).toEqual({
      outcome: "notFound",
      number: "LSL-2025-999999",
    });
    expect(await lookUpLicence("not a number", freshIp(), now)).toEqual({
      outcome: "notFound",
      number: "not a number",
    });
  });

  it("takes the first value of a repeated ?number=", async () => {
    expect(await lookUpLicence(["LSL-2025-000101", "LSL-2024-000201"], freshIp(), now)).toMatchObject({
      outcome: "found",
      number: "LSL-2025-000101",
    });
  });

  it("calls an active licence past its expiry date expired, even before the nightly job", async () => {
    const later = new Date("2040-01-01T12:00:00Z");
    expect(await lookUpLicence("LSL-2025-000101", freshIp(), later)).toMatchObject({
      outcome: "found",
      licence: { status: "expired" },
    });
  });

  it("refuses further lookups from an address that used up its allowance, found or not", async () => {
    const ip = freshIp();
    const { points } = limitPolicies.licenceVerificationByIp;
    for (let attempt = 0; attempt < points; attempt += 1) {
      const number = attempt % 2 === 0 ? "LSL-2025-000101" : `LSL-2025-${String(900000 + attempt)}`;
      expect((await lookUpLicence(number, ip, now)).outcome).not.toBe("limited");
    }
    const refused = await lookUpLicence("LSL-2025-000101", ip, now);
    expect(refused).toMatchObject({ outcome: "limited", number: "LSL-2025-000101" });
    expect(refused.outcome === "limited" && refused.retryAfterSeconds).toBeGreaterThan(0);
    // Another caller is not affected.
    expect((await lookUpLicence("LSL-2025-000101", freshIp(), now)).outcome).toBe("found");
  });

  it("does not count an empty or oversized query against the allowance", async () => {
    const ip = freshIp();
    for (let attempt = 0; attempt < limitPolicies.licenceVerificationByIp.points + 5; attempt += 1) {
      expect((await lookUpLicence("", ip, now)).outcome).toBe("invalid");
    }
    expect((await lookUpLicence("LSL-2025-000101", ip, now)).outcome).toBe("found");
  });
});
