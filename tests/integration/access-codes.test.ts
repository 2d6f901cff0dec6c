import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  issueAccessCode,
  redeemAccessCode,
  redeemPendingAccessCode,
  revokeAccessCode,
  hashAccessCode,
} from "@/lib/access-codes/codes";
import { isLinked, setReportsAccess, unlinkAccount } from "@/lib/access-codes/account-links";
import { changeRole, searchAccounts, setAccountDisabled } from "@/lib/accounts/staff";
import { register, activateAccount } from "@/lib/accounts/registration";
import { listLinkedEntities, listMyReports } from "@/lib/entities/queries";
import { getEntityForStaff, searchEntities } from "@/lib/entities/staff";
import { listAuditLog } from "@/lib/audit/queries";
import { publishReport } from "@/lib/entities/reports";
import type { SessionUser } from "@/lib/auth/session";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

let database: TestDatabase;
const CORMORAN = "10000000-0000-4000-8000-000000000001";
const HARBOUR = "10000000-0000-4000-8000-000000000002";
const MARIE_OFFICER = "11000000-0000-4000-8000-000000000001";
const PREMISES_MANAGER = "11000000-0000-4000-8000-000000000005";

let service: SessionUser;
let officer: SessionUser;
let admin: SessionUser;
let applicant: SessionUser;
let counter = 0;

const sessionUser = async (email: string): Promise<SessionUser> => demoSession(email);

const verification = {
  callerPersonId: MARIE_OFFICER,
  verificationMethod: "security_questions" as const,
  verificationNote: "Asked date of incorporation and last invoice number.",
};
const ip = () => `10.1.${Math.floor(counter / 200)}.${(counter += 1) % 200}`;

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
  [service, officer, admin, applicant] = await Promise.all([
    sessionUser("service@example.com"),
    sessionUser("officer@example.com"),
    sessionUser("admin@example.com"),
    sessionUser("marie.tremblay@example.com"),
  ]);
});
afterAll(async () => {
  await database.close();
});

describe("issueAccessCode", () => {
  it("gives customer service a 15-character code shown once, stored only as a keyed hash, and audited", async () => {
    const issued = await issueAccessCode(service, { entityId: CORMORAN, ...verification });
    expect(issued?.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{15}$/);
    expect(issued?.formatted).toMatch(/^.{5}-.{5}-.{5}$/);
    const stored = await database.db.accessCode.findFirstOrThrow({
      where: { codeHash: hashAccessCode(issued?.code ?? "") },
    });
    expect(JSON.stringify(stored)).not.toContain(issued?.code);
    expect(stored.hint).toBe(issued?.code.slice(-4));
    expect(stored.callerName).toBe("Marie Tremblay");
    const entry = await database.db.auditLog.findFirst({
      where: { action: "access_code.issued", subjectId: stored.id },
    });
    expect(entry?.actorId).toBe(service.id);
  });

  it("is refused to licensing officers and applicants", async () => {
    expect(await issueAccessCode(officer, { entityId: CORMORAN, ...verification })).toBeNull();
    expect(await issueAccessCode(applicant, { entityId: CORMORAN, ...verification })).toBeNull();
  });

  it("is refused for a caller not listed on the entity, or not allowed to receive one", async () => {
    expect(await issueAccessCode(service, { entityId: HARBOUR, ...verification })).toBeNull();
    expect(
      await issueAccessCode(service, { entityId: CORMORAN, ...verification, callerPersonId: PREMISES_MANAGER }),
    ).toBeNull();
  });
});

