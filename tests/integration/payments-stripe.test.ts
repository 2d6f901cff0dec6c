import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/webhooks/stripe/route";
import { resetConfigForTests } from "@/lib/config";
import { applyEvent } from "@/lib/applications/commands";
import { startCardPayment } from "@/lib/payments/card";
import { listFlaggedPayments } from "@/lib/payments/flags";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";
import { applicationAwaitingPayment as awaitingPayment } from "./ready-application";

// ---------------------------------------------------------------------------------------------------
// A stand-in for api.stripe.com on localhost, answering the real SDK (lib/stripe/client.ts points it
// here through STRIPE_API_URL) in Stripe's wire format:
// - POST /v1/checkout/sessions: a form body with unencoded brackets; honours Idempotency-Key like
//   Stripe (the same key returns the same session; the same key with other parameters is refused);
// - POST /v1/checkout/sessions/:id/expire: an open session expires; any other is refused, as Stripe does;
// - GET /v1/payment_intents/:id: the intent, with `latest_charge` expanded only when asked for.

const SECRET_KEY = "sk_test_123";
const WEBHOOK_SECRET = "whsec_test_secret";
const FEE_CENTS = 105_500;

type RecordedRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  idempotencyKey: string | undefined;
  form: URLSearchParams;
};

type CheckoutSession = {
  id: string;
  object: "checkout.session";
  url: string;
  amount_total: number;
  currency: string;
  payment_status: "unpaid" | "paid";
  status: "open" | "complete" | "expired";
  mode: string;
  client_reference_id: string | null;
  customer_email: string | null;
  metadata: Record<string, string>;
  success_url: string | null;
  cancel_url: string | null;
  payment_intent: string | null;
  livemode: false;
};

type StandIn = {
  origin: string;
  requests: RecordedRequest[];
  /** Sessions by id, and by the idempotency key that created them (with that request's body). */
  sessions: Map<string, CheckoutSession>;
  byIdempotencyKey: Map<string, { body: string; session: CheckoutSession }>;
  /** The card network the next PaymentIntents report. */
  cardBrand: string;
  close: () => Promise<void>;
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response
    .writeHead(status, {
      "content-type": "application/json",
      "request-id": `req_${Math.random().toString(36).slice(2)}`,
      ...headers,
    })
    .end(JSON.stringify(body));
}

function stripeError(response: ServerResponse, status: number, type: string, message: string): void {
  sendJson(response, status, { error: { type, message } });
}

/** `metadata[orderId]=…` → { orderId: … } */
function bracketed(form: URLSearchParams, prefix: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form) {
    const match = new RegExp(`^${prefix}\\[([^\\]]+)\\]$`).exec(name);
    if (match?.[1]) values[match[1]] = value;
  }
  return values;
}

function createCheckoutSession(
  standIn: StandIn,
  recorded: RecordedRequest,
  body: string,
  response: ServerResponse,
): void {
  const key = recorded.idempotencyKey;
  const previous = key ? standIn.byIdempotencyKey.get(key) : undefined;
  if (previous) {
    if (previous.body !== body) {
      return stripeError(
        response,
        400,
        "idempotency_error",
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}'.`,
      );
    }
    return sendJson(response, 200, previous.session, { "idempotent-replayed": "true" });
  }
  const { form } = recorded;
  const unitAmount = Number(form.get("line_items[0][price_data][unit_amount]"));
  const quantity = Number(form.get("line_items[0][quantity]") ?? "1");
  if (form.get("mode") !== "payment" || !Number.isSafeInteger(unitAmount) || !form.get("success_url")) {
    return stripeError(response, 400, "invalid_request_error", "Missing required param.");
  }
  const id = `cs_test_${standIn.sessions.size + 1}`;
  const session: CheckoutSession = {
    id,
    object: "checkout.session",
    url: `https://checkout.stripe.test/c/pay/${id}`,
    amount_total: unitAmount * quantity,
    currency: form.get("line_items[0][price_data][currency]") ?? "",
    payment_status: "unpaid",
    status: "open",
    mode: "payment",
    client_reference_id: form.get("client_reference_id"),
    customer_email: form.get("customer_email"),
    metadata: bracketed(form, "metadata"),
    success_url: form.get("success_url"),
    cancel_url: form.get("cancel_url"),
    payment_intent: null,
    livemode: false,
  };
  standIn.sessions.set(id, session);
  if (key) standIn.byIdempotencyKey.set(key, { body, session });
  sendJson(response, 200, session);
}

