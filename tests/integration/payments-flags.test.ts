import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resolveFlagAction } from "@/app/[locale]/admin/payments/actions";
import { sandboxPayAction } from "@/app/[locale]/(portal)/applications/[id]/payment/actions";
import { getApplication } from "@/lib/applications/queries";
import { applyEvent } from "@/lib/applications/commands";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { resetConfigForTests } from "@/lib/config";
import { startCardPayment } from "@/lib/payments/card";
import { applyCardOutcome } from "@/lib/payments/fulfilment";
import { listFlaggedPayments, resolveFlaggedPayment } from "@/lib/payments/flags";
import { recordWirePayment } from "@/lib/payments/wire";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import { applicationAwaitingPayment } from "./ready-application";

/** The server actions read the session through getCurrentUser. */
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: vi.fn(async () => null) };
});

let database: TestDatabase;
const marie = demoSession("marie.tremblay@example.com");
const service = demoSession("service@example.com");
const officer = demoSession("officer@example.com");
const admin = demoSession("admin@example.com");

/** What Next.js throws for notFound() and redirect(), seen from a test. */
const notFoundError = { digest: expect.stringContaining("404") };
const redirectTo = (path: string) => ({ digest: expect.stringContaining(`;${path};`) });

function signedInAs(user: SessionUser | null) {
  vi.mocked(getCurrentUser).mockResolvedValue(user);
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function startSandbox(id: string): Promise<string> {
  const started = await startCardPayment(marie, id, "fr");
  if (!started.ok) throw new Error(started.reason);
  const paymentId = /sandbox\/([0-9a-f-]{36})$/.exec(started.url)?.[1];
  if (!paymentId) throw new Error(`not a sandbox URL: ${started.url}`);
  return paymentId;
}

/** A sandbox card payment of $1.00 for a $1,055.00 order: flagged by fulfilment. */
async function flaggedCardPayment(): Promise<{ applicationId: string; paymentId: string }> {
  const applicationId = await applicationAwaitingPayment(database.db, marie);
  const paymentId = await startSandbox(applicationId);
  const result = await applyCardOutcome({
    eventId: `tampered:${paymentId}`,
    eventType: "sandbox.payment_succeeded",
    payment: { id: paymentId },
    result: "succeeded",
    amountCents: 100,
    currency: "CAD",
    cardBrand: "visa",
  });
  expect(result).toEqual({ status: "flagged", reason: "amountMismatch" });
  return { applicationId, paymentId };
}

const flaggedIds = async (staff: SessionUser) => (await listFlaggedPayments(staff))?.map((payment) => payment.id);
const resolution = { resolution: "refund_made", note: "Refunded in full by Moneris, reference R-2026-118." };

beforeAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  process.env.APP_URL = "http://localhost:3000";
  resetConfigForTests();
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});
beforeEach(() => signedInAs(null));

