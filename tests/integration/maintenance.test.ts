import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { saveSectionAction } from "@/app/[locale]/(portal)/applications/[id]/actions";
import { startCardPaymentAction } from "@/app/[locale]/(portal)/applications/[id]/payment/actions";
import { createInquiryAction } from "@/app/[locale]/(portal)/inquiries/actions";
import { registerAction } from "@/app/[locale]/(auth)/register/actions";
import { decideAction } from "@/app/[locale]/admin/applications/[id]/actions";
import {
  addMaintenanceWindowAction,
  cancelMaintenanceWindowAction,
  cancelWeeklyMaintenanceAction,
  restoreWeeklyMaintenanceAction,
} from "@/app/[locale]/admin/maintenance/actions";
import { POST as uploadRoute } from "@/app/api/applications/[id]/documents/route";
import { GET as cronRoute } from "@/app/api/cron/[job]/route";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { authenticate } from "@/lib/auth/sign-in";
import { resetConfigForTests } from "@/lib/config";
import { idleForm } from "@/lib/forms/state";
import {
  NOTICE_SCHEDULE_SECONDS,
  currentMaintenanceNotice,
  forgetRecentSchedule,
  maintenanceUnderWay,
} from "@/lib/maintenance/schedule";
import { WEEKLY_MAINTENANCE, weeklyOccurrences } from "@/lib/maintenance/window";
import {
  addMaintenanceWindow,
  cancelMaintenanceWindow,
  cancelWeeklyOccurrence,
  listComingMaintenance,
} from "@/lib/maintenance-windows/staff";
import { startCardPayment } from "@/lib/payments/card";
import { applyCardOutcome } from "@/lib/payments/fulfilment";
import { commissionClock } from "@/lib/time/commission-clock";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import { applicationAwaitingPayment, startDraft } from "./ready-application";

/**
 * The maintenance window, enforced: during one, applicants' writes (actions and the upload route)
 * are refused and change nothing, while staff, payment confirmations and scheduled jobs go on.
 * Windows here are extra windows added by an administrator around the real clock; the weekly
 * occurrences near it are cancelled first, so the tests do not depend on the day they run. One
 * test sets the clock on a Sunday morning for the weekly window itself.
 */

/** The session the actions and routes see. */
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: vi.fn(async () => null) };
});

/** The page an action was posted from, as the proxy tells it (x-current-path). */
vi.mock("next/headers", () => ({ headers: vi.fn() }));

/** The cached public pages to refresh: outside a Next.js server there is no page cache, so each call is recorded. */
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let database: TestDatabase;
let uploadsDir: string;
const marie = demoSession("marie.tremblay@example.com");
const officer = demoSession("officer@example.com");
const service = demoSession("service@example.com");
const admin = demoSession("admin@example.com");
const DEMO_PASSWORD = "Demo!Soleil2026";

const MINUTE = 60_000;
const messages = { messageFr: "Mise à niveau de la base de données.", messageEn: "Database upgrade." };

function signedInAs(user: SessionUser | null) {
  vi.mocked(getCurrentUser).mockResolvedValue(user);
}