function expireCheckoutSession(standIn: StandIn, id: string, response: ServerResponse): void {
  const session = standIn.sessions.get(id);
  if (!session) return stripeError(response, 404, "invalid_request_error", `No such checkout.session: '${id}'`);
  if (session.status !== "open")
    return stripeError(
      response,
      400,
      "invalid_request_error",
      `Only Checkout Sessions with a status in ["open"] can be expired, and this Checkout Session has a status of "${session.status}".`,
    );
  session.status = "expired";
  sendJson(response, 200, session);
}

function retrievePaymentIntent(standIn: StandIn, id: string, query: URLSearchParams, response: ServerResponse): void {
  const chargeId = `ch_${id.replace(/^pi_/, "")}`;
  const expanded = query.getAll("expand[]").concat(query.getAll("expand[0]")).includes("latest_charge");
  const charge = {
    id: chargeId,
    object: "charge",
    amount: FEE_CENTS,
    currency: "cad",
    paid: true,
    status: "succeeded",
    payment_intent: id,
    payment_method_details: {
      type: "card",
      card: { brand: standIn.cardBrand, funding: "credit", last4: "4242", country: "CA" },
    },
  };
  sendJson(response, 200, {
    id,
    object: "payment_intent",
    amount: FEE_CENTS,
    amount_received: FEE_CENTS,
    currency: "cad",
    status: "succeeded",
    latest_charge: expanded ? charge : chargeId,
    livemode: false,
  });
}

async function startStandIn(): Promise<StandIn> {
  const standIn: StandIn = {
    origin: "",
    requests: [],
    sessions: new Map(),
    byIdempotencyKey: new Map(),
    cardBrand: "visa",
    close: async () => {},
  };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const body = await readBody(request);
      const idempotencyKey = request.headers["idempotency-key"];
      const recorded: RecordedRequest = {
        method: request.method ?? "",
        path: url.pathname,
        query: url.searchParams,
        headers: request.headers,
        idempotencyKey: Array.isArray(idempotencyKey) ? idempotencyKey[0] : idempotencyKey,
        form: new URLSearchParams(body),
      };
      standIn.requests.push(recorded);
      if (request.headers.authorization !== `Bearer ${SECRET_KEY}`)
        return stripeError(response, 401, "invalid_request_error", "Invalid API Key provided.");
      const intent = /^\/v1\/payment_intents\/(pi_[A-Za-z0-9_]+)$/.exec(url.pathname);
      const expire = /^\/v1\/checkout\/sessions\/(cs_[A-Za-z0-9_]+)\/expire$/.exec(url.pathname);
      if (request.method === "POST" && url.pathname === "/v1/checkout/sessions")
        return createCheckoutSession(standIn, recorded, body, response);
      if (request.method === "POST" && expire?.[1]) return expireCheckoutSession(standIn, expire[1], response);
      if (request.method === "GET" && intent?.[1])
        return retrievePaymentIntent(standIn, intent[1], url.searchParams, response);
      return stripeError(
        response,
        404,
        "invalid_request_error",
        `Unrecognized request URL (${request.method}: ${url.pathname}).`,
      );
    })().catch((error: unknown) => stripeError(response, 500, "api_error", String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  standIn.origin = `http://127.0.0.1:${port}`;
  standIn.close = () =>
    new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  return standIn;
}

// ---------------------------------------------------------------------------------------------------
// Applications ready to pay (the answers of tests/integration/applications.test.ts).

let database: TestDatabase;
let stripeApi: StandIn;
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");
const service = demoSession("service@example.com");

async function applicationAwaitingPayment(): Promise<string> {
  return awaitingPayment(database.db, marie);
}

/** An application awaiting payment whose card checkout has started: its Checkout Session id. */
async function applicationInCheckout(): Promise<{ id: string; sessionId: string }> {
  const id = await applicationAwaitingPayment();
  const started = await startCardPayment(marie, id, "fr");
  if (!started.ok) throw new Error(`could not start the card payment: ${started.reason}`);
  const payment = await database.db.payment.findFirstOrThrow({ where: { order: { applicationId: id } } });
  if (!payment.providerReference) throw new Error("the payment has no Checkout Session");
  return { id, sessionId: payment.providerReference };
}

/** What the tests look at after an event: the application, its order and its payments. */
async function stateOf(applicationId: string) {
  const application = await database.db.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      status: true,
      submittedAt: true,
      fileNumber: true,
      order: {
        select: {
          status: true,
          paidAt: true,
          totalCents: true,
          payments: { select: { id: true, status: true, cardBrand: true, failureCode: true, flaggedReason: true } },
        },
      },
    },
  });
  const confirmations = await database.db.emailOutbox.count({
    where: { toAddress: marie.email, template: "paymentConfirmed", textBody: { contains: application.fileNumber } },
  });
  const submittedEvents = await database.db.applicationStatusEvent.count({
    where: { applicationId, status: "submitted" },
  });
  return { ...application, confirmations, submittedEvents };
}

