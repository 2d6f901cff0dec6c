import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from "pdf-lib";
import type { Locale } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { changeLicenceStatus, type LicenceStatusChange } from "@/lib/licences/status-changes";
import { endSuspensions } from "@/lib/licences/jobs";
import { requestSurrender, surrenderOffer } from "@/lib/licences/surrender";
import { getLicence, listMyLicences, verifyLicenceNumber } from "@/lib/licences/queries";
import { getLicenceForStaff } from "@/lib/licences/staff";
import { displayedLicenceStatus } from "@/lib/licences/displayed-status";
import { renewalState } from "@/lib/licences/renewal-window";
import { renderCertificatePdf } from "@/lib/licences/certificate";
import { isRenewalTooLate, startOnLicence } from "@/lib/applications/on-licence";
import { SUSPENSION_ENDED_REASON } from "@/lib/licences/history-reasons";
import { addDays, addYears, commissionToday, isoDateToUtc, type IsoDate } from "@/lib/time/commission-date";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/**
 * Licence status actions: officers suspend, cancel, reinstate and record a surrender; a suspension
 * with a last day ends by itself; holders ask to surrender. Noon in Toronto on 12 May 2031, far
 * from the real date, so the jobs meet only what these tests create.
 */
const NOW = new Date("2031-05-12T16:00:00Z");
const TODAY = commissionToday(NOW);
const DAY = 86_400_000;

const officer = demoSession("officer@example.com");
const admin = demoSession("admin@example.com");
const service = demoSession("service@example.com");
const marie = demoSession("marie.tremblay@example.com");

let database: TestDatabase;

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db, NOW);
});
afterAll(async () => {
  await database.close();
});

// ---------------------------------------------------------------------------------------------------
// Rows each case makes for itself

let serial = 0;
const nextSerial = () => String((serial += 1)).padStart(6, "0");

type Holder = SessionUser & { email: string };

async function linkedUser(entityId: string, locale: Locale, options: { revoked?: boolean; disabled?: boolean } = {}) {
  const n = nextSerial();
  const user = await database.db.user.create({
    data: {
      email: `holder${n}@example.com`,
      passwordHash: "not-a-real-hash",
      firstName: locale === "fr" ? "Camille" : "Kevin",
      lastName: `Holder${n}`,
      locale,
      status: options.disabled ? "disabled" : "active",
    },
  });
  await database.db.accountLink.create({
    data: { userId: user.id, entityId, via: "access_code", revokedAt: options.revoked ? NOW : null },
  });
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    locale: user.locale,
  } satisfies Holder;
}

/** A liquor sales licence in force, expiring `days` days after today (in its renewal window by default), with one holder account. */
async function licenceWithHolder(days = 30, locale: Locale = "fr") {
  const entity = await database.db.entity.create({
    data: { legalName: `Status Holdings ${nextSerial()} Inc.`, type: "corporation" },
  });
  const expiresOn = addDays(TODAY, days);
  const licence = await database.db.licence.create({
    data: {
      number: `LSL-2031-${nextSerial()}`,
      kind: "liquor_sales",
      status: "active",
      entityId: entity.id,
      termYears: 2,
      issuedOn: isoDateToUtc(addYears(expiresOn, -2)),
      expiresOn: isoDateToUtc(expiresOn),
    },
    select: { id: true, number: true },
  });
  const holder = await linkedUser(entity.id, locale);
  return { entityId: entity.id, licence, holder };
}

const change = (licenceId: string, fields: Partial<LicenceStatusChange> = {}): LicenceStatusChange => ({
  licenceId,
  action: "suspend",
  reason: "Sales to minors found at inspection",
  lastDay: null,
  ...fields,
});

const licenceRow = (id: string) =>
  database.db.licence.findUniqueOrThrow({ where: { id }, select: { status: true, suspendedUntil: true } });
