import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/cron/[job]/route";
import { resetConfigForTests } from "@/lib/config";
import type { LicenceStatus, Locale, UserStatus } from "@/lib/db/generated/client";
import { expireLicences, reminderKindFor, sendRenewalReminders } from "@/lib/licences/jobs";
import { EXPIRY_REASON } from "@/lib/licences/history-reasons";
import { addDays, addYears, commissionToday, isoDateToUtc, type IsoDate } from "@/lib/time/commission-date";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import { renewableLicenceKinds } from "@/lib/applications/registry";

const renewable = renewableLicenceKinds();

/**
 * Noon in Toronto on 27 September 2030: the licence 60 days out expires on 26 November 2030. Far
 * from the real date on purpose, so that the cron route (which runs on the real clock) meets only
 * the licences its own tests create.
 */
const NOW = new Date("2030-09-27T16:00:00Z");
const TODAY = commissionToday(NOW);
const DAY = 86_400_000;

const SEED_LICENCE_30_DAYS = "13000000-0000-4000-8000-000000000002";
const MARIE = "marie.tremblay@example.com";

let database: TestDatabase;

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db, NOW);
});
afterAll(async () => {
  await database.close();
});

// ---------------------------------------------------------------------------------------------------
// Rows each case makes for itself, so that no case depends on another's.

let serial = 0;
const nextSerial = () => String((serial += 1)).padStart(6, "0");

async function createEntity(): Promise<string> {
  const entity = await database.db.entity.create({
    data: { legalName: `Test Holdings ${nextSerial()} Inc.`, type: "corporation" },
    select: { id: true },
  });
  return entity.id;
}

async function createLicence(entityId: string, expiresOn: IsoDate, status: LicenceStatus = "active") {
  return database.db.licence.create({
    data: {
      number: `LSL-2099-${nextSerial()}`,
      kind: "liquor_sales",
      status,
      entityId,
      termYears: 2,
      issuedOn: isoDateToUtc(addYears(expiresOn, -2)),
      expiresOn: isoDateToUtc(expiresOn),
    },
    select: { id: true, number: true },
  });
}

type PersonOptions = { locale?: Locale; status?: UserStatus; revoked?: boolean; email?: string };

/** An account linked to the entity: active, with an active link, unless told otherwise. */
async function createLinkedUser(
  entityId: string,
  { locale = "fr", status = "active", revoked = false, email }: PersonOptions = {},
) {
  const user = await database.db.user.create({
    data: {
      email: email ?? `person${nextSerial()}@example.com`,
      passwordHash: "not-a-real-hash",
      firstName: locale === "fr" ? "Camille" : "Kevin",
      lastName: "Test",
      locale,
      status,
    },
    select: { id: true, email: true },
  });
  await database.db.accountLink.create({
    data: { userId: user.id, entityId, via: "access_code", revokedAt: revoked ? NOW : null },
  });
  return user;
}

/** A licence expiring `days` days after today, held by an entity with one linked account. */
async function licenceWithHolder(days: number, options: PersonOptions = {}) {
  const entityId = await createEntity();
  const licence = await createLicence(entityId, addDays(TODAY, days));
  const holder = await createLinkedUser(entityId, options);
  return { entityId, licence, holder };
}

const statusOf = async (id: string) => (await database.db.licence.findUniqueOrThrow({ where: { id } })).status;
const eventsOf = (licenceId: string) =>
  database.db.licenceStatusEvent.findMany({
    where: { licenceId },
    select: { status: true, reason: true, occurredAt: true },
  });
const remindersOf = (licenceId: string) =>
  database.db.licenceReminder.findMany({
    where: { licenceId },
    orderBy: { sentAt: "asc" },
    select: { kind: true, expiresOn: true },
  });
const mailTo = (...addresses: string[]) =>
  database.db.emailOutbox.findMany({
    where: { toAddress: { in: addresses } },
    orderBy: { toAddress: "asc" },
    select: { toAddress: true, locale: true, template: true, subject: true, textBody: true },
  });

// ---------------------------------------------------------------------------------------------------