// ---------------------------------------------------------------------------------------------------
// Stripe's webhook deliveries.

let eventCounter = 0;

function sessionEvent(type: string, session: Record<string, unknown>, id = `evt_test_${++eventCounter}_${Date.now()}`) {
  return {
    id,
    object: "event",
    api_version: "2026-10-28",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object: { object: "checkout.session", mode: "payment", livemode: false, ...session } },
  };
}

function completedEvent(sessionId: string, overrides: Record<string, unknown> = {}, id?: string) {
  return sessionEvent(
    "checkout.session.completed",
    {
      id: sessionId,
      status: "complete",
      payment_status: "paid",
      amount_total: FEE_CENTS,
      currency: "cad",
      payment_intent: "pi_123",
      ...overrides,
    },
    id,
  );
}

function sign(
  payload: string,
  { secret = WEBHOOK_SECRET, timestamp }: { secret?: string; timestamp?: number } = {},
): string {
  return Stripe.webhooks.generateTestHeaderString({
    payload,
    secret,
    ...(timestamp === undefined ? {} : { timestamp }),
  });
}

function postWebhook(body: string, signature: string | null): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  if (signature !== null) headers["stripe-signature"] = signature;
  return POST(new Request("http://localhost:3000/api/webhooks/stripe", { method: "POST", body, headers }));
}

/** Delivers an event the way Stripe does: the JSON body, signed with the endpoint's secret. */
function deliver(event: unknown): Promise<Response> {
  const body = JSON.stringify(event);
  return postWebhook(body, sign(body));
}

// ---------------------------------------------------------------------------------------------------

const ENV_NAMES = ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_URL", "APP_URL"] as const;
const savedEnv: Partial<Record<(typeof ENV_NAMES)[number], string>> = {};

beforeAll(async () => {
  stripeApi = await startStandIn();
  for (const name of ENV_NAMES) if (process.env[name] !== undefined) savedEnv[name] = process.env[name];
  process.env.STRIPE_SECRET_KEY = SECRET_KEY;
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
  process.env.STRIPE_API_URL = stripeApi.origin;
  process.env.APP_URL = "http://localhost:3000";
  resetConfigForTests();
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database?.close();
  await stripeApi?.close();
  for (const name of ENV_NAMES) {
    const saved = savedEnv[name];
    if (saved === undefined) delete process.env[name];
    else process.env[name] = saved;
  }
  resetConfigForTests();
});
beforeEach(() => {
  stripeApi.cardBrand = "visa";
  vi.restoreAllMocks();
});

const checkoutRequests = () =>
  stripeApi.requests.filter((request) => request.method === "POST" && request.path === "/v1/checkout/sessions");