const eventsOf = (licenceId: string) =>
  database.db.licenceStatusEvent.findMany({
    where: { licenceId },
    orderBy: { occurredAt: "asc" },
    select: { status: true, reason: true, actorId: true },
  });
const mailTo = (...addresses: string[]) =>
  database.db.emailOutbox.findMany({
    where: { toAddress: { in: addresses } },
    orderBy: [{ toAddress: "asc" }, { createdAt: "asc" }],
    select: { toAddress: true, locale: true, template: true, subject: true, textBody: true },
  });
const auditOf = (licenceId: string) =>
  database.db.auditLog.findMany({
    where: { subjectType: "licence", subjectId: licenceId },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true },
  });

async function publicStatus(number: string, now = NOW) {
  const found = await verifyLicenceNumber(number);
  if (!found) throw new Error(`no licence ${number}`);
  return { status: displayedLicenceStatus(found, now), suspendedUntil: found.suspendedUntil };
}

// ---------------------------------------------------------------------------------------------------

describe("suspending and reinstating a licence", () => {
  it("shows the suspension and its last day on the public check and blocks renewal; reinstatement restores both", async () => {
    const { licence, holder } = await licenceWithHolder(30);
    const lastDay = addDays(TODAY, 14);
    expect(await startOnLicence(holder, licence.id, "renewal", NOW)).toMatchObject({ ok: true });
    // A renewal begun before the suspension is not continued during it either.
    const suspended = await changeLicenceStatus(officer, change(licence.id, { lastDay }), NOW);
    expect(suspended).toEqual({ ok: true, status: "suspended", surrenderRequestApproved: false });

    expect(await licenceRow(licence.id)).toEqual({ status: "suspended", suspendedUntil: isoDateToUtc(lastDay) });
    expect(await publicStatus(licence.number)).toEqual({ status: "suspended", suspendedUntil: isoDateToUtc(lastDay) });
    const held = await getLicence(holder, licence.id);
    expect(held && renewalState(held, NOW)).toEqual({ state: "notRenewable" });
    expect(await startOnLicence(holder, licence.id, "renewal", NOW)).toEqual({ ok: false, reason: "notInWindow" });
    // A renewal begun before cannot be paid for while the licence is suspended.
    expect(await isRenewalTooLate(licence.id, NOW)).toBe(true);
    const [onMenu] = (await listMyLicences(holder)).filter((item) => item.id === licence.id);
    expect(onMenu?.suspendedUntil).toEqual(isoDateToUtc(lastDay));
    expect(onMenu && renewalState(onMenu, NOW).state).toBe("notRenewable");

    const reinstated = await changeLicenceStatus(
      officer,
      change(licence.id, { action: "reinstate", reason: "Corrective measures taken" }),
      NOW,
    );
    expect(reinstated).toMatchObject({ ok: true, status: "active" });
    expect(await licenceRow(licence.id)).toEqual({ status: "active", suspendedUntil: null });
    expect(await publicStatus(licence.number)).toEqual({ status: "active", suspendedUntil: null });
    const back = await getLicence(holder, licence.id);
    expect(back && renewalState(back, NOW).state).toBe("open");
    expect(await startOnLicence(holder, licence.id, "renewal", NOW)).toMatchObject({ ok: true });
    expect(await isRenewalTooLate(licence.id, NOW)).toBe(false);

    expect(await eventsOf(licence.id)).toEqual([
      { status: "suspended", reason: "Sales to minors found at inspection", actorId: officer.id },
      { status: "active", reason: "Corrective measures taken", actorId: officer.id },
    ]);
    expect((await auditOf(licence.id)).map((entry) => entry.action)).toEqual([
      "licence.suspended",
      "licence.reinstated",
    ]);
    // The staff timeline names the officer.
    const staffView = await getLicenceForStaff(service, licence.id);
    expect(staffView?.statusEvents.map((event) => event.actorName)).toEqual(["David Chen", "David Chen"]);
  });

  it("prints a suspended licence's certificate with its status and last day, across the page", async () => {
    const { licence, holder } = await licenceWithHolder(200);
    const lastDay = addDays(TODAY, 10);
    await changeLicenceStatus(officer, change(licence.id, { lastDay }), NOW);
    const details = await getLicence(holder, licence.id);
    if (!details) throw new Error("not found");
    const french = await textOf(await renderCertificatePdf(details, "fr", NOW));
    expect(french).toContain("Ce permis est suspendu jusqu’au 22 mai 2031 : il n’autorise aucune vente");
    expect(french).toContain("SUSPENDU");
    const english = await textOf(await renderCertificatePdf(details, "en", NOW));
    expect(english).toContain("This licence is suspended through May 22, 2031");
    expect(english).toContain("SUSPENDED");
  });

  it("cannot be changed by customer service or an applicant, whatever they send: nothing is written", async () => {
    const { licence, holder } = await licenceWithHolder(200);
    for (const actor of [service, marie, holder]) {
      for (const action of ["suspend", "cancel", "reinstate", "recordSurrender"] as const)
        expect(await changeLicenceStatus(actor, change(licence.id, { action }), NOW)).toEqual({
          ok: false,
          reason: "notFound",
        });
    }
    expect(await licenceRow(licence.id)).toEqual({ status: "active", suspendedUntil: null });
    expect(await eventsOf(licence.id)).toEqual([]);
    expect(await mailTo(holder.email)).toEqual([]);
    // An administrator may.
    expect(await changeLicenceStatus(admin, change(licence.id), NOW)).toMatchObject({ ok: true });
  });

  it("of two suspensions at once, exactly one wins", async () => {
    const { licence, holder } = await licenceWithHolder(200);
    const results = await Promise.all([
      changeLicenceStatus(officer, change(licence.id, { reason: "First" }), NOW),
      changeLicenceStatus(admin, change(licence.id, { reason: "Second" }), NOW),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "notAllowedFromStatus" }]);
    expect(await eventsOf(licence.id)).toHaveLength(1);
    expect(await auditOf(licence.id)).toHaveLength(1);
    expect(await mailTo(holder.email)).toHaveLength(1);
  });

  it("refuses what the state machine does not allow, and input the form would not send", async () => {
    const { licence } = await licenceWithHolder(200);
    expect(await changeLicenceStatus(officer, change(licence.id, { action: "reinstate" }), NOW)).toEqual({
      ok: false,
      reason: "notAllowedFromStatus",
    });
    expect(await changeLicenceStatus(officer, change(licence.id, { reason: "   " }), NOW)).toEqual({
      ok: false,
      reason: "invalidInput",
    });
    expect(await changeLicenceStatus(officer, change(licence.id, { lastDay: addDays(TODAY, -1) }), NOW)).toEqual({
      ok: false,
      reason: "invalidInput",
    });
    expect(await changeLicenceStatus(officer, change(licence.id, { reason: "x".repeat(2001) }), NOW)).toEqual({
      ok: false,
      reason: "invalidInput",
    });
    expect(await changeLicenceStatus(officer, change("not-a-uuid"), NOW)).toEqual({ ok: false, reason: "notFound" });
    expect(await changeLicenceStatus(officer, change("13000000-0000-4000-8000-0000000fffff"), NOW)).toEqual({
      ok: false,
      reason: "notFound",
    });
    // Cancelled is final: no reinstatement, no suspension, no surrender.
    expect(await changeLicenceStatus(officer, change(licence.id, { action: "cancel" }), NOW)).toMatchObject({
      ok: true,
      status: "cancelled",
    });
    for (const action of ["suspend", "reinstate", "recordSurrender", "cancel"] as const)
      expect(await changeLicenceStatus(officer, change(licence.id, { action }), NOW)).toEqual({
        ok: false,
        reason: "notAllowedFromStatus",
      });
    expect(await publicStatus(licence.number)).toEqual({ status: "cancelled", suspendedUntil: null });
  });

  it("e-mails every active account linked to the holder, each in its own language, and nobody else", async () => {
    const { entityId, licence, holder } = await licenceWithHolder(200, "fr");
    const english = await linkedUser(entityId, "en");
    const revoked = await linkedUser(entityId, "en", { revoked: true });
    const disabled = await linkedUser(entityId, "fr", { disabled: true });
    await changeLicenceStatus(officer, change(licence.id, { lastDay: addDays(TODAY, 20) }), NOW);

    const mail = await mailTo(holder.email, english.email, revoked.email, disabled.email);
    expect(mail.map(({ toAddress, locale, template }) => ({ toAddress, locale, template }))).toEqual(
      [
        { toAddress: holder.email, locale: "fr", template: "licenceStatusChanged" },
        { toAddress: english.email, locale: "en", template: "licenceStatusChanged" },
      ].sort((a, b) => a.toAddress.localeCompare(b.toAddress)),
    );
    const french = mail.find((email) => email.locale === "fr");
    expect(french?.subject).toContain(`Votre permis ${licence.number} est suspendu`);
    expect(french?.textBody).toContain("jusqu’au 1 juin 2031 inclusivement");
    expect(french?.textBody).toContain(`/fr/licences/${licence.id}`);
    const englishMail = mail.find((email) => email.locale === "en");
    expect(englishMail?.textBody).toContain("through June 1, 2031 inclusive");
    expect(englishMail?.textBody).toContain(`/en/licences/${licence.id}`);
  });
});