describe("expireLicences", () => {
  it("expires a licence whose expiry date was yesterday, and keeps one expiring today", async () => {
    const entityId = await createEntity();
    const yesterday = await createLicence(entityId, addDays(TODAY, -1));
    const today = await createLicence(entityId, TODAY);

    expect(await expireLicences(NOW)).toEqual({ expired: 1 });

    expect(await statusOf(yesterday.id)).toBe("expired");
    expect(await statusOf(today.id)).toBe("active");
    expect(await eventsOf(yesterday.id)).toEqual([{ status: "expired", reason: EXPIRY_REASON, occurredAt: NOW }]);
    expect(await eventsOf(today.id)).toEqual([]);
  });

  it("changes nothing on a second run", async () => {
    const { licence } = await licenceWithHolder(-3);
    expect(await expireLicences(NOW)).toEqual({ expired: 1 });
    expect(await expireLicences(NOW)).toEqual({ expired: 0 });
    expect(await eventsOf(licence.id)).toHaveLength(1);
  });

  it("expires each licence once when two runs go at once", async () => {
    const entityId = await createEntity();
    const licences = await Promise.all([-1, -2, -40].map((days) => createLicence(entityId, addDays(TODAY, days))));

    const runs = await Promise.all([expireLicences(NOW), expireLicences(NOW)]);

    expect(runs[0].expired + runs[1].expired).toBe(3);
    for (const licence of licences) {
      expect(await statusOf(licence.id)).toBe("expired");
      expect(await eventsOf(licence.id)).toHaveLength(1);
    }
  });

  it("leaves suspended, surrendered and cancelled licences as they are", async () => {
    const entityId = await createEntity();
    const suspended = await createLicence(entityId, addDays(TODAY, -5), "suspended");
    await expireLicences(NOW);
    expect(await statusOf(suspended.id)).toBe("suspended");
    expect(await eventsOf(suspended.id)).toEqual([]);
  });

  it("counts days in Toronto: at 23:30 on the expiry date (already the next day in UTC) the licence still holds", async () => {
    const entityId = await createEntity();
    const licence = await createLicence(entityId, "2030-10-05");

    await expireLicences(new Date("2030-10-06T03:30:00Z")); // 23:30 on 5 October in Toronto
    expect(await statusOf(licence.id)).toBe("active");

    await expireLicences(new Date("2030-10-06T04:30:00Z")); // 00:30 on 6 October in Toronto
    expect(await statusOf(licence.id)).toBe("expired");
  });
});

describe("reminderKindFor", () => {
  it("sends the 60-day reminder from 60 days before the expiry date, and none at 61", () => {
    expect(reminderKindFor(61)).toBeNull();
    expect(reminderKindFor(60)).toBe("days_60");
    expect(reminderKindFor(8)).toBe("days_60");
  });

  it("sends the 7-day reminder in the last week, the expiry date included, and none after it", () => {
    expect(reminderKindFor(7)).toBe("days_7");
    expect(reminderKindFor(0)).toBe("days_7");
    expect(reminderKindFor(-1)).toBeNull();
  });
});