describe("startCardPayment through Stripe", () => {
  it("creates a Checkout Session for the order's amount, in CAD, by card, once per idempotency key", async () => {
    const id = await applicationAwaitingPayment();
    const { fileNumber } = await database.db.application.findUniqueOrThrow({
      where: { id },
      select: { fileNumber: true },
    });
    const order = await database.db.order.findUniqueOrThrow({ where: { applicationId: id } });
    expect(order.totalCents).toBe(FEE_CENTS);
    const before = checkoutRequests().length;

    const first = await startCardPayment(marie, id, "fr");
    const sent = checkoutRequests().slice(before);
    expect(sent).toHaveLength(1);
    const [request] = sent;
    if (!request) throw new Error("nothing sent");
    const payment = await database.db.payment.findFirstOrThrow({ where: { orderId: order.id } });
    // The order, the attempt, and a hash of everything else the request carries.
    const key = payment.idempotencyKey;
    expect(key).toMatch(new RegExp(`^order-${order.id}-card-1-[0-9a-f]{16}$`));

    expect(request.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
    expect(request.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request.idempotencyKey).toBe(key);
    const form = request.form;
    expect(form.get("mode")).toBe("payment");
    expect(form.get("line_items[0][quantity]")).toBe("1");
    expect(form.get("line_items[0][price_data][unit_amount]")).toBe(String(FEE_CENTS));
    expect(form.get("line_items[0][price_data][currency]")).toBe("cad");
    expect(form.get("line_items[0][price_data][product_data][name]")).toBe(fileNumber);
    expect(form.getAll("allowed_payment_method_types[0]")).toEqual(["card"]);
    expect(form.has("allowed_payment_method_types[1]")).toBe(false);
    expect(form.getAll("payment_method_options[card][restrictions][brands_blocked][0]")).toEqual(["american_express"]);
    expect(bracketed(form, "metadata")).toEqual({
      orderId: order.id,
      paymentId: payment.id,
      applicationId: id,
      fileNumber,
      reference: order.reference,
    });
    expect(bracketed(form, "payment_intent_data\\[metadata\\]")).toEqual({
      orderId: order.id,
      paymentId: payment.id,
      applicationId: id,
      fileNumber,
      reference: order.reference,
    });
    expect(form.get("client_reference_id")).toBe(payment.id);
    expect(form.get("customer_email")).toBe(marie.email);
    expect(form.get("locale")).toBe("fr-CA");
    expect(form.get("success_url")).toBe(
      `http://localhost:3000/fr/applications/${id}/payment/return?session_id={CHECKOUT_SESSION_ID}`,
    );
    expect(form.get("cancel_url")).toBe(`http://localhost:3000/fr/applications/${id}/payment?cancelled=1`);

    const session = stripeApi.byIdempotencyKey.get(key)?.session;
    expect(session?.amount_total).toBe(FEE_CENTS);
    expect(first).toEqual({ ok: true, url: `https://checkout.stripe.test/c/pay/${session?.id}` });
    expect(payment).toMatchObject({
      method: "card",
      provider: "stripe",
      status: "pending",
      amountCents: FEE_CENTS,
      currency: "CAD",
      idempotencyKey: key,
      providerReference: session?.id,
    });

    // A double click: the same key, so Stripe answers the same session; still one payment.
    const sessionsBefore = stripeApi.sessions.size;
    const second = await startCardPayment(marie, id, "fr");
    expect(second).toEqual(first);
    const resent = checkoutRequests().slice(before);
    expect(resent).toHaveLength(2);
    expect(resent[1]?.idempotencyKey).toBe(key);
    expect(resent[1]?.form.toString()).toBe(request.form.toString());
    expect(stripeApi.sessions.size).toBe(sessionsBefore);
    expect(await database.db.payment.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("reuses the same checkout when several tabs start it at the same moment", async () => {
    const id = await applicationAwaitingPayment();
    const order = await database.db.order.findUniqueOrThrow({ where: { applicationId: id } });
    // Four at once, so that the race is all but certain to be met, not only sometimes.
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => startCardPayment(marie, id, "en")));
    // None of them fails (a unique-key error here would be a 500 for the applicant's other tab).
    expect(
      results.flatMap((result) =>
        result.status === "rejected" ? [String(result.reason).split("\n").filter(Boolean).at(-1)] : [],
      ),
    ).toEqual([]);
    const values = results.map((result) => (result.status === "fulfilled" ? result.value : null));
    expect(values[0]).toMatchObject({
      ok: true,
      url: expect.stringMatching(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_\d+$/),
    });
    for (const value of values) expect(value).toEqual(values[0]);
    expect(await database.db.payment.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("starts a checkout of its own when the applicant retries in the other language: a key is never sent with other parameters", async () => {
    const id = await applicationAwaitingPayment();
    const order = await database.db.order.findUniqueOrThrow({ where: { applicationId: id } });
    const before = checkoutRequests().length;

    const french = await startCardPayment(marie, id, "fr");
    expect(french).toMatchObject({ ok: true });
    // The language switch, then "Make payment" again: Stripe refuses a key reused with other parameters.
    const english = await startCardPayment(marie, id, "en");
    expect(english).toMatchObject({ ok: true });
    expect(english).not.toEqual(french);

    const [fr, en] = checkoutRequests().slice(before);
    expect(fr?.form.get("locale")).toBe("fr-CA");
    expect(en?.form.get("locale")).toBe("en");
    expect(en?.form.get("success_url")).toBe(
      `http://localhost:3000/en/applications/${id}/payment/return?session_id={CHECKOUT_SESSION_ID}`,
    );
    expect(en?.idempotencyKey).not.toBe(fr?.idempotencyKey);

    // Back in French: the French checkout again, under its own key and with the same parameters.
    expect(await startCardPayment(marie, id, "fr")).toEqual(french);
    const sent = checkoutRequests().slice(before);
    expect(sent).toHaveLength(3);
    expect(sent[2]?.idempotencyKey).toBe(fr?.idempotencyKey);
    expect(sent[2]?.form.toString()).toBe(fr?.form.toString());

    const payments = await database.db.payment.findMany({
      where: { orderId: order.id },
      orderBy: { createdAt: "asc" },
    });
    expect(payments.map((payment) => [payment.idempotencyKey, payment.status])).toEqual([
      [fr?.idempotencyKey, "pending"],
      [en?.idempotencyKey, "pending"],
    ]);
    expect(new Set(payments.map((payment) => payment.providerReference)).size).toBe(2);
  });

  it("refuses a card above the limit and another applicant's application, sending nothing to Stripe", async () => {
    const id = await applicationAwaitingPayment();
    const order = await database.db.order.findUniqueOrThrow({ where: { applicationId: id } });
    const before = stripeApi.requests.length;

    // An order at the card limit ($30,000.00) is paid by wire or EFT only, whatever the page showed.
    await database.db.order.update({ where: { id: order.id }, data: { totalCents: 3_000_000 } });
    expect(await startCardPayment(marie, id, "fr")).toEqual({ ok: false, reason: "cardNotAllowed" });
    expect(stripeApi.requests.length).toBe(before);
    expect(await database.db.payment.count({ where: { orderId: order.id } })).toBe(0);

    // One cent below, the card is allowed, for the order's amount as stored.
    await database.db.order.update({ where: { id: order.id }, data: { totalCents: 2_999_999 } });
    expect(await startCardPayment(marie, id, "fr")).toMatchObject({ ok: true });
    expect(checkoutRequests().at(-1)?.form.get("line_items[0][price_data][unit_amount]")).toBe("2999999");

    // Another applicant: the application does not exist for them.
    const other = await applicationAwaitingPayment();
    const afterMarie = stripeApi.requests.length;
    expect(await startCardPayment(john, other, "fr")).toEqual({ ok: false, reason: "notFound" });
    expect(await startCardPayment(john, "not-a-uuid", "fr")).toEqual({ ok: false, reason: "notFound" });
    expect(stripeApi.requests.length).toBe(afterMarie);
    expect(await database.db.payment.count({ where: { order: { applicationId: other } } })).toBe(0);
  });
});

describe("POST /api/webhooks/stripe", () => {
  it("applies checkout.session.completed: the application is submitted, the order paid, the applicant told", async () => {
    const { id, sessionId } = await applicationInCheckout();
    const before = await stateOf(id);
    expect(before).toMatchObject({
      status: "awaiting_payment",
      submittedAt: null,
      order: { status: "open", paidAt: null },
      confirmations: 0,
      submittedEvents: 0,
    });

    const intentRequestsBefore = stripeApi.requests.filter(
      (request) => request.path === "/v1/payment_intents/pi_123",
    ).length;
    const response = await deliver(completedEvent(sessionId));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, result: "applied" });

    // The card's network comes from the charge, read back from Stripe.
    const intentRequests = stripeApi.requests.filter((request) => request.path === "/v1/payment_intents/pi_123");
    expect(intentRequests).toHaveLength(intentRequestsBefore + 1);
    expect(intentRequests.at(-1)?.method).toBe("GET");

    const after = await stateOf(id);
    expect(after.status).toBe("submitted");
    expect(after.submittedAt).toBeInstanceOf(Date);
    expect(after.order?.status).toBe("paid");
    expect(after.order?.paidAt).toBeInstanceOf(Date);
    expect(after.order?.payments).toEqual([
      expect.objectContaining({ status: "succeeded", cardBrand: "visa", flaggedReason: null, failureCode: null }),
    ]);
    expect(after.confirmations).toBe(1);
    expect(after.submittedEvents).toBe(1);
  });

  it("applies an event once, whether Stripe repeats it or delivers it twice at the same moment", async () => {
    // Repeated.
    const first = await applicationInCheckout();
    const event = completedEvent(first.sessionId);
    const body = JSON.stringify(event);
    const once = await postWebhook(body, sign(body));
    const twice = await postWebhook(body, sign(body));
    expect([once.status, twice.status]).toEqual([200, 200]);
    expect(await once.json()).toEqual({ received: true, result: "applied" });
    expect(await twice.json()).toEqual({ received: true, result: "duplicate" });
    expect(await database.db.paymentEvent.count({ where: { id: event.id } })).toBe(1);
    const repeated = await stateOf(first.id);
    expect(repeated.status).toBe("submitted");
    expect(repeated.order?.payments.filter((payment) => payment.status === "succeeded")).toHaveLength(1);
    expect(repeated.submittedEvents).toBe(1);
    expect(repeated.confirmations).toBe(1);

    // Concurrent, on a fresh application.
    const second = await applicationInCheckout();
    const concurrent = completedEvent(second.sessionId);
    const responses = await Promise.all([deliver(concurrent), deliver(concurrent)]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    const results = await Promise.all(
      responses.map(async (response) => ((await response.json()) as { result: string }).result),
    );
    expect(results.sort()).toEqual(["applied", "duplicate"]);
    expect(await database.db.paymentEvent.count({ where: { id: concurrent.id } })).toBe(1);
    const raced = await stateOf(second.id);
    expect(raced.status).toBe("submitted");
    expect(raced.order?.payments.filter((payment) => payment.status === "succeeded")).toHaveLength(1);
    expect(raced.submittedEvents).toBe(1);
    expect(raced.confirmations).toBe(1);

    // Two different events about the same payment at once (completed and async_payment_succeeded): one applies.
    const third = await applicationInCheckout();
    const pair = [
      completedEvent(third.sessionId),
      sessionEvent("checkout.session.async_payment_succeeded", completedEvent(third.sessionId).data.object),
    ];
    const pairResponses = await Promise.all(pair.map((item) => deliver(item)));
    const pairResults = await Promise.all(
      pairResponses.map(async (response) => ((await response.json()) as { result: string }).result),
    );
    expect(pairResults.sort()).toEqual(["alreadySettled", "applied"]);
    const both = await stateOf(third.id);
    expect(both.order?.payments.filter((payment) => payment.status === "succeeded")).toHaveLength(1);
    expect(both.submittedEvents).toBe(1);
    expect(both.confirmations).toBe(1);
  });

  it("refuses a forged, altered, unsigned or stale delivery with 400 and changes nothing", async () => {
    const { id, sessionId } = await applicationInCheckout();
    const event = completedEvent(sessionId);
    const body = JSON.stringify(event);
    const before = await stateOf(id);
    const eventsBefore = await database.db.paymentEvent.count();
    const stripeRequestsBefore = stripeApi.requests.length;

    const forged = await postWebhook(body, sign(body, { secret: "whsec_not_our_secret" }));
    const altered = await postWebhook(body.replace(`"amount_total":${FEE_CENTS}`, '"amount_total":100'), sign(body));
    expect(body).toContain(`"amount_total":${FEE_CENTS}`);
    const unsigned = await postWebhook(body, null);
    const stale = await postWebhook(body, sign(body, { timestamp: Math.floor(Date.now() / 1000) - 3600 }));
    const garbage = await postWebhook(body, "t=abc,v1=def");
    for (const response of [forged, altered, unsigned, stale, garbage]) expect(response.status).toBe(400);

    expect(await stateOf(id)).toEqual(before);
    expect(await database.db.paymentEvent.count()).toBe(eventsBefore);
    expect(await database.db.paymentEvent.count({ where: { id: event.id } })).toBe(0);
    expect(stripeApi.requests.length).toBe(stripeRequestsBefore);

    // The same event, signed with the endpoint's secret now: it was only the signature.
    const genuine = await postWebhook(body, sign(body));
    expect(genuine.status).toBe(200);
    expect((await stateOf(id)).status).toBe("submitted");
  });

  it("never moves a payment backwards: an expired or failed session after the success changes nothing", async () => {
    const { id, sessionId } = await applicationInCheckout();
    expect((await deliver(completedEvent(sessionId))).status).toBe(200);
    const paid = await stateOf(id);
    expect(paid.status).toBe("submitted");

    const expired = await deliver(
      sessionEvent("checkout.session.expired", {
        id: sessionId,
        status: "expired",
        payment_status: "unpaid",
        amount_total: FEE_CENTS,
        currency: "cad",
        payment_intent: null,
      }),
    );
    expect(expired.status).toBe(200);
    expect(await expired.json()).toEqual({ received: true, result: "alreadySettled" });
    const failed = await deliver(
      sessionEvent("checkout.session.async_payment_failed", {
        id: sessionId,
        status: "complete",
        payment_status: "unpaid",
        amount_total: FEE_CENTS,
        currency: "cad",
        payment_intent: "pi_123",
      }),
    );
    expect(failed.status).toBe(200);

    const after = await stateOf(id);
    expect(after).toEqual(paid);
    expect(after.order?.payments).toEqual([
      expect.objectContaining({ status: "succeeded", failureCode: null, cardBrand: "visa" }),
    ]);
  });

  it.each([
    {
      name: "an amount that is not the order's",
      overrides: { amount_total: FEE_CENTS - 1 },
      brand: "visa",
      reason: "amountMismatch",
    },
    { name: "another currency", overrides: { currency: "usd" }, brand: "visa", reason: "currencyMismatch" },
    {
      name: "a card network the Commission does not accept",
      overrides: {},
      brand: "amex",
      reason: "cardBrandNotAccepted",
    },
  ])(
    "flags $name for staff ($reason) and leaves the application awaiting payment",
    async ({ overrides, brand, reason }) => {
      const { id, sessionId } = await applicationInCheckout();
      stripeApi.cardBrand = brand;
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const event = completedEvent(sessionId, overrides);
      const response = await deliver(event);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: true, result: "flagged" });
      expect(warn).toHaveBeenCalledWith(`Stripe event ${event.id} flagged: ${reason}`);
      warn.mockRestore();

      const after = await stateOf(id);
      expect(after.status).toBe("awaiting_payment");
      expect(after.submittedAt).toBeNull();
      expect(after.order).toMatchObject({ status: "open", paidAt: null, totalCents: FEE_CENTS });
      expect(after.order?.payments).toEqual([expect.objectContaining({ status: "pending", flaggedReason: reason })]);
      expect(after.confirmations).toBe(0);
      expect(after.submittedEvents).toBe(0);

      // The payment says what came in (what staff may refund), and the flag is in the audit log.
      const [payment] = after.order?.payments ?? [];
      const row = await database.db.payment.findUniqueOrThrow({ where: { id: payment?.id } });
      expect(row).toMatchObject({
        amountCents: overrides.amount_total ?? FEE_CENTS,
        currency: (overrides.currency ?? "cad").toUpperCase(),
        cardBrand: brand,
      });
      const audits = await database.db.auditLog.findMany({
        where: { action: "payment.flagged", subjectId: payment?.id },
      });
      expect(audits).toEqual([
        expect.objectContaining({
          actorId: null,
          subjectType: "payment",
          details: expect.objectContaining({ reason, eventId: event.id }),
        }),
      ]);
      expect((await listFlaggedPayments(service))?.find((flagged) => flagged.id === payment?.id)).toMatchObject({
        flaggedReason: reason,
      });
    },
  );
});

describe("an event about a Checkout Session the portal does not recognise", () => {
  it("is answered 500 and logged, so that Stripe delivers it again, and is not recorded as seen", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const eventsBefore = await database.db.paymentEvent.count();

    const unknown = completedEvent("cs_test_unknown_1");
    const response = await deliver(unknown);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "unknown checkout session" });
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining(
        `Stripe event ${unknown.id} (checkout.session.completed) is about Checkout Session cs_test_unknown_1`,
      ),
    );

    // A payment id we never issued, or not an id at all: still unknown.
    for (const reference of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const event = completedEvent("cs_test_unknown_2", {
        client_reference_id: reference,
        metadata: { paymentId: reference },
      });
      expect((await deliver(event)).status).toBe(500);
    }
    // An expired or failed session is no different: Stripe is told to try again.
    expect(
      (
        await deliver(
          sessionEvent("checkout.session.expired", {
            id: "cs_test_unknown_3",
            status: "expired",
            payment_status: "unpaid",
            amount_total: FEE_CENTS,
            currency: "cad",
          }),
        )
      ).status,
    ).toBe(500);
    expect(await database.db.paymentEvent.count()).toBe(eventsBefore);
  });

  it("is matched by client_reference_id (or metadata) when the session's id was never stored, and applied", async () => {
    const { id, sessionId } = await applicationInCheckout();
    const payment = await database.db.payment.findFirstOrThrow({ where: { providerReference: sessionId } });
    // The request that created the session ended before it saved the session's id.
    await database.db.payment.update({ where: { id: payment.id }, data: { providerReference: null } });

    const response = await deliver(
      completedEvent(sessionId, { client_reference_id: payment.id, metadata: { paymentId: payment.id } }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, result: "applied" });
    const after = await stateOf(id);
    expect(after.status).toBe("submitted");
    expect(after.order?.payments).toEqual([expect.objectContaining({ id: payment.id, status: "succeeded" })]);
    expect(after.confirmations).toBe(1);
    // From now on the session is the payment's, also for the return page.
    expect((await database.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).providerReference).toBe(
      sessionId,
    );

    // Metadata alone is enough too.
    const other = await applicationInCheckout();
    const otherPayment = await database.db.payment.findFirstOrThrow({ where: { providerReference: other.sessionId } });
    await database.db.payment.update({ where: { id: otherPayment.id }, data: { providerReference: null } });
    const byMetadata = await deliver(
      completedEvent(other.sessionId, { client_reference_id: null, metadata: { paymentId: otherPayment.id } }),
    );
    expect(await byMetadata.json()).toEqual({ received: true, result: "applied" });
    expect((await stateOf(other.id)).status).toBe("submitted");
  });

  it("never lets a payment id take over a payment that has its own session", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const { id, sessionId } = await applicationInCheckout();
    const payment = await database.db.payment.findFirstOrThrow({ where: { providerReference: sessionId } });
    const before = await stateOf(id);
    const response = await deliver(
      completedEvent("cs_test_someone_elses", { client_reference_id: payment.id, metadata: { paymentId: payment.id } }),
    );
    expect(response.status).toBe(500);
    expect(logged).toHaveBeenCalledOnce();
    expect(await stateOf(id)).toEqual(before);
  });

  it("is applied when Stripe delivers it again once the payment is known", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { id, sessionId } = await applicationInCheckout();
    const payment = await database.db.payment.findFirstOrThrow({ where: { providerReference: sessionId } });
    await database.db.payment.update({ where: { id: payment.id }, data: { providerReference: null } });
    const event = completedEvent(sessionId);
    expect((await deliver(event)).status).toBe(500);
    expect((await stateOf(id)).status).toBe("awaiting_payment");

    await database.db.payment.update({ where: { id: payment.id }, data: { providerReference: sessionId } });
    const retried = await deliver(event);
    expect(retried.status).toBe(200);
    expect(await retried.json()).toEqual({ received: true, result: "applied" });
    expect((await stateOf(id)).status).toBe("submitted");
  });
});

