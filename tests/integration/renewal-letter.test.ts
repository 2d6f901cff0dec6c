import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redeemAccessCode } from "@/lib/access-codes/codes";
import { startOnLicence } from "@/lib/applications/on-licence";
import { isRenewable } from "@/lib/applications/registry";
import { listMyLicences } from "@/lib/licences/queries";
import { issueRenewalLetter } from "@/lib/licences/renewal-letter";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demo, demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/**
 * Issue 15 §5: the renewal letter of a horse-racing licence carries an access code for the
 * holder's own file, so an individual with no account (and nobody on file to call in for a code)
 * can link the licence and renew it.
 */
let database: TestDatabase;
const service = demoSession("service@example.com");
const officer = demoSession("officer@example.com");
/** Geneviève's horse-racing licence (demo data): it ends on her birthday, 40 days away. */
const horseRacingLicence = "13000000-0000-4000-8000-000000000071";
const genevieve = "10000000-0000-4000-8000-000000000007";

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});

const context = { ip: "203.0.113.40" };

describe("a renewal letter", () => {
  it("is printed by customer service with a new code that links a new account to the licence, ready to renew", async () => {
    const printed = await issueRenewalLetter(service, horseRacingLicence, "fr", isRenewable);
    if (!printed.ok) throw new Error(printed.reason);
    expect(Buffer.from(printed.pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(printed.letter.recipient[0]).toBe("Geneviève Ouellet");
    expect(printed.letter.recipient.length).toBeGreaterThan(1);
    expect(printed.letter.subject).toContain("HRL-2025-000701");
    expect(printed.letter.subject).toContain("Licence de courses de chevaux");

    const code = await database.db.accessCode.findFirstOrThrow({
      where: { entityId: genevieve, verificationMethod: "renewal_letter" },
    });
    expect(code).toMatchObject({ callerPersonId: null, verificationNote: "HRL-2025-000701" });
    expect(printed.letter.code.replaceAll("-", "")).toMatch(new RegExp(`${code.hint}$`));
    const issued = await database.db.auditLog.findFirst({
      where: { action: "access_code.issued", subjectId: code.id, actorId: service.id },
    });
    expect(issued?.details).toMatchObject({ licenceId: horseRacingLicence, sentBy: "renewal_letter" });

    const holder = await newApplicant("letter");
    expect(await redeemAccessCode(holder, printed.letter.code, context)).toEqual({
      ok: true,
      entityName: "Geneviève Ouellet",
    });
    expect((await listMyLicences(holder)).map((licence) => licence.number)).toEqual(["HRL-2025-000701"]);
    expect(await startOnLicence(holder, horseRacingLicence, "renewal")).toMatchObject({ ok: true });
  });

  it("issues a new code each time it is printed, in the language asked", async () => {
    const first = await issueRenewalLetter(service, horseRacingLicence, "en", isRenewable);
    const second = await issueRenewalLetter(service, horseRacingLicence, "en", isRenewable);
    if (!first.ok || !second.ok) throw new Error("not printed");
    expect(first.letter.code).not.toBe(second.letter.code);
    expect(first.letter.subject).toBe("Online renewal: Horse racing licence HRL-2025-000701");
    for (const printed of [first, second]) {
      expect(await redeemAccessCode(await newApplicant("twice"), printed.letter.code, context)).toMatchObject({
        ok: true,
      });
    }
  });

  it("is refused to anyone without the permission to issue codes, and for an id that is not a licence", async () => {
    const applicant = await newApplicant("curious");
    const before = await database.db.accessCode.count();
    for (const user of [officer, applicant])
      expect(await issueRenewalLetter(user, horseRacingLicence, "fr", isRenewable)).toEqual({
        ok: false,
        reason: "notFound",
      });
    for (const id of ["not-a-uuid", "13000000-0000-4000-8000-00000000ffff", "../../admin"])
      expect(await issueRenewalLetter(service, id, "fr", isRenewable)).toEqual({ ok: false, reason: "notFound" });
    expect(await database.db.accessCode.count()).toBe(before);
  });

  it("is only for a licence inside its renewal window: not one far from it, expired, or that never renews", async () => {
    const before = await database.db.accessCode.count();
    for (const id of [demo.cormoranActiveLicence, demo.harbourExpiredLicence])
      expect(await issueRenewalLetter(service, id, "fr", isRenewable)).toEqual({ ok: false, reason: "notInWindow" });
    expect(await issueRenewalLetter(service, horseRacingLicence, "fr", () => false)).toEqual({
      ok: false,
      reason: "notInWindow",
    });
    expect(await database.db.accessCode.count()).toBe(before);
  });
});