describe("every path that flags a payment", () => {
  it("card fulfilment: the reason on the payment, the money received, and an audit entry", async () => {
    const { paymentId } = await flaggedCardPayment();
    const payment = await database.db.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { order: true } });
    expect(payment).toMatchObject({
      flaggedReason: "amountMismatch",
      amountCents: 100,
      status: "pending",
      flagResolution: null,
    });
    const audits = await database.db.auditLog.findMany({ where: { action: "payment.flagged", subjectId: paymentId } });
    expect(audits).toEqual([
      expect.objectContaining({
        actorId: null,
        subjectType: "payment",
        details: expect.objectContaining({ reason: "amountMismatch", amountCents: 100 }),
      }),
    ]);
    // A second event about a flagged payment changes nothing: staff have it.
    expect(
      await applyCardOutcome({
        eventId: `again:${paymentId}`,
        eventType: "sandbox.payment_succeeded",
        payment: { id: paymentId },
        result: "succeeded",
        amountCents: 105_500,
        currency: "CAD",
        cardBrand: "visa",
      }),
    ).toEqual({ status: "alreadySettled" });
    expect(await database.db.auditLog.count({ where: { action: "payment.flagged", subjectId: paymentId } })).toBe(1);
    // Nor does the sandbox take a card for it any more.
    signedInAs(marie);
    await expect(
      sandboxPayAction("fr", payment.order.applicationId, paymentId, form({ cardNumber: "4242424242424242" })),
    ).rejects.toMatchObject(
      redirectTo(`/fr/applications/${payment.order.applicationId}/payment/return?payment=${paymentId}`),
    );
    expect(await database.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      status: "pending",
      flaggedReason: "amountMismatch",
    });
  });

  it("a wire that does not match: the reason on the payment and an audit entry naming it", async () => {
    const id = await applicationAwaitingPayment(database.db, marie);
    const order = await database.db.order.update({ where: { applicationId: id }, data: { totalCents: 3_000_000 } });
    const short = await recordWirePayment(service, order.id, {
      amountCents: 2_999_000,
      receivedOn: new Date("2026-11-20T00:00:00Z"),
      bankReference: "W-SHORT-1",
      quotedReference: order.reference,
      method: "wire",
    });
    expect(short).toEqual({ ok: true, applied: false, reason: "amountMismatch" });
    const payment = await database.db.payment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(payment.flaggedReason).toBe("amountMismatch");
    expect(await database.db.auditLog.findMany({ where: { action: "payment.flagged", subjectId: order.id } })).toEqual([
      expect.objectContaining({
        actorId: service.id,
        details: expect.objectContaining({ paymentId: payment.id, reason: "amountMismatch" }),
      }),
    ]);
    expect(await flaggedIds(service)).toContain(payment.id);
  });

  it("money for a withdrawn application, by wire: flagged for a refund, the order stays open and nobody is told it was paid", async () => {
    const id = await applicationAwaitingPayment(database.db, marie);
    const order = await database.db.order.update({ where: { applicationId: id }, data: { totalCents: 3_000_000 } });
    expect(await applyEvent(marie, id, "withdraw", "applicant")).toEqual({ ok: true, status: "withdrawn" });
    const confirmationsBefore = await database.db.emailOutbox.count({ where: { template: "paymentConfirmed" } });

    const wire = await recordWirePayment(service, order.id, {
      amountCents: 3_000_000,
      receivedOn: new Date("2026-11-20T00:00:00Z"),
      bankReference: "W-LATE-1",
      quotedReference: order.reference,
      method: "wire",
    });
    expect(wire).toEqual({ ok: true, applied: false, reason: "applicationWithdrawn" });
    expect(await database.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      status: "open",
      paidAt: null,
    });
    expect((await getApplication(marie, id))?.status).toBe("withdrawn");
    expect(await database.db.emailOutbox.count({ where: { template: "paymentConfirmed" } })).toBe(confirmationsBefore);
    const payment = await database.db.payment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(payment).toMatchObject({ flaggedReason: "applicationWithdrawn", status: "pending" });
    expect(await database.db.auditLog.count({ where: { action: "payment.flagged", subjectId: order.id } })).toBe(1);
  });
});