describe("sendRenewalReminders", () => {
  it("reminds the seed's licence, 30 days from expiry, to Marie in French", async () => {
    await sendRenewalReminders(renewable, NOW);
    expect(await remindersOf(SEED_LICENCE_30_DAYS)).toEqual([
      { kind: "days_60", expiresOn: isoDateToUtc(addDays(TODAY, 30)) },
    ]);
    const [email] = await mailTo(MARIE);
    expect(email).toMatchObject({ locale: "fr", template: "renewalReminder" });
    expect(email?.subject).toBe("Votre permis LSL-2024-000102 expire le 27 octobre 2030 – Portail des permis");
  });

  it("e-mails a licence 60 days out to each active linked account, each in its own language", async () => {
    const entityId = await createEntity();
    const licence = await createLicence(entityId, addDays(TODAY, 60));
    const french = await createLinkedUser(entityId, { locale: "fr", email: "a.camille@example.com" });
    const english = await createLinkedUser(entityId, { locale: "en", email: "b.kevin@example.com" });
    const revoked = await createLinkedUser(entityId, { locale: "en", revoked: true });
    const disabled = await createLinkedUser(entityId, { locale: "fr", status: "disabled" });
    const pending = await createLinkedUser(entityId, { locale: "fr", status: "pending" });

    const result = await sendRenewalReminders(renewable, NOW);

    expect(result).toEqual({ reminders: 1, emails: 2, failed: 0 });
    expect(await remindersOf(licence.id)).toEqual([{ kind: "days_60", expiresOn: isoDateToUtc("2030-11-26") }]);
    const [fr, en] = await mailTo(french.email, english.email);
    expect(fr).toMatchObject({ toAddress: french.email, locale: "fr", template: "renewalReminder" });
    expect(fr?.subject).toBe(`Votre permis ${licence.number} expire le 26 novembre 2030 – Portail des permis`);
    expect(fr?.textBody).toContain("Bonjour Camille,");
    expect(fr?.textBody).toContain(`expire le 26 novembre 2030, dans 60 jours.`);
    expect(fr?.textBody).toContain(`http://localhost:3000/fr/licences/${licence.id}/renew`);
    expect(en).toMatchObject({ toAddress: english.email, locale: "en", template: "renewalReminder" });
    expect(en?.subject).toBe(`Your licence ${licence.number} expires on November 26, 2030 – Licensing Portal`);
    expect(en?.textBody).toContain("expires on November 26, 2030, in 60 days.");
    expect(en?.textBody).toContain(`http://localhost:3000/en/licences/${licence.id}/renew`);
    expect(await mailTo(revoked.email, disabled.email, pending.email)).toEqual([]);
  });

  it("sends nothing more on a second run", async () => {
    const { licence, holder } = await licenceWithHolder(45);
    expect(await sendRenewalReminders(renewable, NOW)).toEqual({ reminders: 1, emails: 1, failed: 0 });
    expect(await sendRenewalReminders(renewable, NOW)).toEqual({ reminders: 0, emails: 0, failed: 0 });
    expect(await remindersOf(licence.id)).toHaveLength(1);
    expect(await mailTo(holder.email)).toHaveLength(1);
  });

  it("sends each reminder once when two runs go at once", async () => {
    const first = await licenceWithHolder(50);
    const second = await licenceWithHolder(5, { locale: "en" });

    const runs = await Promise.all([sendRenewalReminders(renewable, NOW), sendRenewalReminders(renewable, NOW)]);

    expect(runs[0].reminders + runs[1].reminders).toBe(2);
    expect(runs[0].emails + runs[1].emails).toBe(2);
    expect(runs.every((run) => run.failed === 0)).toBe(true);
    expect(await mailTo(first.holder.email)).toHaveLength(1);
    expect(await mailTo(second.holder.email)).toHaveLength(1);
    expect(await remindersOf(first.licence.id)).toHaveLength(1);
    expect(await remindersOf(second.licence.id)).toHaveLength(1);
  });

  it("sends the 7-day reminder 7 days out, and on the expiry date itself", async () => {
    const week = await licenceWithHolder(7, { locale: "en" });
    const lastDay = await licenceWithHolder(0, { locale: "en" });

    await sendRenewalReminders(renewable, NOW);

    expect(await remindersOf(week.licence.id)).toEqual([{ kind: "days_7", expiresOn: isoDateToUtc("2030-10-04") }]);
    expect((await mailTo(week.holder.email))[0]?.textBody).toContain("expires on October 4, 2030, in 7 days.");
    expect(await remindersOf(lastDay.licence.id)).toEqual([{ kind: "days_7", expiresOn: isoDateToUtc(TODAY) }]);
    expect((await mailTo(lastDay.holder.email))[0]?.textBody).toContain("expires on September 27, 2030, today.");
  });

  it("sends the 7-day reminder after the 60-day one, when the last week begins", async () => {
    const { licence, holder } = await licenceWithHolder(60);
    await sendRenewalReminders(renewable, NOW);
    await sendRenewalReminders(renewable, new Date(NOW.getTime() + 52 * DAY));
    expect(await remindersOf(licence.id)).toEqual([{ kind: "days_60", expiresOn: isoDateToUtc("2030-11-26") }]);

    await sendRenewalReminders(renewable, new Date(NOW.getTime() + 53 * DAY));
    expect((await remindersOf(licence.id)).map((reminder) => reminder.kind)).toEqual(["days_60", "days_7"]);
    expect(await mailTo(holder.email)).toHaveLength(2);
  });

  it("sends nothing 61 days out", async () => {
    const { licence, holder } = await licenceWithHolder(61);
    await sendRenewalReminders(renewable, NOW);
    expect(await remindersOf(licence.id)).toEqual([]);
    expect(await mailTo(holder.email)).toEqual([]);
  });

  it("sends nothing for a licence that is not active, nor one that has expired", async () => {
    const entityId = await createEntity();
    const suspended = await createLicence(entityId, addDays(TODAY, 30), "suspended");
    const expired = await createLicence(entityId, addDays(TODAY, -1), "expired");
    const holder = await createLinkedUser(entityId);
    await sendRenewalReminders(renewable, NOW);
    expect(await remindersOf(suspended.id)).toEqual([]);
    expect(await remindersOf(expired.id)).toEqual([]);
    expect(await mailTo(holder.email)).toEqual([]);
  });

  it("records the reminder of a licence nobody is linked to, without e-mail, and does not come back to it", async () => {
    const entityId = await createEntity();
    const licence = await createLicence(entityId, addDays(TODAY, 20));
    const outboxBefore = await database.db.emailOutbox.count();

    expect(await sendRenewalReminders(renewable, NOW)).toEqual({ reminders: 1, emails: 0, failed: 0 });
    expect(await remindersOf(licence.id)).toHaveLength(1);
    expect(await database.db.emailOutbox.count()).toBe(outboxBefore);
    expect(await sendRenewalReminders(renewable, NOW)).toEqual({ reminders: 0, emails: 0, failed: 0 });
  });

  it("reminds again once a renewal has moved the expiry date", async () => {
    const { licence, holder } = await licenceWithHolder(60, { locale: "en" });
    await sendRenewalReminders(renewable, NOW);

    // Renewed for two more years.
    const renewedUntil = addYears("2030-11-26", 2);
    await database.db.licence.update({ where: { id: licence.id }, data: { expiresOn: isoDateToUtc(renewedUntil) } });
    await sendRenewalReminders(renewable, NOW);
    expect(await remindersOf(licence.id)).toHaveLength(1);

    await sendRenewalReminders(renewable, new Date(`${addDays(renewedUntil, -60)}T16:00:00Z`));
    expect(await remindersOf(licence.id)).toEqual([
      { kind: "days_60", expiresOn: isoDateToUtc("2030-11-26") },
      { kind: "days_60", expiresOn: isoDateToUtc(renewedUntil) },
    ]);
    const emails = await mailTo(holder.email);
    expect(emails.map((email) => email.subject)).toEqual([
      `Your licence ${licence.number} expires on November 26, 2030 – Licensing Portal`,
      `Your licence ${licence.number} expires on November 26, 2032 – Licensing Portal`,
    ]);
  });

  it("leaves a reminder that cannot be sent for the next run, without holding back the others", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const broken = await licenceWithHolder(40, { email: "two words@example.com" });
      const fine = await licenceWithHolder(40);

      expect(await sendRenewalReminders(renewable, NOW)).toEqual({ reminders: 1, emails: 1, failed: 1 });
      expect(await remindersOf(broken.licence.id)).toEqual([]);
      expect(await remindersOf(fine.licence.id)).toHaveLength(1);
      expect(errors).toHaveBeenCalledOnce();

      // Fixed address: the next run sends it.
      await database.db.user.update({ where: { id: broken.holder.id }, data: { email: "fixed@example.com" } });
      expect(await sendRenewalReminders(renewable, NOW)).toEqual({ reminders: 1, emails: 1, failed: 0 });
      expect(await mailTo("fixed@example.com")).toHaveLength(1);
    } finally {
      errors.mockRestore();
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe("the licence jobs through /api/cron/<job>", () => {
  const secret = "cron-secret-for-tests-0123456789";
  const savedSecret = process.env.CRON_SECRET;

  function call(job: string, authorization?: string) {
    const headers = authorization ? { authorization } : undefined;
    return GET(new Request(`http://localhost:3000/api/cron/${job}`, { headers }), { params: Promise.resolve({ job }) });
  }

  beforeEach(() => {
    process.env.CRON_SECRET = secret;
    resetConfigForTests();
  });
  afterEach(() => {
    if (savedSecret === undefined) delete process.env.CRON_SECRET;
    else process.env.CRON_SECRET = savedSecret;
    resetConfigForTests();
  });

  // The route runs on the real clock: these licences are dated from the real today.
  const realToday = () => commissionToday(new Date());

  it("expires licences with the secret only, and once", async () => {
    const entityId = await createEntity();
    const licence = await createLicence(entityId, addDays(realToday(), -1));
    expect((await call("expire-licences")).status).toBe(401);
    expect((await call("expire-licences", "Bearer wrong")).status).toBe(401);
    expect(await statusOf(licence.id)).toBe("active");

    const response = await call("expire-licences", `Bearer ${secret}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ job: "expire-licences", result: { expired: 1 } });
    expect(await statusOf(licence.id)).toBe("expired");

    expect(await (await call("expire-licences", `Bearer ${secret}`)).json()).toEqual({
      job: "expire-licences",
      result: { expired: 0 },
    });
  });

  it("sends renewal reminders with the secret only, and once", async () => {
    const entityId = await createEntity();
    const licence = await createLicence(entityId, addDays(realToday(), 30));
    const holder = await createLinkedUser(entityId, { locale: "en" });
    expect((await call("renewal-reminders", "Bearer wrong")).status).toBe(401);
    expect(await remindersOf(licence.id)).toEqual([]);

    const response = await call("renewal-reminders", `Bearer ${secret}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ job: "renewal-reminders", result: { reminders: 1, emails: 1, failed: 0 } });
    expect(await remindersOf(licence.id)).toHaveLength(1);
    expect(await mailTo(holder.email)).toHaveLength(1);

    const again = await call("renewal-reminders", `Bearer ${secret}`);
    expect(await again.json()).toEqual({ job: "renewal-reminders", result: { reminders: 0, emails: 0, failed: 0 } });
  });
});