describe("endSuspensions", () => {
  it("ends a suspension the day after its last day, once, with a timeline entry and an e-mail", async () => {
    const { licence, holder } = await licenceWithHolder(200, "en");
    const open = await licenceWithHolder(200);
    await changeLicenceStatus(officer, change(licence.id, { lastDay: TODAY }), NOW);
    await changeLicenceStatus(officer, change(open.licence.id), NOW);

    // The last day itself: still suspended.
    expect((await endSuspensions(new Date(NOW.getTime() + 7 * 3_600_000))).reinstated).toBe(0);
    expect((await licenceRow(licence.id)).status).toBe("suspended");

    const tomorrow = new Date(NOW.getTime() + DAY);
    // Twice at once, then again: one reinstatement.
    const runs = await Promise.all([endSuspensions(tomorrow), endSuspensions(tomorrow)]);
    expect(runs.reduce((sum, run) => sum + run.reinstated, 0)).toBe(1);
    expect(await endSuspensions(tomorrow)).toEqual({ reinstated: 0 });

    expect(await licenceRow(licence.id)).toEqual({ status: "active", suspendedUntil: null });
    expect(await eventsOf(licence.id)).toEqual([
      { status: "suspended", reason: "Sales to minors found at inspection", actorId: officer.id },
      { status: "active", reason: SUSPENSION_ENDED_REASON, actorId: null },
    ]);
    const mail = await mailTo(holder.email);
    expect(mail).toHaveLength(2);
    expect(mail[1]?.subject).toContain("is in force again");
    expect((await auditOf(licence.id)).map((entry) => entry.action)).toEqual([
      "licence.suspended",
      "licence.reinstated",
    ]);
    // A suspension until further notice does not end by itself.
    expect((await licenceRow(open.licence.id)).status).toBe("suspended");
  });
});