describe("withdrawing an application paid through the sandbox", () => {
  it("closes the open attempt: its page cannot take a card any more, and a result that comes anyway is flagged, not applied", async () => {
    const id = await applicationAwaitingPayment(database.db, marie);
    const paymentId = await startSandbox(id);
    expect(await applyEvent(marie, id, "withdraw", "applicant")).toEqual({ ok: true, status: "withdrawn" });
    expect(await database.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      status: "failed",
      failureCode: "withdrawn",
    });

    // The sandbox's "Pay" with an approved test card: back to the result, nothing charged.
    signedInAs(marie);
    const pay = sandboxPayAction("fr", id, paymentId, form({ cardNumber: "4242 4242 4242 4242" }));
    await expect(pay).rejects.toMatchObject(redirectTo(`/fr/applications/${id}/payment/return?payment=${paymentId}`));
    expect(await database.db.paymentEvent.count({ where: { id: { startsWith: `sandbox:${paymentId}` } } })).toBe(0);
    expect(await database.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      status: "failed",
      flaggedReason: null,
    });

    // Whatever still reports a payment for it is kept for a refund.
    const late = await applyCardOutcome({
      eventId: `late:${paymentId}`,
      eventType: "sandbox.payment_succeeded",
      payment: { id: paymentId },
      result: "succeeded",
      amountCents: 105_500,
      currency: "CAD",
      cardBrand: "visa",
    });
    expect(late).toEqual({ status: "flagged", reason: "applicationWithdrawn" });
    expect(await database.db.order.findUniqueOrThrow({ where: { applicationId: id } })).toMatchObject({
      status: "open",
    });
    expect((await getApplication(marie, id))?.status).toBe("withdrawn");
    expect(await database.db.auditLog.count({ where: { action: "payment.flagged", subjectId: paymentId } })).toBe(1);
  });
});

describe("payments needing attention", () => {
  it("lists a flagged payment for customer service and administrators only, with what the page shows", async () => {
    const { applicationId, paymentId } = await flaggedCardPayment();
    const { fileNumber } = await database.db.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { fileNumber: true },
    });
    const listed = (await listFlaggedPayments(service))?.find((payment) => payment.id === paymentId);
    expect(listed).toMatchObject({
      method: "card",
      amountCents: 100,
      currency: "CAD",
      flaggedReason: "amountMismatch",
      order: {
        totalCents: 105_500,
        application: { fileNumber, user: { firstName: marie.firstName, lastName: marie.lastName, email: marie.email } },
      },
    });
    expect(await flaggedIds(admin)).toContain(paymentId);
    expect(await listFlaggedPayments(officer)).toBeNull();
    expect(await listFlaggedPayments(marie)).toBeNull();
  });

  it("records a resolution once, with who and when, audited; the payment leaves the list", async () => {
    const { paymentId } = await flaggedCardPayment();
    const now = new Date("2026-12-01T15:00:00Z");
    expect(await resolveFlaggedPayment(service, paymentId, resolution, now)).toEqual({ ok: true });
    expect(await database.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      flaggedReason: "amountMismatch",
      flagResolution: "refund_made",
      flagResolutionNote: resolution.note,
      flagResolvedAt: now,
      flagResolvedById: service.id,
    });
    expect(
      await database.db.auditLog.findMany({ where: { action: "payment.flag_resolved", subjectId: paymentId } }),
    ).toEqual([
      expect.objectContaining({
        actorId: service.id,
        actorRole: "customer_service",
        subjectType: "payment",
        details: expect.objectContaining({
          resolution: "refund_made",
          reason: "amountMismatch",
          note: resolution.note,
        }),
      }),
    ]);
    expect(await flaggedIds(service)).not.toContain(paymentId);

    // Once: a second resolution is refused and changes nothing.
    expect(await resolveFlaggedPayment(admin, paymentId, { resolution: "written_off", note: "Written off." })).toEqual({
      ok: false,
      reason: "alreadyResolved",
    });
    expect(await database.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      flagResolution: "refund_made",
      flagResolvedById: service.id,
    });
    expect(await database.db.auditLog.count({ where: { action: "payment.flag_resolved", subjectId: paymentId } })).toBe(
      1,
    );
  });

  it("lets only one of two people resolving the same payment at the same moment win", async () => {
    const { paymentId } = await flaggedCardPayment();
    const results = await Promise.all([
      resolveFlaggedPayment(service, paymentId, {
        resolution: "applied",
        note: "Accepted with the payer's second payment.",
      }),
      resolveFlaggedPayment(admin, paymentId, { resolution: "written_off", note: "Too small to return." }),
    ]);
    expect(results.map((result) => (result.ok ? "ok" : result.reason)).sort()).toEqual(["alreadyResolved", "ok"]);
    expect(await database.db.auditLog.count({ where: { action: "payment.flag_resolved", subjectId: paymentId } })).toBe(
      1,
    );
  });

  it("is refused to an officer and an applicant, and for a payment that was never flagged", async () => {
    const { paymentId } = await flaggedCardPayment();
    expect(await resolveFlaggedPayment(officer, paymentId, resolution)).toEqual({ ok: false, reason: "notFound" });
    expect(await resolveFlaggedPayment(marie, paymentId, resolution)).toEqual({ ok: false, reason: "notFound" });
    const id = await applicationAwaitingPayment(database.db, marie);
    const clean = await startSandbox(id);
    expect(await resolveFlaggedPayment(service, clean, resolution)).toEqual({ ok: false, reason: "notFound" });
    expect(await resolveFlaggedPayment(service, "not-a-uuid", resolution)).toEqual({ ok: false, reason: "notFound" });
    expect(await resolveFlaggedPayment(service, "00000000-0000-4000-8000-000000000000", resolution)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await database.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      flagResolution: null,
    });
    expect(await flaggedIds(service)).toContain(paymentId);
  });

  it("needs one of the three resolutions and a note", async () => {
    const { paymentId } = await flaggedCardPayment();
    expect(await resolveFlaggedPayment(service, paymentId, {})).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { resolution: "resolution", note: "note" },
    });
    expect(await resolveFlaggedPayment(service, paymentId, { resolution: "refunded", note: "   " })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { resolution: "resolution", note: "note" },
    });
    expect(await resolveFlaggedPayment(service, paymentId, { resolution: "applied", note: "x".repeat(2001) })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { note: "noteTooLong" },
    });
    expect(
      await resolveFlaggedPayment(service, paymentId, { resolution: ["applied"], note: { text: "x" } }),
    ).toMatchObject({ ok: false, reason: "invalid" });
    expect(await database.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      flagResolution: null,
    });
  });
});