describe("redeemAccessCode", () => {
  it("links the account to the code's entity and all its licences, and audits it", async () => {
    const person = await newApplicant("applicant");
    const issued = await issueAccessCode(service, { entityId: CORMORAN, ...verification });
    expect(await redeemAccessCode(person, issued?.formatted.toLowerCase() ?? "", { ip: ip() })).toEqual({
      ok: true,
      entityName: "Bistro Le Cormoran inc.",
    });
    const linked = await listLinkedEntities(person);
    expect(linked.map((link) => [link.entity.id, link.via])).toEqual([[CORMORAN, "access_code"]]);
    expect(linked[0]?.entity.licences.map((licence) => licence.number)).toEqual(["LSL-2024-000102", "LSL-2025-000101"]);
    expect(await database.db.auditLog.count({ where: { action: "access_code.redeemed", actorId: person.id } })).toBe(1);
  });

  it("lets another person use the same code (an officer shares it to add a person)", async () => {
    const issued = await issueAccessCode(service, { entityId: CORMORAN, ...verification });
    const [first, second] = [await newApplicant("applicant"), await newApplicant("applicant")];
    expect((await redeemAccessCode(first, issued?.code ?? "", { ip: ip() })).ok).toBe(true);
    expect((await redeemAccessCode(second, issued?.code ?? "", { ip: ip() })).ok).toBe(true);
  });

  it("makes one link when the same account redeems twice at once", async () => {
    const person = await newApplicant("applicant");
    const issued = await issueAccessCode(service, { entityId: CORMORAN, ...verification });
    await Promise.all([
      redeemAccessCode(person, issued?.code ?? "", { ip: ip() }),
      redeemAccessCode(person, issued?.code ?? "", { ip: ip() }),
    ]);
    expect(await database.db.accountLink.count({ where: { userId: person.id } })).toBe(1);
  });

  it("gives one generic answer for a wrong, malformed, revoked or expired code", async () => {
    const person = await newApplicant("applicant");
    const revoked = await issueAccessCode(service, { entityId: CORMORAN, ...verification });
    const revokedRow = await database.db.accessCode.findFirstOrThrow({
      where: { codeHash: hashAccessCode(revoked?.code ?? "") },
    });
    expect(await revokeAccessCode(service, revokedRow.id)).toBe(true);
    const expired = await issueAccessCode(
      service,
      { entityId: CORMORAN, ...verification },
      new Date(Date.now() - 61 * 24 * 3600 * 1000),
    );
    const answers = [
      await redeemAccessCode(person, "K7M2Q-9XRTB-4HWPD", { ip: ip() }),
      await redeemAccessCode(person, "nonsense", { ip: ip() }),
      await redeemAccessCode(person, revoked?.code ?? "", { ip: ip() }),
      await redeemAccessCode(person, expired?.code ?? "", { ip: ip() }),
    ];
    const invalid = { ok: false, reason: "invalid" };
    expect(answers).toEqual([invalid, invalid, invalid, invalid]);
    expect(await isLinked(person.id, CORMORAN)).toBe(false);
  });

  it("locks out guessing per account — then refuses even a valid code", async () => {
    const person = await newApplicant("applicant");
    for (let attempt = 0; attempt < 5; attempt += 1) await redeemAccessCode(person, "K7M2Q-9XRTB-4HWPD", { ip: ip() });
    const issued = await issueAccessCode(service, { entityId: CORMORAN, ...verification });
    expect(await redeemAccessCode(person, issued?.code ?? "", { ip: ip() })).toMatchObject({
      ok: false,
      reason: "locked",
    });
    expect(await isLinked(person.id, CORMORAN)).toBe(false);
  });

  it("locks out guessing per IP across accounts", async () => {
    const address = "10.9.9.9";
    for (let attempt = 0; attempt < 20; attempt += 1)
      await redeemAccessCode(await newApplicant("applicant"), "K7M2Q-9XRTB-4HWPD", { ip: address });
    expect(await redeemAccessCode(await newApplicant("applicant"), "K7M2Q-9XRTB-4HWPD", { ip: address })).toMatchObject(
      {
        ok: false,
        reason: "locked",
      },
    );
  });

  it("redeems the code typed at registration once the account is activated", async () => {
    const issued = await issueAccessCode(service, {
      entityId: HARBOUR,
      callerPersonId: "11000000-0000-4000-8000-000000000011",
      verificationMethod: "callback_on_file",
      verificationNote: "Called back at the office number on file.",
    });
    const email = `registrant-${Date.now()}@example.com`;
    await register(
      {
        email,
        password: "Verte-prairie-7",
        passwordConfirm: "Verte-prairie-7",
        firstName: "Ana",
        lastName: "Silva",
        phone: "416-555-0100",
        locale: "en",
        accessCode: issued?.code,
      },
      { ip: ip() },
    );
    const mail = await database.db.emailOutbox.findFirstOrThrow({ where: { toAddress: email } });
    const token = mail.textBody.match(/token=([A-Za-z0-9_-]+)/)?.[1] ?? "";
    const activated = await activateAccount(token, "Verte-prairie-7");
    expect(activated.ok).toBe(true);
    const user = await database.db.user.findUniqueOrThrow({ where: { email } });
    const codeHash = activated.ok ? activated.pendingAccessCodeHash : null;
    expect(codeHash).toBe(hashAccessCode(issued?.code ?? ""));
    expect((await redeemPendingAccessCode(user.id, codeHash ?? "", { ip: ip() }))?.ok).toBe(true);
    expect(await isLinked(user.id, HARBOUR)).toBe(true);
  });
});