function postedFrom(pagePath: string) {
  vi.mocked(headers).mockResolvedValue(
    new Headers({ "x-current-path": pagePath }) as Awaited<ReturnType<typeof headers>>,
  );
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** A moment as the staff form's datetime-local field sends it, Commission time. */
function localInput(moment: Date): string {
  const clock = commissionClock(moment);
  const hours = String(Math.floor(clock.minutes / 60)).padStart(2, "0");
  const minutes = String(clock.minutes % 60).padStart(2, "0");
  return `${clock.date}T${hours}:${minutes}`;
}

/** An extra window from a minute ago to an hour from now, as an administrator adds it. */
async function openWindow(): Promise<string> {
  const now = new Date();
  const added = await addMaintenanceWindow(admin, {
    startsAt: localInput(new Date(now.getTime() - MINUTE)),
    endsAt: localInput(new Date(now.getTime() + 60 * MINUTE)),
    ...messages,
  });
  if (!added.ok) throw new Error(added.reason);
  return added.id;
}

const redirectTo = (pattern: RegExp) => ({ digest: expect.stringMatching(pattern) });
const notFoundError = { digest: expect.stringContaining("404") };

let windowId: string | null = null;

beforeAll(async () => {
  uploadsDir = await mkdtemp(path.join(tmpdir(), "portal-maintenance-"));
  process.env.UPLOADS_DIR = uploadsDir;
  process.env.APP_URL = "http://localhost:3000";
  delete process.env.UPLOADTHING_TOKEN;
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  delete process.env.CRON_SECRET;
  resetConfigForTests();
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
  // The weekly window near the real clock is out of the way: only the tests' own windows apply.
  const now = new Date();
  for (const occurrence of weeklyOccurrences(WEEKLY_MAINTENANCE, now, new Date(now.getTime() + 2 * 24 * 60 * MINUTE)))
    expect(await cancelWeeklyOccurrence(admin, occurrence.startsAt)).toBe(true);
});
afterAll(async () => {
  vi.useRealTimers();
  await database.close();
  await rm(uploadsDir, { recursive: true, force: true });
});
beforeEach(() => {
  signedInAs(null);
  postedFrom("/fr/dashboard");
});
afterEach(async () => {
  vi.useRealTimers();
  if (windowId) await cancelMaintenanceWindow(admin, windowId);
  windowId = null;
});

describe("during a maintenance window, applicants' writes", () => {
  it("refuse a section save, leave the draft as it was and send the applicant back with the notice", async () => {
    const applicant = await newApplicant("maintenance");
    const id = await startDraft(applicant);
    const before = await database.db.application.findUniqueOrThrow({ where: { id } });
    windowId = await openWindow();

    signedInAs(applicant);
    postedFrom(`/en/applications/${id}/premisesDetails`);
    await expect(
      saveSectionAction("en", id, "premisesDetails", form({ premisesName: "Chez Camille", intent: "save" })),
    ).rejects.toMatchObject(redirectTo(new RegExp(`;/en/applications/${id}/premisesDetails\\?error=maintenance;`)));

    const after = await database.db.application.findUniqueOrThrow({ where: { id } });
    expect(after.answers).toEqual(before.answers);
    expect(after.updatedAt).toEqual(before.updatedAt);

    // Once the window is cancelled, the same save goes through.
    await cancelMaintenanceWindow(admin, windowId);
    windowId = null;
    await expect(
      saveSectionAction("en", id, "premisesDetails", form({ premisesName: "Chez Camille", intent: "save" })),
    ).rejects.toMatchObject(redirectTo(/\?done=saved;/));
    const saved = await database.db.application.findUniqueOrThrow({ where: { id } });
    expect(saved.answers).toMatchObject({ premisesDetails: { premisesName: "Chez Camille" } });
  });

  it("refuse a form shown in place with the message beside it, what was typed, and nothing created", async () => {
    const applicant = await newApplicant("maintenance");
    windowId = await openWindow();
    signedInAs(applicant);
    postedFrom("/fr/inquiries/new");
    const state = await createInquiryAction("fr", idleForm, form({ subject: "other", message: "Bonjour" }));
    expect(state).toMatchObject({
      status: "error",
      formError: "Validation.maintenance",
      formErrorValues: { until: expect.stringMatching(/ à \d{1,2}\sh\s\d{2}$/) },
      formErrorLink: { href: "/fr/maintenance" },
      values: { subject: "other", message: "Bonjour" },
    });
    expect(await database.db.inquiry.count({ where: { userId: applicant.id } })).toBe(0);
  });

  it("refuse to start a card payment, but a payment started before completes the submission", async () => {
    const applicant = await newApplicant("maintenance");
    const id = await applicationAwaitingPayment(database.db, applicant);
    const started = await startCardPayment(applicant, id, "fr");
    if (!started.ok) throw new Error(started.reason);
    const paymentId = /sandbox\/([0-9a-f-]{36})$/.exec(started.url)?.[1] ?? "";
    const payment = await database.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
    windowId = await openWindow();

    signedInAs(applicant);
    postedFrom(`/fr/applications/${id}/payment`);
    await expect(startCardPaymentAction("fr", id, form({}))).rejects.toMatchObject(
      redirectTo(new RegExp(`;/fr/applications/${id}/payment\\?error=maintenance;`)),
    );
    expect(await database.db.payment.count({ where: { order: { applicationId: id } } })).toBe(1);

    // What the Stripe webhook and the sandbox checkout both call: not an applicant's write.
    expect(
      await applyCardOutcome({
        eventId: `sandbox:${paymentId}:succeeded`,
        eventType: "sandbox.payment_succeeded",
        payment: { id: paymentId },
        result: "succeeded",
        amountCents: payment.amountCents,
        currency: "CAD",
        cardBrand: "visa",
      }),
    ).toMatchObject({ status: "applied" });
    expect((await database.db.application.findUniqueOrThrow({ where: { id } })).status).toBe("submitted");

    // Staff keep working: the officer starts the review during the window.
    signedInAs(officer);
    postedFrom(`/fr/admin/applications/${id}`);
    await expect(decideAction("fr", id, "startReview", form({}))).rejects.toMatchObject(
      redirectTo(/\?done=startReview;/),
    );
    expect((await database.db.application.findUniqueOrThrow({ where: { id } })).status).toBe("under_review");
  });

  it("refuse an upload through the route with a 503 and Retry-After, before anything is stored", async () => {
    const applicant = await newApplicant("maintenance");
    const id = await startDraft(applicant);
    windowId = await openWindow();
    signedInAs(applicant);
    const body = new FormData();
    body.set("requirement", "floorPlan");
    body.set("locale", "en");
    body.set("file", new File([Buffer.from("%PDF-1.4\n%%EOF\n", "latin1")], "plan.pdf", { type: "application/pdf" }));
    const response = await uploadRoute(
      new Request(`http://localhost:3000/api/applications/${id}/documents?locale=en&requirement=floorPlan`, {
        method: "POST",
        body,
        headers: { origin: "http://localhost:3000" },
      }),
      { params: Promise.resolve({ id }) },
    );
    expect(response.status).toBe(503);
    const retryAfter = Number(response.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(55 * 60);
    expect(retryAfter).toBeLessThanOrEqual(61 * 60);
    expect(await response.json()).toEqual({
      error: "maintenance",
      message: expect.stringMatching(/^The portal is under maintenance until .+ \(Eastern Time\)/),
      location: "/en/maintenance",
    });
    expect(await database.db.document.count({ where: { applicationId: id } })).toBe(0);
  });

  it("refuse registration: a public form that creates an account", async () => {
    windowId = await openWindow();
    postedFrom("/fr/register");
    const email = `maintenance-${Date.now()}@example.com`;
    const state = await registerAction(
      "fr",
      idleForm,
      form({ email, password: "Verte-prairie-7", passwordConfirm: "Verte-prairie-7", firstName: "A", lastName: "B" }),
    );
    expect(state.formError).toBe("Validation.maintenance");
    expect(await database.db.user.count({ where: { email } })).toBe(0);
  });

  it("let staff sign in and refuse applicants, with the same answer for a wrong password", async () => {
    windowId = await openWindow();
    const ip = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    expect(await authenticate(officer.email, DEMO_PASSWORD, { ip })).toMatchObject({ ok: true });
    expect(await authenticate(marie.email, DEMO_PASSWORD, { ip })).toEqual({ ok: false, reason: "maintenance" });
    expect(await authenticate(marie.email, "Wrong-password-1", { ip })).toEqual({ ok: false, reason: "maintenance" });
    expect(await authenticate(service.email, "Wrong-password-1", { ip })).toEqual({ ok: false, reason: "maintenance" });
  });

  it("leave scheduled jobs running", async () => {
    windowId = await openWindow();
    const response = await cronRoute(new Request("http://localhost:3000/api/cron/clean-up"), {
      params: Promise.resolve({ job: "clean-up" }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ job: "clean-up" });
  });
});

describe("the weekly window", () => {
  it("refuses a save on a Sunday at 5:00, Toronto time, and leaves the draft as it was", async () => {
    const applicant = await newApplicant("maintenance");
    const id = await startDraft(applicant);
    const before = await database.db.application.findUniqueOrThrow({ where: { id } });
    // A Sunday three weeks ahead: after the occurrences cancelled for the other tests.
    const now = new Date();
    const [occurrence] = weeklyOccurrences(
      WEEKLY_MAINTENANCE,
      new Date(now.getTime() + 21 * 24 * 60 * MINUTE),
      new Date(now.getTime() + 28 * 24 * 60 * MINUTE),
    );
    if (!occurrence) throw new Error("no Sunday in a week");
    vi.setSystemTime(new Date(occurrence.startsAt.getTime() + 60 * MINUTE));

    expect(await maintenanceUnderWay()).toMatchObject({ endsAt: occurrence.endsAt, messages: [] });
    signedInAs(applicant);
    postedFrom(`/fr/applications/${id}/premisesDetails`);
    await expect(
      saveSectionAction("fr", id, "premisesDetails", form({ premisesName: "Chez Camille", intent: "save" })),
    ).rejects.toMatchObject(redirectTo(/\?error=maintenance;/));
    expect((await database.db.application.findUniqueOrThrow({ where: { id } })).answers).toEqual(before.answers);
  });
});

describe("staff and the schedule", () => {
  const start = () => localInput(new Date(Date.now() + 2 * 60 * MINUTE));
  const end = () => localInput(new Date(Date.now() + 3 * 60 * MINUTE));

  it("adding a window needs the permission: only administrators", async () => {
    postedFrom("/fr/admin/maintenance");
    for (const user of [officer, service, marie]) {
      signedInAs(user);
      await expect(
        addMaintenanceWindowAction("fr", idleForm, form({ startsAt: start(), endsAt: end(), ...messages })),
      ).rejects.toMatchObject(notFoundError);
    }
    expect(await listComingMaintenance(service)).toBeNull();
  });

  it("needs the message in both languages", async () => {
    signedInAs(admin);
    const before = await database.db.maintenanceWindow.count();
    const withoutFrench = await addMaintenanceWindowAction(
      "fr",
      idleForm,
      form({ startsAt: start(), endsAt: end(), messageFr: "  ", messageEn: "Database upgrade." }),
    );
    expect(withoutFrench.fieldErrors).toEqual({ messageFr: "AdminMaintenancePage.errors.messageFrRequired" });
    expect(withoutFrench.values).toMatchObject({ messageEn: "Database upgrade." });
    const withoutEnglish = await addMaintenanceWindowAction(
      "en",
      idleForm,
      form({ startsAt: start(), endsAt: end(), messageFr: "Mise à niveau." }),
    );
    expect(withoutEnglish.fieldErrors).toEqual({ messageEn: "AdminMaintenancePage.errors.messageEnRequired" });
    expect(await database.db.maintenanceWindow.count()).toBe(before);
  });

  it("refuses an end before the start, in the past, or more than 72 hours after the start", async () => {
    signedInAs(admin);
    const now = Date.now();
    const attempt = (startsAt: number, endsAt: number) =>
      addMaintenanceWindowAction(
        "en",
        idleForm,
        form({ startsAt: localInput(new Date(startsAt)), endsAt: localInput(new Date(endsAt)), ...messages }),
      );
    expect((await attempt(now + 3 * 3_600_000, now + 2 * 3_600_000)).fieldErrors).toEqual({
      endsAt: "AdminMaintenancePage.errors.endBeforeStart",
    });
    expect((await attempt(now - 3 * 3_600_000, now - 2 * 3_600_000)).fieldErrors).toEqual({
      endsAt: "AdminMaintenancePage.errors.endPassed",
    });
    expect((await attempt(now + 3_600_000, now + 74 * 3_600_000)).fieldErrors).toEqual({
      endsAt: "AdminMaintenancePage.errors.tooLong",
    });
    await expect(attempt(now + 3_600_000, now + 2 * 3_600_000)).rejects.toMatchObject(
      redirectTo(/;\/en\/admin\/maintenance\?done=added;/),
    );
    const added = await database.db.maintenanceWindow.findFirstOrThrow({ where: { kind: "extra", cancelledAt: null } });
    expect(await cancelMaintenanceWindow(admin, added.id)).toBe(true);
  });

  it("an administrator adds a window (applied at once) and cancels it, both audited; a double click adds one", async () => {
    signedInAs(admin);
    postedFrom("/en/admin/maintenance");
    const now = new Date();
    const fields = {
      startsAt: localInput(new Date(now.getTime() - MINUTE)),
      endsAt: localInput(new Date(now.getTime() + 30 * MINUTE)),
      ...messages,
    };
    vi.mocked(revalidatePath).mockClear();
    for (let click = 0; click < 2; click += 1)
      await expect(addMaintenanceWindowAction("en", idleForm, form(fields))).rejects.toMatchObject(
        redirectTo(/\?done=added;/),
      );
    // The cached public pages show the new window's notice at once (app/prerendered).
    expect(revalidatePath).toHaveBeenCalledWith("/prerendered/[locale]/[page]", "page");
    expect(revalidatePath).toHaveBeenCalledWith("/prerendered/[locale]/login", "page");
    const added = await database.db.maintenanceWindow.findMany({ where: { kind: "extra", cancelledAt: null } });
    expect(added).toHaveLength(1);
    const [window] = added as [(typeof added)[number]];
    expect(window).toMatchObject({
      messageFr: messages.messageFr,
      messageEn: messages.messageEn,
      createdById: admin.id,
    });
    expect(
      await database.db.auditLog.count({ where: { action: "maintenance_window.added", subjectId: window.id } }),
    ).toBe(1);
    expect(await maintenanceUnderWay()).toMatchObject({
      messages: [{ fr: messages.messageFr, en: messages.messageEn }],
    });

    // The administrator's own page and actions keep working during the window.
    // Found by id: windows of earlier tests, cancelled but not ended, are listed too.
    const listed = await listComingMaintenance(admin);
    expect(listed?.find((coming) => coming.kind === "extra" && coming.id === window.id)).toMatchObject({
      status: "underWay",
      addedBy: `${admin.firstName} ${admin.lastName}`,
    });
    await expect(cancelMaintenanceWindowAction("en", form({ windowId: window.id }))).rejects.toMatchObject(
      redirectTo(/\?done=cancelled;/),
    );
    expect(await maintenanceUnderWay()).toBeNull();
    expect(
      await database.db.auditLog.findFirst({ where: { action: "maintenance_window.cancelled", subjectId: window.id } }),
    ).toMatchObject({ actorId: admin.id });
    // Cancelled already: nothing changes, nothing more is audited.
    await expect(cancelMaintenanceWindowAction("en", form({ windowId: window.id }))).rejects.toMatchObject(
      redirectTo(/\?error=notChanged;/),
    );
    expect(
      await database.db.auditLog.count({ where: { action: "maintenance_window.cancelled", subjectId: window.id } }),
    ).toBe(1);
  });

  it("the banner shows a change made here at once, and one made by another server process within seconds", async () => {
    const now = new Date();
    expect(await currentMaintenanceNotice(now)).toBeNull();

    windowId = await openWindow();
    expect(await currentMaintenanceNotice(now)).toMatchObject({ phase: "underWay" });
    expect(await cancelMaintenanceWindow(admin, windowId)).toBe(true);
    windowId = null;
    expect(await currentMaintenanceNotice(now)).toBeNull();

    // Another process's change reaches the database only: this process's banner follows it within
    // NOTICE_SCHEDULE_SECONDS, while writes see it at once.
    const other = await database.db.maintenanceWindow.create({
      data: {
        kind: "extra",
        createdById: admin.id,
        startsAt: new Date(now.getTime() - MINUTE),
        endsAt: new Date(now.getTime() + 60 * MINUTE),
        ...messages,
      },
    });
    expect(await maintenanceUnderWay(now)).not.toBeNull();
    expect(await currentMaintenanceNotice(new Date(now.getTime() + 1000))).toBeNull();
    const later = new Date(now.getTime() + NOTICE_SCHEDULE_SECONDS * 1000);
    expect(await currentMaintenanceNotice(later)).toMatchObject({ phase: "underWay" });
    await database.db.maintenanceWindow.update({ where: { id: other.id }, data: { cancelledAt: now } });
    forgetRecentSchedule();
  });

  it("an administrator cancels the weekly window of a given Sunday and restores it, audited", async () => {
    signedInAs(admin);
    const now = new Date();
    const [occurrence] = weeklyOccurrences(
      WEEKLY_MAINTENANCE,
      new Date(now.getTime() + 7 * 24 * 60 * MINUTE),
      new Date(now.getTime() + 14 * 24 * 60 * MINUTE),
    );
    if (!occurrence) throw new Error("no Sunday in a week");
    const startsAt = occurrence.startsAt.toISOString();
    const inside = new Date(occurrence.startsAt.getTime() + 30 * MINUTE);
    expect(await maintenanceUnderWay(inside)).not.toBeNull();

    signedInAs(officer);
    await expect(cancelWeeklyMaintenanceAction("fr", form({ startsAt }))).rejects.toMatchObject(notFoundError);
    signedInAs(admin);
    await expect(cancelWeeklyMaintenanceAction("fr", form({ startsAt }))).rejects.toMatchObject(
      redirectTo(/\?done=weeklyCancelled;/),
    );
    expect(await maintenanceUnderWay(inside)).toBeNull();
    expect(
      await database.db.auditLog.count({ where: { action: "maintenance_window.weekly_cancelled" } }),
    ).toBeGreaterThan(0);

    // Not a weekly occurrence's start: nothing to cancel.
    await expect(
      cancelWeeklyMaintenanceAction(
        "fr",
        form({ startsAt: new Date(occurrence.startsAt.getTime() + MINUTE).toISOString() }),
      ),
    ).rejects.toMatchObject(redirectTo(/\?error=notChanged;/));

    await expect(restoreWeeklyMaintenanceAction("fr", form({ startsAt }))).rejects.toMatchObject(
      redirectTo(/\?done=restored;/),
    );
    expect(await maintenanceUnderWay(inside)).not.toBeNull();
    expect(await database.db.auditLog.count({ where: { action: "maintenance_window.weekly_restored" } })).toBe(1);
  });
});