describe("surrender", () => {
  it("a holder asks for it; another user's licence is not found; a second open request is refused", async () => {
    const { licence, holder } = await licenceWithHolder(200);
    const effectiveOn = addDays(TODAY, 7);
    expect(await requestSurrender(marie, licence.id, { effectiveOn, reason: "" }, NOW)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await surrenderOffer(marie, licence.id)).toBeNull();
    expect(await surrenderOffer(holder, licence.id)).toMatchObject({ state: "available" });

    // Two at once (two tabs): one request.
    const results = await Promise.all([
      requestSurrender(holder, licence.id, { effectiveOn, reason: "Closing the business" }, NOW),
      requestSurrender(holder, licence.id, { effectiveOn, reason: "Closing the business" }, NOW),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "alreadyRequested" }]);
    expect(await requestSurrender(holder, licence.id, { effectiveOn, reason: "" }, NOW)).toEqual({
      ok: false,
      reason: "alreadyRequested",
    });
    const requests = await database.db.changeRequest.findMany({ where: { licenceId: licence.id } });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      kind: "surrender",
      status: "open",
      userId: holder.id,
      description: "Closing the business",
      proposed: { effectiveOn },
    });
    expect(await surrenderOffer(holder, licence.id)).toMatchObject({
      state: "requested",
      request: { reference: requests[0]?.reference, effectiveOn },
    });
  });

  it("refuses a day in the past or after the expiry date, and a licence that has ended", async () => {
    const { licence, holder } = await licenceWithHolder(30);
    expect(await requestSurrender(holder, licence.id, { effectiveOn: addDays(TODAY, -1), reason: "" }, NOW)).toEqual({
      ok: false,
      reason: "datePast",
    });
    expect(await requestSurrender(holder, licence.id, { effectiveOn: addDays(TODAY, 31), reason: "" }, NOW)).toEqual({
      ok: false,
      reason: "afterExpiry",
    });
    await changeLicenceStatus(officer, change(licence.id, { action: "cancel" }), NOW);
    expect(await requestSurrender(holder, licence.id, { effectiveOn: TODAY, reason: "" }, NOW)).toEqual({
      ok: false,
      reason: "notSurrenderable",
    });
    expect(await surrenderOffer(holder, licence.id)).toEqual({ state: "notSurrenderable" });
  });

  it("recording the surrender approves the holder's request in the same change", async () => {
    const { licence, holder } = await licenceWithHolder(200, "en");
    await changeLicenceStatus(officer, change(licence.id), NOW);
    const requested = await requestSurrender(holder, licence.id, { effectiveOn: TODAY, reason: "Sold" }, NOW);
    if (!requested.ok) throw new Error(requested.reason);

    const recorded = await changeLicenceStatus(
      officer,
      change(licence.id, { action: "recordSurrender", reason: "Surrender asked by the holder" }),
      NOW,
    );
    expect(recorded).toEqual({ ok: true, status: "surrendered", surrenderRequestApproved: true });
    const request = await database.db.changeRequest.findUniqueOrThrow({ where: { id: requested.id } });
    expect(request).toMatchObject({ status: "approved", handledById: officer.id, handledAt: NOW });
    expect(await licenceRow(licence.id)).toEqual({ status: "surrendered", suspendedUntil: null });
    expect(await publicStatus(licence.number)).toEqual({ status: "surrendered", suspendedUntil: null });
    expect(await surrenderOffer(holder, licence.id)).toEqual({ state: "notSurrenderable" });
    const held = await getLicence(holder, licence.id);
    expect(held && renewalState(held, NOW).state).toBe("notRenewable");
    const mail = await mailTo(holder.email);
    expect(mail.at(-1)?.subject).toContain(`The surrender of your licence ${licence.number} is recorded`);
    // Final: nothing else can happen to it.
    expect(await changeLicenceStatus(officer, change(licence.id, { action: "reinstate" }), NOW)).toEqual({
      ok: false,
      reason: "notAllowedFromStatus",
    });
  });
});

// ---------------------------------------------------------------------------------------------------
// The certificate's text (as tests/integration/certificate.test.ts reads it)

const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

async function textOf(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const contents = pdf.getPage(0).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  const drawn: string[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    const operators = new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode());
    for (const match of operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
      drawn.push(
        Array.from(Buffer.from(match[1] ?? "", "hex"), (byte) =>
          byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte),
        ).join(""),
      );
  }
  return drawn.join(" ").replace(/\u00a0/g, " ");
}

// Dates this file writes by hand, kept honest.
it("the test's dates are what they say", () => {
  expect(TODAY).toBe("2031-05-12" satisfies IsoDate);
});
