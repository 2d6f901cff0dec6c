import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as receipt } from "@/app/api/applications/[id]/receipt/route";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { resetConfigForTests } from "@/lib/config";
import { getApplication } from "@/lib/applications/queries";
import { findReturningPayment, startCardPayment } from "@/lib/payments/card";
import { applyCardOutcome } from "@/lib/payments/fulfilment";
import { getOrder, payFeesAndSubmit } from "@/lib/payments/orders";
import { listReconciliationQueue, recordWirePayment } from "@/lib/payments/wire";
import { demoGamingApplication, seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import { applicationAwaitingPayment, completeApplication } from "./ready-application";

/** The receipt route reads the session through getCurrentUser. */
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: vi.fn(async () => null) };
});

let database: TestDatabase;
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");
const sophie = demoSession("agent.conseil@example.com");
const service = demoSession("service@example.com");
const officer = demoSession("officer@example.com");

function signedInAs(user: SessionUser | null) {
  vi.mocked(getCurrentUser).mockResolvedValue(user);
}

/** Pays through the sandbox the way its page does: the payment's own amount, through the shared fulfilment. */
async function sandboxPay(paymentId: string, result: "succeeded" | "failed", brand = "visa") {
  const payment = await database.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  return applyCardOutcome({
    eventId: `sandbox:${paymentId}:${result}`,
    eventType: `sandbox.${result}`,
    payment: { id: paymentId },
    result,
    amountCents: payment.amountCents,
    currency: payment.currency,
    cardBrand: brand,
    failureCode: result === "failed" ? "card_declined" : null,
  });
}

async function startSandbox(id: string, user = marie): Promise<string> {
  const started = await startCardPayment(user, id, "fr");
  if (!started.ok) throw new Error(started.reason);
  const paymentId = /sandbox\/([0-9a-f-]{36})$/.exec(started.url)?.[1];
  if (!paymentId) throw new Error(`not a sandbox URL: ${started.url}`);
  return paymentId;
}

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

