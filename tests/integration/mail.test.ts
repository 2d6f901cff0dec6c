import { createServer, type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/cron/[job]/route";
import { resetConfigForTests } from "@/lib/config";
import { deliverPendingEmails, MAX_ATTEMPTS, nextAttemptAfter, RETRY_DELAYS_MINUTES } from "@/lib/mail/deliver";
import { enqueueEmail, findMailboxEmail, listMailbox, type OutgoingEmail } from "@/lib/mail/outbox";
import { createMailTransport, type MailTransport } from "@/lib/mail/transport";
import { openFreshTestDatabase, type TestDatabase } from "./database";

// ---------------------------------------------------------------------------------------------------
// A real SMTP server on 127.0.0.1, collecting what it receives.

type ReceivedMessage = { from: string; to: string[]; raw: string };

type TestSmtpServer = { port: number; received: ReceivedMessage[]; close: () => Promise<void> };

function startSmtpServer(port = 0): Promise<TestSmtpServer> {
  const received: ReceivedMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on the loopback: its self-signed STARTTLS certificate would only be refused.
    hideSTARTTLS: true,
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.on("error", reject);
    server.listen(port, "127.0.0.1", () => {
      resolve({
        port: (server.server.address() as AddressInfo).port,
        received,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** A port nothing listens on (yet): the mail server is "down". */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function smtpTransport(port: number): MailTransport {
  return createMailTransport({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: '"Portail des permis" <no-reply@commission.example>',
  });
}

/** The message body as sent: quoted-printable lines joined again. */
function decodedBody(raw: string): string {
  return raw
    .replace(/=\r\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// ---------------------------------------------------------------------------------------------------

let database: TestDatabase;
let smtp: TestSmtpServer;

beforeAll(async () => {
  database = await openFreshTestDatabase();
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await database.close();
});
beforeEach(async () => {
  // Each case starts with an empty outbox: a delivery run takes every due row, not only the case's own.
  await database.db.emailOutbox.deleteMany();
  smtp.received.length = 0;
});

const MINUTE = 60_000;

function activationFor(to: string): OutgoingEmail {
  return {
    to,
    locale: "fr",
    template: "activation",
    values: { name: "Marie Tremblay", url: "http://localhost:3000/fr/activate?token=abc" },
  };
}

async function outboxRow(id: string) {
  return database.db.emailOutbox.findUniqueOrThrow({ where: { id } });
}

describe("enqueueEmail", () => {
  it("stores the rendered e-mail as pending", async () => {
    const { id } = await enqueueEmail(database.db, activationFor("marie@example.com"));
    const row = await outboxRow(id);
    expect(row).toMatchObject({
      toAddress: "marie@example.com",
      locale: "fr",
      template: "activation",
      status: "pending",
      attempts: 0,
    });
    expect(row.subject).toBe("Activation de l’inscription – Portail des permis");
    expect(row.textBody).toContain("http://localhost:3000/fr/activate?token=abc");
    expect(row.htmlBody).toContain('<html lang="fr">');
  });

  it("rolls back with the transaction it was written in", async () => {
    const attempt = database.db.$transaction(async (tx) => {
      await enqueueEmail(tx, activationFor("rollback@example.com"));
      throw new Error("the change that caused the e-mail failed");
    });
    await expect(attempt).rejects.toThrow("the change that caused the e-mail failed");
    expect(await database.db.emailOutbox.count({ where: { toAddress: "rollback@example.com" } })).toBe(0);
  });

  it("commits with the transaction it was written in", async () => {
    await database.db.$transaction(async (tx) => {
      await enqueueEmail(tx, activationFor("commit@example.com"));
    });
    expect(await database.db.emailOutbox.count({ where: { toAddress: "commit@example.com" } })).toBe(1);
  });

  it("refuses a recipient that is not one plain address", async () => {
    await expect(enqueueEmail(database.db, activationFor("a@example.com\r\nBcc: b@example.com"))).rejects.toThrow(
      /single address/,
    );
    await expect(enqueueEmail(database.db, activationFor("a@example.com, b@example.com"))).rejects.toThrow(
      /single address/,
    );
  });

  it("refuses a link outside the portal, and queues nothing", async () => {
    const email = {
      ...activationFor("phish@example.com"),
      values: { name: "X", url: "https://evil.example/fr/activate" },
    };
    await expect(enqueueEmail(database.db, email)).rejects.toThrow(/must lead to the portal/);
    expect(await database.db.emailOutbox.count()).toBe(0);
  });
});

describe("deliverPendingEmails over SMTP", () => {
  it("delivers an e-mail exactly once, even to two runs at once and a run after them", async () => {
    const { id } = await enqueueEmail(database.db, activationFor("once@example.com"));
    const transport = smtpTransport(smtp.port);

    const concurrent = await Promise.all([deliverPendingEmails({ transport }), deliverPendingEmails({ transport })]);
    const later = await deliverPendingEmails({ transport });

    expect(concurrent.map((run) => run.sent).sort()).toEqual([0, 1]);
    expect(later).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(smtp.received).toHaveLength(1);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "sent", attempts: 1, lockedUntil: null, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it("shares a batch between concurrent runs without sending any e-mail twice", async () => {
    const recipients = Array.from({ length: 12 }, (_, index) => `batch${index}@example.com`);
    for (const to of recipients) await enqueueEmail(database.db, activationFor(to));
    const transport = smtpTransport(smtp.port);

    const runs = await Promise.all(Array.from({ length: 4 }, () => deliverPendingEmails({ transport })));

    expect(runs.reduce((total, run) => total + run.sent, 0)).toBe(recipients.length);
    expect(smtp.received.flatMap((message) => message.to).sort()).toEqual([...recipients].sort());
    expect(await database.db.emailOutbox.count({ where: { status: "sent" } })).toBe(recipients.length);
  });

  it("sends what was queued, with the outbox id as Message-ID", async () => {
    const { id } = await enqueueEmail(database.db, activationFor("content@example.com"));
    await deliverPendingEmails({ transport: smtpTransport(smtp.port) });

    const [message] = smtp.received;
    expect(message?.to).toEqual(["content@example.com"]);
    expect(message?.from).toBe("no-reply@commission.example");
    expect(message?.raw).toContain(`Message-ID: <${id}@localhost>`);
    const body = decodedBody(message?.raw ?? "");
    expect(body).toContain("Marie Tremblay");
    expect(body).toContain("http://localhost:3000/fr/activate?token=abc");
    expect(body).toContain("multipart/alternative");
  });

  it("keeps the e-mail when the server is down, and delivers it on a later run once it is up", async () => {
    const port = await closedPort();
    const transport = smtpTransport(port);
    const { id } = await enqueueEmail(database.db, activationFor("later@example.com"));

    const before = Date.now();
    expect(await deliverPendingEmails({ transport })).toEqual({ sent: 0, failed: 0, retried: 1 });
    const waiting = await outboxRow(id);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, lockedUntil: null });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + RETRY_DELAYS_MINUTES[0] * MINUTE);
    expect(waiting.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);

    // Not due yet: a run now leaves it alone.
    expect(await deliverPendingEmails({ transport })).toEqual({ sent: 0, failed: 0, retried: 0 });

    const server = await startSmtpServer(port);
    try {
      const inTwoMinutes = new Date(Date.now() + 2 * MINUTE);
      expect(await deliverPendingEmails({ transport, now: inTwoMinutes })).toEqual({ sent: 1, failed: 0, retried: 0 });
      expect(server.received).toHaveLength(1);
      expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    } finally {
      await server.close();
    }
  });

  it("marks the e-mail failed after the last attempt, keeping the reason", async () => {
    const transport = smtpTransport(await closedPort());
    const { id } = await enqueueEmail(database.db, activationFor("never@example.com"));

    let now = Date.now();
    const runs = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      runs.push(await deliverPendingEmails({ transport, now: new Date(now) }));
      now += 2 * 24 * 60 * MINUTE; // well past any retry delay
    }

    expect(runs.slice(0, -1).every((run) => run.retried === 1)).toBe(true);
    expect(runs.at(-1)).toEqual({ sent: 0, failed: 1, retried: 0 });
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lockedUntil: null });
    expect(row.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
    expect(await deliverPendingEmails({ transport, now: new Date(now) })).toEqual({ sent: 0, failed: 0, retried: 0 });
  });

  it("takes over an e-mail whose worker died mid-send once its claim has expired", async () => {
    const { id } = await enqueueEmail(database.db, activationFor("crash@example.com"));
    // A worker claimed it and never came back.
    await database.db.emailOutbox.update({
      where: { id },
      data: { status: "sending", attempts: 1, lockedUntil: new Date(Date.now() + 5 * MINUTE) },
    });
    const transport = smtpTransport(smtp.port);

    expect(await deliverPendingEmails({ transport })).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(await deliverPendingEmails({ transport, now: new Date(Date.now() + 6 * MINUTE) })).toEqual({
      sent: 1,
      failed: 0,
      retried: 0,
    });
    expect(smtp.received).toHaveLength(1);
    expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("keeps credentials of the server's URL out of the recorded error", async () => {
    const port = await closedPort();
    const transport = createMailTransport({
      smtpUrl: `smtp://mailer:hunter2-secret@127.0.0.1:${port}`,
      from: "x@example.com",
    });
    const { id } = await enqueueEmail(database.db, activationFor("secret@example.com"));
    await deliverPendingEmails({ transport });
    const { lastError } = await outboxRow(id);
    expect(lastError).toBeTruthy();
    expect(lastError).not.toContain("hunter2");
  });

  it("sends the oldest e-mails first and no more than the limit", async () => {
    const first = await enqueueEmail(database.db, activationFor("first@example.com"));
    await enqueueEmail(database.db, activationFor("second@example.com"));
    expect(await deliverPendingEmails({ transport: smtpTransport(smtp.port), limit: 1 })).toEqual({
      sent: 1,
      failed: 0,
      retried: 0,
    });
    expect(smtp.received.map((message) => message.to)).toEqual([["first@example.com"]]);
    expect((await outboxRow(first.id)).status).toBe("sent");
  });
});

describe("deliverPendingEmails without a mail server", () => {
  it("marks the e-mail sent at once: the outbox row is the mailbox", async () => {
    const { id } = await enqueueEmail(database.db, activationFor("mailbox@example.com"));
    const transport = createMailTransport({ smtpUrl: undefined, from: "x@example.com" });
    expect(transport.kind).toBe("mailbox");
    expect(await deliverPendingEmails({ transport })).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 1 });
  });
});

describe("nextAttemptAfter", () => {
  const now = new Date("2026-11-26T12:00:00Z");

  it("waits longer after each failure", () => {
    const delays = RETRY_DELAYS_MINUTES.map(
      (_, index) => (nextAttemptAfter(index + 1, now)?.getTime() ?? 0) - now.getTime(),
    );
    expect(delays[0]).toBe(MINUTE);
    expect(delays.every((delay, index) => index === 0 || delay > (delays[index - 1] ?? 0))).toBe(true);
  });

  it("gives up after the last attempt", () => {
    expect(nextAttemptAfter(MAX_ATTEMPTS - 1, now)).not.toBeNull();
    expect(nextAttemptAfter(MAX_ATTEMPTS, now)).toBeNull();
  });
});

describe("the dev mailbox", () => {
  it("lists e-mails newest first, filtered by recipient", async () => {
    await enqueueEmail(database.db, activationFor("one@example.com"));
    const newest = await enqueueEmail(database.db, activationFor("two@example.com"));
    expect((await listMailbox()).map((entry) => entry.toAddress)).toEqual(["two@example.com", "one@example.com"]);
    expect((await listMailbox({ to: "TWO@example.com" })).map((entry) => entry.id)).toEqual([newest.id]);
  });

  it("finds one e-mail by id, and nothing for an unknown or malformed id", async () => {
    const { id } = await enqueueEmail(database.db, activationFor("open@example.com"));
    expect(await findMailboxEmail(id)).toMatchObject({ id, toAddress: "open@example.com" });
    expect(await findMailboxEmail("00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await findMailboxEmail("not-a-uuid")).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------

describe("/api/cron/[job]", () => {
  const secret = "cron-secret-for-tests-0123456789";
  const savedSecret = process.env.CRON_SECRET;

  function call(handler: typeof GET, job: string, authorization?: string) {
    const headers = authorization ? { authorization } : undefined;
    const request = new Request(`http://localhost:3000/api/cron/${job}`, {
      method: handler === POST ? "POST" : "GET",
      headers,
    });
    return handler(request, { params: Promise.resolve({ job }) });
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

  it("answers 401 without the bearer secret", async () => {
    const response = await call(GET, "deliver-outbox");
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 401 to a wrong secret, and runs nothing", async () => {
    await enqueueEmail(database.db, activationFor("cron-wrong@example.com"));
    expect((await call(GET, "deliver-outbox", `Bearer ${secret}x`)).status).toBe(401);
    expect((await call(GET, "deliver-outbox", secret)).status).toBe(401);
    expect((await call(POST, "deliver-outbox", "Bearer wrong")).status).toBe(401);
    expect(await database.db.emailOutbox.count({ where: { status: "pending" } })).toBe(1);
  });

  it("answers 404 to an unknown job, even one named like an object property", async () => {
    expect((await call(GET, "no-such-job", `Bearer ${secret}`)).status).toBe(404);
    expect((await call(GET, "constructor", `Bearer ${secret}`)).status).toBe(404);
  });

  it("runs the job with the right secret, by GET or POST, and says what it did", async () => {
    await enqueueEmail(database.db, activationFor("cron@example.com"));
    const response = await call(GET, "deliver-outbox", `Bearer ${secret}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    // Tests have no SMTP_URL: the mailbox transport marks the e-mail sent.
    expect(await response.json()).toEqual({ job: "deliver-outbox", result: { sent: 1, failed: 0, retried: 0 } });

    const again = await call(POST, "deliver-outbox", `Bearer ${secret}`);
    expect(await again.json()).toEqual({ job: "deliver-outbox", result: { sent: 0, failed: 0, retried: 0 } });
  });

  it("is open outside production when no secret is configured", async () => {
    delete process.env.CRON_SECRET;
    resetConfigForTests();
    expect((await call(GET, "deliver-outbox")).status).toBe(200);
  });
});