describe("resolveFlagAction (the form on /admin/payments)", () => {
  it("records the resolution for customer service and comes back to the page", async () => {
    const { paymentId } = await flaggedCardPayment();
    signedInAs(service);
    const fields = form({
      [`resolution-${paymentId}`]: "written_off",
      [`note-${paymentId}`]: "Under the threshold, written off.",
    });
    await expect(resolveFlagAction("fr", paymentId, fields)).rejects.toMatchObject(
      redirectTo("/fr/admin/payments?done=resolved"),
    );
    expect(await database.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      flagResolution: "written_off",
      flagResolvedById: service.id,
    });

    // Sent again (a double submit, or a second person): told it is already resolved.
    signedInAs(admin);
    await expect(resolveFlagAction("en", paymentId, fields)).rejects.toMatchObject(
      redirectTo(
        `/en/admin/payments?error=notResolved&payment=${paymentId}&problems=form%3AalreadyResolved#payment-${paymentId}`,
      ),
    );
  });

  it("sends the form's errors back to the page, beside their fields", async () => {
    const { paymentId } = await flaggedCardPayment();
    signedInAs(admin);
    await expect(resolveFlagAction("en", paymentId, form({ [`note-${paymentId}`]: "" }))).rejects.toMatchObject(
      redirectTo(
        `/en/admin/payments?error=notResolved&payment=${paymentId}&problems=resolution%3Aresolution%2Cnote%3Anote#payment-${paymentId}`,
      ),
    );
    expect(await database.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      flagResolution: null,
    });
  });

  it("does not exist for an officer, an applicant or a visitor", async () => {
    const { paymentId } = await flaggedCardPayment();
    const fields = form({ [`resolution-${paymentId}`]: "refund_made", [`note-${paymentId}`]: "Refunded." });
    for (const user of [officer, marie, null]) {
      signedInAs(user);
      await expect(resolveFlagAction("fr", paymentId, fields)).rejects.toMatchObject(notFoundError);
    }
    expect(await database.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      flagResolution: null,
    });
    expect(await database.db.auditLog.count({ where: { action: "payment.flag_resolved", subjectId: paymentId } })).toBe(
      0,
    );
  });
});