describe("Pay fees and submit", () => {
  it("computes the order from the fee schedule, once, whatever is repeated", async () => {
    const id = await completeApplication(database.db, marie);
    const [first, second] = await Promise.all([payFeesAndSubmit(marie, id, "fr"), payFeesAndSubmit(marie, id, "fr")]);
    expect([first, second]).toEqual([{ ok: true }, { ok: true }]);
    const orders = await database.db.order.findMany({ where: { applicationId: id } });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({
      totalCents: 105_500,
      currency: "CAD",
      status: "open",
      items: [{ kind: "liquor_sales_new", action: "new", termYears: 2, amountCents: 105_500 }],
    });
    expect((await getApplication(marie, id))?.status).toBe("awaiting_payment");
    expect(await payFeesAndSubmit(john, id, "en")).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("the sandbox card checkout", () => {
  it("submits the application once paid, through the same fulfilment as Stripe", async () => {
    const id = await applicationAwaitingPayment(database.db, marie);
    const paymentId = await startSandbox(id);
    expect(await sandboxPay(paymentId, "succeeded", "mastercard")).toEqual({
      status: "applied",
      paymentStatus: "succeeded",
    });
    const application = await getApplication(marie, id);
    expect(application?.status).toBe("submitted");
    expect(application?.events.map((event) => event.status)).toEqual(["draft", "awaiting_payment", "submitted"]);
    expect((await getOrder(marie, id))?.status).toBe("paid");
    expect(
      await database.db.emailOutbox.count({ where: { toAddress: marie.email, template: "paymentConfirmed" } }),
    ).toBeGreaterThan(0);
    // Paid: no new checkout, and the same event again changes nothing.
    expect(await startCardPayment(marie, id, "fr")).toEqual({ ok: false, reason: "alreadyPaid" });
    expect(await sandboxPay(paymentId, "succeeded")).toEqual({ status: "duplicate" });
    expect(await sandboxPay(paymentId, "failed")).toEqual({ status: "alreadySettled" });
  });

  it("leaves a declined card awaiting payment, and a retry is a new attempt that can succeed", async () => {
    const id = await applicationAwaitingPayment(database.db, marie);
    const first = await startSandbox(id);
    // A double click: the same attempt.
    expect(await startSandbox(id)).toBe(first);
    expect(await sandboxPay(first, "failed")).toEqual({ status: "applied", paymentStatus: "failed" });
    expect((await getApplication(marie, id))?.status).toBe("awaiting_payment");
    const retry = await startSandbox(id);
    expect(retry).not.toBe(first);
    expect(await sandboxPay(retry, "succeeded")).toEqual({ status: "applied", paymentStatus: "succeeded" });
    expect((await getApplication(marie, id))?.status).toBe("submitted");
    expect(await database.db.payment.count({ where: { order: { applicationId: id } } })).toBe(2);
  });

  it("flags a tampered amount or a card brand the Commission does not take, and applies neither; a retry is a new attempt", async () => {
    const id = await applicationAwaitingPayment(database.db, marie);
    const paymentId = await startSandbox(id);
    const tampered = await applyCardOutcome({
      eventId: `tampered:${paymentId}`,
      eventType: "sandbox.succeeded",
      payment: { id: paymentId },
      result: "succeeded",
      amountCents: 100,
      currency: "CAD",
      cardBrand: "visa",
    });
    expect(tampered).toEqual({ status: "flagged", reason: "amountMismatch" });
    // The flagged attempt is staff's now: nothing more happens to it.
    expect(
      await applyCardOutcome({
        eventId: `again:${paymentId}`,
        eventType: "sandbox.succeeded",
        payment: { id: paymentId },
        result: "succeeded",
        amountCents: 105_500,
        currency: "CAD",
        cardBrand: "visa",
      }),
    ).toEqual({ status: "alreadySettled" });

    const second = await startSandbox(id);
    expect(second).not.toBe(paymentId);
    const amex = await applyCardOutcome({
      eventId: `amex:${second}`,
      eventType: "sandbox.succeeded",
      payment: { id: second },
      result: "succeeded",
      amountCents: 105_500,
      currency: "CAD",
      cardBrand: "amex",
    });
    expect(amex).toEqual({ status: "flagged", reason: "cardBrandNotAccepted" });
    expect((await getApplication(marie, id))?.status).toBe("awaiting_payment");

    const third = await startSandbox(id);
    expect([paymentId, second]).not.toContain(third);
    expect(await sandboxPay(third, "succeeded")).toEqual({ status: "applied", paymentStatus: "succeeded" });
    expect((await getApplication(marie, id))?.status).toBe("submitted");
  });

  it("shows the return page nothing for a fake or foreign payment", async () => {
    const id = await applicationAwaitingPayment(database.db, marie);
    const paymentId = await startSandbox(id);
    expect(await findReturningPayment(marie, id, { paymentId })).toMatchObject({ id: paymentId, status: "pending" });
    expect(await findReturningPayment(john, id, { paymentId })).toBeNull();
    expect(await findReturningPayment(marie, id, { sessionId: "cs_test_forged" })).toBeNull();
    expect(await findReturningPayment(marie, id, { paymentId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect(await startCardPayment(john, id, "en")).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("wire and EFT ($30,000 or more)", () => {
  it("never offers a card for the $100,000 order", async () => {
    expect(await startCardPayment(sophie, demoGamingApplication.id, "fr")).toEqual({
      ok: false,
      reason: "cardNotAllowed",
    });
    expect(await database.db.payment.count({ where: { orderId: demoGamingApplication.orderId } })).toBe(0);
  });

  it("flags funds that do not match, and submits the application once matching funds are recorded", async () => {
    const queue = await listReconciliationQueue(service);
    expect(queue?.map((order) => order.id)).toContain(demoGamingApplication.orderId);
    const receivedOn = new Date("2026-11-20T00:00:00Z");
    const short = await recordWirePayment(service, demoGamingApplication.orderId, {
      amountCents: 9_999_999,
      receivedOn,
      bankReference: "WIRE-001",
      quotedReference: demoGamingApplication.reference,
      method: "wire",
    });
    expect(short).toEqual({ ok: true, applied: false, reason: "amountMismatch" });
    const wrongReference = await recordWirePayment(service, demoGamingApplication.orderId, {
      amountCents: 10_000_000,
      receivedOn,
      bankReference: "WIRE-002",
      quotedReference: "PAY-ZZZZZZZZ",
      method: "eft",
    });
    expect(wrongReference).toEqual({ ok: true, applied: false, reason: "referenceMismatch" });
    expect((await database.db.application.findUniqueOrThrow({ where: { id: demoGamingApplication.id } })).status).toBe(
      "awaiting_payment",
    );

    // The same bank transfer recorded twice is one record.
    expect(
      await recordWirePayment(service, demoGamingApplication.orderId, {
        amountCents: 9_999_999,
        receivedOn,
        bankReference: "WIRE-001",
        quotedReference: demoGamingApplication.reference,
        method: "wire",
      }),
    ).toEqual({ ok: false, reason: "alreadyRecorded" });

    const matching = await recordWirePayment(service, demoGamingApplication.orderId, {
      amountCents: 10_000_000,
      receivedOn,
      bankReference: "WIRE-003",
      quotedReference: demoGamingApplication.reference.toLowerCase(),
      method: "wire",
    });
    expect(matching).toEqual({ ok: true, applied: true });
    const application = await database.db.application.findUniqueOrThrow({
      where: { id: demoGamingApplication.id },
      select: { status: true },
    });
    expect(application.status).toBe("submitted");
    expect(
      await database.db.auditLog.count({
        where: { action: "payment.recorded", subjectId: demoGamingApplication.orderId },
      }),
    ).toBe(1);
    expect(
      await recordWirePayment(service, demoGamingApplication.orderId, {
        amountCents: 10_000_000,
        receivedOn,
        bankReference: "WIRE-004",
        quotedReference: demoGamingApplication.reference,
        method: "wire",
      }),
    ).toEqual({ ok: false, reason: "alreadyPaid" });
  });

  it("is staff work: applicants and officers without the permission cannot record funds", async () => {
    const id = await applicationAwaitingPayment(database.db, marie);
    const order = await database.db.order.findUniqueOrThrow({ where: { applicationId: id } });
    const record = {
      amountCents: order.totalCents,
      receivedOn: new Date("2026-11-20T00:00:00Z"),
      bankReference: "X-1",
      quotedReference: order.reference,
      method: "wire" as const,
    };
    expect(await recordWirePayment(marie, order.id, record)).toEqual({ ok: false, reason: "notFound" });
    expect(await recordWirePayment(officer, order.id, record)).toEqual({ ok: false, reason: "notFound" });
    expect(await listReconciliationQueue(marie)).toBeNull();
    expect((await getApplication(marie, id))?.status).toBe("awaiting_payment");
  });
});

describe("the receipt", () => {
  it("is a PDF for its owner, in the asked language, and a 404 for anyone else or before payment", async () => {
    const id = await applicationAwaitingPayment(database.db, marie);
    const request = (locale = "fr") =>
      receipt(new Request(`http://localhost:3000/api/applications/${id}/receipt?locale=${locale}`), {
        params: Promise.resolve({ id }),
      });
    signedInAs(marie);
    expect((await request()).status).toBe(404);
    await sandboxPay(await startSandbox(id), "succeeded");
    const response = await request("en");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="receipt-PAY-[0-9A-Z]{8}\.pdf"$/,
    );
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await request("fr")).headers.get("content-disposition")).toMatch(/filename="recu-/);
    signedInAs(john);
    expect((await request()).status).toBe(404);
    signedInAs(null);
    expect((await request()).status).toBe(404);
    // Staff who reconcile payments may read it, on the audit trail, with the payer's name on it;
    // an officer reviewing files may not.
    signedInAs(officer);
    expect((await request()).status).toBe(404);
    signedInAs(service);
    expect((await request()).status).toBe(200);
    expect(
      await database.db.auditLog.count({ where: { action: "receipt.downloaded_by_staff", actorId: service.id } }),
    ).toBe(1);
  });
});