describe("unlinking and access", () => {
  it("takes the entity away at once, and is audited", async () => {
    const person = await newApplicant("applicant");
    const issued = await issueAccessCode(service, { entityId: CORMORAN, ...verification });
    await redeemAccessCode(person, issued?.code ?? "", { ip: ip() });
    const link = await database.db.accountLink.findFirstOrThrow({ where: { userId: person.id } });
    expect(await unlinkAccount(officer, link.id)).toBe(false);
    expect(await isLinked(person.id, CORMORAN)).toBe(true);
    expect(await unlinkAccount(service, link.id)).toBe(true);
    expect(await isLinked(person.id, CORMORAN)).toBe(false);
    expect(await listLinkedEntities(person)).toEqual([]);
    expect(
      await database.db.auditLog.count({
        where: { action: "account_link.revoked", subjectId: link.id, actorId: service.id },
      }),
    ).toBe(1);
  });

  it("shows regulatory reports only while staff grant access", async () => {
    const person = await newApplicant("applicant");
    const issued = await issueAccessCode(service, { entityId: CORMORAN, ...verification });
    await redeemAccessCode(person, issued?.code ?? "", { ip: ip() });
    expect(await listMyReports(person)).toEqual([]);
    const link = await database.db.accountLink.findFirstOrThrow({ where: { userId: person.id } });
    expect(await setReportsAccess(service, link.id, true)).toBe(true);
    expect((await listMyReports(person)).map((report) => report.entity.legalName)).toEqual(["Bistro Le Cormoran inc."]);
    await publishReport(officer, { entityId: CORMORAN, title: "Suivi", body: "Visite de suivi." });
    expect(await listMyReports(person)).toHaveLength(2);
    expect(await setReportsAccess(service, link.id, false)).toBe(true);
    expect(await listMyReports(person)).toEqual([]);
  });
});

describe("staff permissions in the data layer", () => {
  it("lets customer service disable an account, which ends its sessions, but not change roles", async () => {
    const person = await newApplicant("applicant");
    expect(await setAccountDisabled(officer, person.id, true)).toBe(false);
    expect(await setAccountDisabled(service, person.id, true)).toBe(true);
    const disabled = await database.db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect([disabled.status, disabled.sessionVersion]).toEqual(["disabled", 1]);
    expect(await changeRole(service, person.id, "admin")).toBe(false);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("applicant");
  });

  it("lets only an administrator disable a staff account; customer service acts on applicants only", async () => {
    const colleague = await newApplicant("applicant");
    await database.db.user.update({ where: { id: colleague.id }, data: { role: "licensing_officer" } });
    expect(await setAccountDisabled(service, colleague.id, true)).toBe(false);
    expect(await setAccountDisabled(service, admin.id, true)).toBe(false);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: colleague.id } })).status).toBe("active");
    expect(await setAccountDisabled(admin, colleague.id, true)).toBe(true);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: colleague.id } })).status).toBe("disabled");
  });

  it("lets an administrator change a role, ending the account's sessions, and audits it", async () => {
    const person = await newApplicant("applicant");
    expect(await changeRole(admin, person.id, "licensing_officer")).toBe(true);
    const changed = await database.db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect([changed.role, changed.sessionVersion]).toEqual(["licensing_officer", 1]);
    expect(await database.db.auditLog.count({ where: { action: "account.role_changed", subjectId: person.id } })).toBe(
      1,
    );
    expect(await changeRole(admin, admin.id, "applicant")).toBe(false);
  });

  it("gives applicants nothing from staff reads", async () => {
    expect(await searchAccounts(applicant, "Tremblay")).toBeNull();
    expect(await searchEntities(applicant, "Cormoran")).toBeNull();
    expect(await getEntityForStaff(applicant, CORMORAN)).toBeNull();
    expect(await listAuditLog(applicant, {})).toBeNull();
  });

  it("finds accounts and entities by name, e-mail, business number and licence number", async () => {
    expect((await searchAccounts(service, "marie tremblay"))?.rows.map((row) => row.email)).toContain(
      "marie.tremblay@example.com",
    );
    expect((await searchEntities(service, "123456789"))?.rows.map((row) => row.id)).toEqual([CORMORAN]);
    expect((await searchEntities(service, "lsl-2024-000201"))?.rows.map((row) => row.id)).toEqual([HARBOUR]);
    expect((await searchEntities(service, "cormoran"))?.rows.map((row) => row.id)).toEqual([CORMORAN]);
  });

  it("reads a search's words literally: LIKE's wildcards find only themselves", async () => {
    for (const term of ["%%", "__", "Cor%an", "\\\\"]) {
      expect((await searchEntities(service, term))?.total, term).toBe(0);
      expect((await searchAccounts(service, term))?.total, term).toBe(0);
    }
  });

  it("never hands staff an access code's hash", async () => {
    const entity = await getEntityForStaff(service, CORMORAN);
    expect(JSON.stringify(entity)).not.toMatch(/codeHash|[0-9a-f]{64}/);
  });
});