describe("withdrawing an application awaiting a card payment", () => {
  const expireRequests = (sessionId: string) =>
    stripeApi.requests.filter(
      (request) => request.method === "POST" && request.path === `/v1/checkout/sessions/${sessionId}/expire`,
    );

  it("expires its open Checkout Sessions, in every language, so that nothing can be paid any more", async () => {
    const { id, sessionId } = await applicationInCheckout();
    expect(await startCardPayment(marie, id, "en")).toMatchObject({ ok: true });
    const sessions = (await database.db.payment.findMany({ where: { order: { applicationId: id } } })).map(
      (payment) => payment.providerReference ?? "",
    );
    expect(sessions).toHaveLength(2);
    expect(sessions).toContain(sessionId);

    expect(await applyEvent(marie, id, "withdraw", "applicant")).toEqual({ ok: true, status: "withdrawn" });
    for (const session of sessions) {
      expect(expireRequests(session)).toHaveLength(1);
      expect(stripeApi.sessions.get(session)?.status).toBe("expired");
    }
    const payments = await database.db.payment.findMany({ where: { order: { applicationId: id } } });
    expect(payments.map((payment) => [payment.status, payment.failureCode])).toEqual([
      ["failed", "withdrawn"],
      ["failed", "withdrawn"],
    ]);
    expect(await startCardPayment(marie, id, "fr")).toEqual({ ok: false, reason: "notAwaitingPayment" });

    // Stripe's own "expired" event that follows changes nothing.
    const expired = await deliver(
      sessionEvent("checkout.session.expired", {
        id: sessionId,
        status: "expired",
        payment_status: "unpaid",
        amount_total: FEE_CENTS,
        currency: "cad",
      }),
    );
    expect(await expired.json()).toEqual({ received: true, result: "alreadySettled" });
  });

  it("flags the money of a session paid just before the withdrawal for a refund, and applies none of it", async () => {
    const { id, sessionId } = await applicationInCheckout();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    // Paid in Stripe's page a moment before: Stripe will not expire a completed session.
    const session = stripeApi.sessions.get(sessionId);
    if (!session) throw new Error("no session");
    session.status = "complete";

    expect(await applyEvent(marie, id, "withdraw", "applicant")).toEqual({ ok: true, status: "withdrawn" });
    expect(expireRequests(sessionId)).toHaveLength(1);
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining(`Checkout Session ${sessionId} of withdrawn application ${id} not expired`),
    );

    const response = await deliver(completedEvent(sessionId));
    expect(await response.json()).toEqual({ received: true, result: "flagged" });
    expect(warned).toHaveBeenCalledWith(expect.stringContaining("flagged: applicationWithdrawn"));
    const after = await stateOf(id);
    expect(after).toMatchObject({
      status: "withdrawn",
      submittedAt: null,
      order: { status: "open", paidAt: null },
      confirmations: 0,
      submittedEvents: 0,
    });
    const [payment] = after.order?.payments ?? [];
    expect(payment).toMatchObject({ flaggedReason: "applicationWithdrawn", cardBrand: "visa" });
    expect(await database.db.auditLog.count({ where: { action: "payment.flagged", subjectId: payment?.id } })).toBe(1);
    expect((await listFlaggedPayments(service))?.map((flagged) => flagged.id)).toContain(payment?.id);
  });
});
