import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { demoEntities, demoUsers, seedDemoData } from "@/prisma/seed/demo-data";
import type { SessionUser } from "@/lib/auth/session";
import { getCurrentUser, sessionUserFor } from "@/lib/auth/session";
import { startUserSession } from "@/lib/auth/user-sessions";
import { isLinked } from "@/lib/access-codes/account-links";
import { portalUrl } from "@/lib/http/portal-url";
import { PAGE_SIZE as STAFF_PAGE_SIZE, pageCount } from "@/lib/db/pagination";
import { formatInquiryReference, isRepeatedMessage, nextInquiryStatus, REPEAT_WINDOW_MS } from "@/lib/inquiries/rules";
import { newInquirySchema, replySchema, staffQueueQuerySchema } from "@/lib/inquiries/schemas";
import {
  createInquiry,
  getMyInquiry,
  inquiryEntitiesFor,
  listMyInquiries,
  replyToMyInquiry,
} from "@/lib/inquiries/applicant";
import {
  closeInquiry,
  disableApplicantFromInquiry,
  getInquiryForStaff,
  listInquiriesForStaff,
  replyAsStaff,
  unlinkFromInquiry,
} from "@/lib/inquiries/staff";
import { createInquiryAction, replyToInquiryAction } from "@/app/[locale]/(portal)/inquiries/actions";
import {
  closeInquiryAction,
  disableApplicantAction,
  staffReplyAction,
  unlinkFromInquiryAction,
} from "@/app/[locale]/admin/inquiries/actions";
import { idleForm } from "@/lib/forms/state";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/** Draws of the reference's random serial, queued by a test; otherwise the real randomInt. */
const serials = vi.hoisted(() => ({ queue: [] as number[] }));
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  const randomInt = (min: number, max?: number) =>
    serials.queue.shift() ?? (max === undefined ? actual.randomInt(min) : actual.randomInt(min, max));
  return { ...actual, default: { ...actual, randomInt }, randomInt };
});

/** The session the server actions see: pages and actions read it through getCurrentUser. */
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: vi.fn(async () => null) };
});

let database: TestDatabase;

const sessionOf = (email: string): SessionUser => {
  const user = demoUsers.find((candidate) => candidate.email === email);
  if (!user) throw new Error(`no demo user ${email}`);
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    locale: user.locale,
  };
};
const marie = sessionOf("marie.tremblay@example.com");
const john = sessionOf("john.smith@example.com");
const service = sessionOf("service@example.com");
const officer = sessionOf("officer@example.com");
const admin = sessionOf("admin@example.com");
const [cormoran, harbour] = demoEntities.map((entity) => entity.id) as [string, string];

let counter = 0;
/** A fresh applicant, so counts and account changes in one test never touch another. */
async function newApplicant(locale: "fr" | "en" = "fr"): Promise<SessionUser> {
  counter += 1;
  const user = await database.db.user.create({
    data: {
      email: `inquirer${counter}-${Date.now()}@example.com`,
      passwordHash: "not-a-real-hash",
      status: "active",
      firstName: locale === "fr" ? "Camille" : "Jordan",
      lastName: `Applicant${counter}`,
      locale,
    },
  });
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    locale: user.locale,
  };
}

function link(userId: string, entityId: string, revokedAt: Date | null = null) {
  return database.db.accountLink.create({ data: { userId, entityId, via: "access_code", revokedAt } });
}

async function send(
  actor: SessionUser,
  message = `Question ${Math.random()}`,
  extra: { subject?: "remove_person" | "close_account" | "other"; entityId?: string } = {},
) {
  const result = await createInquiry(actor, { subject: extra.subject ?? "other", entityId: extra.entityId, message });
  if (!result.ok) throw new Error(`inquiry refused: ${JSON.stringify(result.fieldErrors)}`);
  return result.inquiry;
}

const statusOf = async (id: string) => (await database.db.inquiry.findUniqueOrThrow({ where: { id } })).status;
const messagesOf = (id: string) =>
  database.db.inquiryMessage.findMany({ where: { inquiryId: id }, orderBy: { createdAt: "asc" } });
const auditOf = (id: string) =>
  database.db.auditLog.findMany({ where: { subjectId: id }, orderBy: { createdAt: "asc" } });

/** What Next.js throws for notFound() and redirect(), seen from a test. */
const notFoundError = { digest: expect.stringContaining("404") };
const redirectTo = (path: string) => ({ digest: expect.stringContaining(`;${path};`) });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

function signedInAs(user: SessionUser | null) {
  vi.mocked(getCurrentUser).mockResolvedValue(user);
}

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
});
afterAll(async () => {
  await database.close();
});
beforeEach(() => {
  serials.queue = [];
  signedInAs(null);
});

describe("nextInquiryStatus", () => {
  it("opens a new inquiry and re-opens it when the applicant writes again", () => {
    expect(nextInquiryStatus(null, "applicantMessage")).toBe("open");
    expect(nextInquiryStatus("answered", "applicantMessage")).toBe("open");
    expect(nextInquiryStatus("open", "applicantMessage")).toBe("open");
  });

  it("refuses an applicant's message on a closed inquiry: they start a new one", () => {
    expect(nextInquiryStatus("closed", "applicantMessage")).toBeNull();
  });

  it("marks a staff reply answered, even on a closed inquiry", () => {
    expect(nextInquiryStatus("open", "staffReply")).toBe("answered");
    expect(nextInquiryStatus("closed", "staffReply")).toBe("answered");
    expect(nextInquiryStatus(null, "staffReply")).toBeNull();
  });

  it("closes once", () => {
    expect(nextInquiryStatus("open", "close")).toBe("closed");
    expect(nextInquiryStatus("answered", "close")).toBe("closed");
    expect(nextInquiryStatus("closed", "close")).toBeNull();
  });
});

describe("inquiry references and repeats", () => {
  it("reads INQ-year-six digits", () => {
    expect(formatInquiryReference(2026, 123)).toBe("INQ-2026-000123");
    expect(formatInquiryReference(2026, 999_999)).toBe("INQ-2026-999999");
    expect(() => formatInquiryReference(2026, 1_000_000)).toThrow(RangeError);
  });

  it("sees the same text by the same author within minutes as one message", () => {
    const now = new Date("2026-11-26T15:00:00Z");
    const previous = { authorId: "a", body: "Hello", createdAt: new Date(now.getTime() - 1000) };
    expect(isRepeatedMessage(previous, { authorId: "a", body: "Hello" }, now)).toBe(true);
    expect(isRepeatedMessage(previous, { authorId: "b", body: "Hello" }, now)).toBe(false);
    expect(isRepeatedMessage(previous, { authorId: "a", body: "Hello again" }, now)).toBe(false);
    expect(
      isRepeatedMessage(
        { ...previous, createdAt: new Date(now.getTime() - REPEAT_WINDOW_MS) },
        { authorId: "a", body: "Hello" },
        now,
      ),
    ).toBe(false);
    expect(isRepeatedMessage(undefined, { authorId: "a", body: "Hello" }, now)).toBe(false);
  });

  it("counts at least one page", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(STAFF_PAGE_SIZE)).toBe(1);
    expect(pageCount(STAFF_PAGE_SIZE + 1)).toBe(2);
  });
});

describe("inquiry schemas", () => {
  it("trims the message, keeps its line breaks and markup as typed, and drops unknown fields", () => {
    const parsed = newInquirySchema.parse({
      subject: "other",
      entityId: "",
      message: "  <b>Bonjour</b>\r\nLigne 2  ",
      status: "closed",
      userId: john.id,
    });
    expect(parsed).toEqual({ subject: "other", entityId: undefined, message: "<b>Bonjour</b>\nLigne 2" });
  });

  it("refuses an empty or too long message, an unknown subject and an entity that is not an id", () => {
    const errors = (input: Record<string, unknown>) =>
      newInquirySchema.safeParse(input).error?.issues.map((issue) => issue.message);
    expect(errors({ subject: "other", message: "   " })).toEqual(["Inquiry.messageRequired"]);
    expect(errors({ subject: "other", message: "x".repeat(5001) })).toEqual(["Inquiry.messageTooLong"]);
    expect(replySchema.safeParse({ message: "x".repeat(5000) }).success).toBe(true);
    expect(errors({ subject: "delete_everything", message: "Hi" })).toEqual(["Inquiry.subjectRequired"]);
    expect(errors({ subject: "other", entityId: "1 OR 1=1", message: "Hi" })).toEqual(["Inquiry.entityInvalid"]);
    expect(errors({ message: ["a", "b"] })).toEqual(["Inquiry.subjectRequired", "Inquiry.messageRequired"]);
  });

  it("falls back to the open inquiries, page 1, for an odd queue query", () => {
    expect(staffQueueQuerySchema.parse({ status: ["open", "closed"], page: "-3" })).toEqual({
      status: "open",
      page: 1,
    });
    expect(staffQueueQuerySchema.parse({ status: "answered", page: "2" })).toEqual({ status: "answered", page: 2 });
  });
});

describe("createInquiry", () => {
  it("opens an inquiry with a reference and the message stored exactly as typed", async () => {
    const applicant = await newApplicant();
    const body = "Bonjour,\n<script>alert('x')</script>\nMerci";
    const { id, reference } = await send(applicant, body);
    expect(reference).toMatch(/^INQ-\d{4}-\d{6}$/);
    const inquiry = await database.db.inquiry.findUniqueOrThrow({ where: { id } });
    expect(inquiry).toMatchObject({ userId: applicant.id, status: "open", subject: "other", entityId: null });
    const [message] = await messagesOf(id);
    expect(message).toMatchObject({ authorId: applicant.id, fromStaff: false, body });
  });

  it("draws another reference when the first is taken", async () => {
    const year = new Date().getFullYear();
    serials.queue = [424242];
    const first = await send(await newApplicant());
    expect(first.reference).toMatch(/-424242$/);
    serials.queue = [424242, 515151];
    const second = await send(await newApplicant());
    expect(second.reference).toMatch(new RegExp(`^INQ-(${year}|${year + 1}|${year - 1})-515151$`));
  });

  it("refuses a business the account is not linked to, or no longer linked to, as a field error", async () => {
    const applicant = await newApplicant();
    const notLinked = await createInquiry(applicant, {
      subject: "remove_person",
      entityId: harbour,
      message: "Remove Sarah Lee",
    });
    expect(notLinked).toEqual({ ok: false, fieldErrors: { entityId: "Inquiry.entityNotLinked" } });
    await link(applicant.id, harbour, new Date());
    expect(
      (await createInquiry(applicant, { subject: "remove_person", entityId: harbour, message: "Remove Sarah Lee" })).ok,
    ).toBe(false);
    expect(await database.db.inquiry.count({ where: { userId: applicant.id } })).toBe(0);
  });

  it("accepts a business the account is linked to, and offers only those", async () => {
    const applicant = await newApplicant();
    await link(applicant.id, cormoran);
    await link(applicant.id, harbour, new Date());
    expect((await inquiryEntitiesFor(applicant)).map((entity) => entity.id)).toEqual([cormoran]);
    const { id } = await send(applicant, "Retirer Luc Gagnon", { subject: "remove_person", entityId: cormoran });
    expect((await database.db.inquiry.findUniqueOrThrow({ where: { id } })).entityId).toBe(cormoran);
  });

  it("makes one inquiry of a double click, and a new one for the same words much later", async () => {
    const applicant = await newApplicant();
    const now = new Date();
    const first = await createInquiry(applicant, { subject: "close_account", message: "Please close my account" }, now);
    const again = await createInquiry(
      applicant,
      { subject: "close_account", message: "Please close my account" },
      new Date(now.getTime() + 2000),
    );
    expect(again).toEqual(first);
    expect(await database.db.inquiry.count({ where: { userId: applicant.id } })).toBe(1);
    await createInquiry(
      applicant,
      { subject: "close_account", message: "Please close my account" },
      new Date(now.getTime() + REPEAT_WINDOW_MS + 1000),
    );
    expect(await database.db.inquiry.count({ where: { userId: applicant.id } })).toBe(2);
  });
});

describe("the applicant's inquiries", () => {
  it("lists and opens only my own; another person's inquiry is not found", async () => {
    const mine = await send(marie, "Question de Marie");
    const theirs = await send(john, "John's question");
    expect((await listMyInquiries(marie)).map((row) => row.id)).toContain(mine.id);
    expect((await listMyInquiries(marie)).map((row) => row.id)).not.toContain(theirs.id);
    expect((await getMyInquiry(marie, mine.id))?.messages.map((message) => message.body)).toEqual([
      "Question de Marie",
    ]);
    expect(await getMyInquiry(marie, theirs.id)).toBeNull();
    expect(await getMyInquiry(marie, "not-a-uuid")).toBeNull();
    expect(await getMyInquiry(marie, "00000000-0000-4000-8000-00000000dead")).toBeNull();
  });

  it("does not show staff names to the applicant", async () => {
    const { id } = await send(marie);
    await replyAsStaff(service, id, "Bonjour Marie");
    const inquiry = await getMyInquiry(marie, id);
    expect(inquiry?.messages.at(-1)).not.toHaveProperty("authorId");
    expect(JSON.stringify(inquiry)).not.toContain(service.id);
  });

  it("re-opens an answered inquiry when the applicant writes again", async () => {
    const { id } = await send(marie);
    await replyAsStaff(service, id, "Pouvez-vous préciser ?");
    expect(await statusOf(id)).toBe("answered");
    expect(await replyToMyInquiry(marie, id, "Voici les précisions")).toEqual({ ok: true });
    expect(await statusOf(id)).toBe("open");
    expect((await messagesOf(id)).map((message) => message.fromStaff)).toEqual([false, true, false]);
  });

  it("refuses a reply to another person's inquiry as not found, and writes nothing", async () => {
    const { id } = await send(john);
    expect(await replyToMyInquiry(marie, id, "Intrusion")).toEqual({ ok: false, reason: "notFound" });
    expect(await replyToMyInquiry(marie, "../../etc", "Intrusion")).toEqual({ ok: false, reason: "notFound" });
    expect(await messagesOf(id)).toHaveLength(1);
  });

  it("refuses the applicant's reply to a closed inquiry", async () => {
    const { id } = await send(marie);
    expect(await closeInquiry(service, id)).toEqual({ ok: true, changed: true });
    expect(await replyToMyInquiry(marie, id, "Encore une question")).toEqual({ ok: false, reason: "closed" });
    expect(await messagesOf(id)).toHaveLength(1);
    expect(await statusOf(id)).toBe("closed");
  });
});

describe("staff permissions in the data layer", () => {
  it("gives an applicant or a licensing officer nothing, and writes nothing", async () => {
    const person = await newApplicant();
    const personLink = await link(person.id, harbour);
    const { id } = await send(marie);
    for (const actor of [john, marie, officer]) {
      expect(await listInquiriesForStaff(actor, { status: "all", page: 1 })).toBeNull();
      expect(await getInquiryForStaff(actor, id)).toBeNull();
      expect(await replyAsStaff(actor, id, "Hijack")).toEqual({ ok: false, reason: "notFound" });
      expect(await closeInquiry(actor, id)).toEqual({ ok: false, reason: "notFound" });
      expect(await unlinkFromInquiry(actor, id, personLink.id)).toEqual({ ok: false, reason: "notFound" });
      expect(await disableApplicantFromInquiry(actor, id)).toEqual({ ok: false, reason: "notFound" });
    }
    expect(await messagesOf(id)).toHaveLength(1);
    expect(await statusOf(id)).toBe("open");
    expect(await auditOf(id)).toEqual([]);
    expect(await isLinked(person.id, harbour)).toBe(true);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: marie.id } })).status).toBe("active");
  });

  it("lets customer service and administrators in", async () => {
    const { id } = await send(marie);
    expect((await getInquiryForStaff(service, id))?.id).toBe(id);
    expect((await getInquiryForStaff(admin, id))?.id).toBe(id);
    expect(await getInquiryForStaff(service, "nope")).toBeNull();
  });
});

describe("replyAsStaff", () => {
  it("answers, e-mails the applicant in their own language with a link to the inquiry, and audits", async () => {
    const { id, reference } = await send(john, "How do I add a manager?");
    expect(await replyAsStaff(service, id, "Use the Add button.\nThanks")).toEqual({ ok: true });
    expect(await statusOf(id)).toBe("answered");

    const mails = await database.db.emailOutbox.findMany({
      where: { toAddress: john.email, template: "inquiryReplied" },
    });
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.locale).toBe("en");
    expect(mail?.subject).toBe("Customer service replied to your inquiry – Licensing Portal");
    expect(mail?.textBody).toContain(portalUrl("en", `/inquiries/${id}`));
    expect(mail?.textBody).toContain("Hello John,");
    // The reply itself stays in the portal.
    expect(mail?.textBody).not.toContain("Use the Add button");

    const [entry] = await auditOf(id);
    expect(entry).toMatchObject({
      action: "inquiry.replied",
      actorId: service.id,
      actorRole: "customer_service",
      subjectType: "inquiry",
    });
    expect(entry?.details).toMatchObject({ reference });
  });

  it("writes to a French-speaking applicant in French", async () => {
    const applicant = await newApplicant("fr");
    const { id } = await send(applicant);
    await replyAsStaff(admin, id, "Réponse");
    const mail = await database.db.emailOutbox.findFirstOrThrow({ where: { toAddress: applicant.email } });
    expect(mail.locale).toBe("fr");
    expect(mail.subject).toContain("Réponse à votre demande de renseignements");
    expect(mail.textBody).toContain(`http://localhost:3000/fr/inquiries/${id}`);
  });

  it("sends one reply and one e-mail for a double click", async () => {
    const applicant = await newApplicant("en");
    const { id } = await send(applicant);
    await replyAsStaff(service, id, "Done.");
    await replyAsStaff(service, id, "Done.");
    expect(await messagesOf(id)).toHaveLength(2);
    expect(await database.db.emailOutbox.count({ where: { toAddress: applicant.email } })).toBe(1);
  });

  it("names each author for staff", async () => {
    const { id } = await send(marie, "Bonjour");
    await replyAsStaff(service, id, "Bonjour Marie");
    const inquiry = await getInquiryForStaff(admin, id);
    expect(inquiry?.messages.map((message) => message.authorName)).toEqual(["Marie Tremblay", "Nadia Bouchard"]);
    expect(inquiry?.user).toEqual({
      id: marie.id,
      firstName: "Marie",
      lastName: "Tremblay",
      email: marie.email,
      locale: "fr",
      status: "active",
    });
    expect(JSON.stringify(inquiry)).not.toMatch(/passwordHash|sessionVersion/);
  });

  it("reopens a closed inquiry as answered", async () => {
    const { id } = await send(marie);
    await closeInquiry(service, id);
    await replyAsStaff(service, id, "Une précision après la fermeture");
    const inquiry = await database.db.inquiry.findUniqueOrThrow({ where: { id } });
    expect(inquiry.status).toBe("answered");
    expect(inquiry.closedAt).toBeNull();
    expect(await replyToMyInquiry(marie, id, "Merci")).toEqual({ ok: true });
  });
});

describe("closeInquiry", () => {
  it("closes once, with an audit row", async () => {
    const { id } = await send(marie);
    expect(await closeInquiry(service, id)).toEqual({ ok: true, changed: true });
    const inquiry = await database.db.inquiry.findUniqueOrThrow({ where: { id } });
    expect(inquiry.status).toBe("closed");
    expect(inquiry.closedAt).toBeInstanceOf(Date);
    expect(await closeInquiry(service, id)).toEqual({ ok: true, changed: false });
    expect((await auditOf(id)).map((entry) => entry.action)).toEqual(["inquiry.closed"]);
  });

  it("is not found for an unknown inquiry", async () => {
    expect(await closeInquiry(service, "00000000-0000-4000-8000-00000000beef")).toEqual({
      ok: false,
      reason: "notFound",
    });
  });
});

describe("the staff queue", () => {
  it("lists open inquiries first, the longest waiting at the top, 20 a page", async () => {
    const applicant = await newApplicant();
    for (let index = 0; index < STAFF_PAGE_SIZE + 3; index += 1) await send(applicant, `Question ${index}`);
    const total = await database.db.inquiry.count({ where: { status: "open" } });

    const first = await listInquiriesForStaff(service, { status: "open", page: 1 });
    const second = await listInquiriesForStaff(service, { status: "open", page: 2 });
    expect(first?.total).toBe(total);
    expect(first?.pages).toBe(Math.ceil(total / STAFF_PAGE_SIZE));
    expect(first?.items).toHaveLength(STAFF_PAGE_SIZE);
    const rows = [...(first?.items ?? []), ...(second?.items ?? [])];
    expect(rows.every((row) => row.status === "open")).toBe(true);
    const times = rows.map((row) => row.updatedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // A page past the end shows the last page.
    expect((await listInquiriesForStaff(service, { status: "open", page: 999 }))?.page).toBe(first?.pages);
  });

  it("filters by status, and shows every status in order with the open ones first", async () => {
    const { id } = await send(marie);
    await closeInquiry(service, id);
    const closed = await listInquiriesForStaff(service, { status: "closed", page: 1 });
    expect(closed?.items.every((row) => row.status === "closed")).toBe(true);

    const everything = await database.db.inquiry.count();
    const all = [];
    for (let page = 1; page <= pageCount(everything); page += 1)
      all.push(...((await listInquiriesForStaff(admin, { status: "all", page }))?.items ?? []));
    expect(all).toHaveLength(everything);
    const order = { open: 0, answered: 1, closed: 2 } as const;
    const ranks = all.map((row) => order[row.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe("actions from an inquiry", () => {
  it("unlinks an account from the inquiry's business: access ends at once, and it is audited", async () => {
    const holder = await newApplicant();
    const person = await newApplicant();
    await link(holder.id, cormoran);
    const personLink = await link(person.id, cormoran);
    const { id } = await send(holder, `Retirer ${person.firstName} ${person.lastName}`, {
      subject: "remove_person",
      entityId: cormoran,
    });

    const shown = await getInquiryForStaff(service, id);
    expect(shown?.entity?.links.map((row) => row.id)).toContain(personLink.id);

    expect(await unlinkFromInquiry(service, id, personLink.id)).toEqual({ ok: true, changed: true });
    expect(await isLinked(person.id, cormoran)).toBe(false);
    expect(await isLinked(holder.id, cormoran)).toBe(true);
    expect(
      await database.db.auditLog.count({
        where: { action: "account_link.revoked", subjectId: personLink.id, actorId: service.id },
      }),
    ).toBe(1);
    expect(await unlinkFromInquiry(service, id, personLink.id)).toEqual({ ok: true, changed: false });
    expect((await getInquiryForStaff(service, id))?.entity?.links.map((row) => row.id)).not.toContain(personLink.id);
  });

  it("refuses to unlink an account of another business, or from an inquiry about no business", async () => {
    const holder = await newApplicant();
    const outsider = await newApplicant();
    await link(holder.id, cormoran);
    const otherLink = await link(outsider.id, harbour);
    const about = await send(holder, "Retirer quelqu’un", { subject: "remove_person", entityId: cormoran });
    const general = await send(holder, "Une question");
    expect(await unlinkFromInquiry(service, about.id, otherLink.id)).toEqual({ ok: false, reason: "notFound" });
    expect(await unlinkFromInquiry(service, general.id, otherLink.id)).toEqual({ ok: false, reason: "notFound" });
    expect(await isLinked(outsider.id, harbour)).toBe(true);
  });

  it("disables the applicant's account: their session ends at the next request", async () => {
    const applicant = await newApplicant("en");
    const before = await database.db.user.findUniqueOrThrow({ where: { id: applicant.id } });
    const claims = { uid: applicant.id, sv: before.sessionVersion, sid: await startUserSession(applicant.id) };
    expect(await sessionUserFor(claims)).not.toBeNull();
    const { id } = await send(applicant, "Please close my account", { subject: "close_account" });

    expect(await disableApplicantFromInquiry(service, id)).toEqual({ ok: true, changed: true });
    const after = await database.db.user.findUniqueOrThrow({ where: { id: applicant.id } });
    expect(after.status).toBe("disabled");
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await sessionUserFor(claims)).toBeNull();
    expect(await database.db.auditLog.count({ where: { action: "account.disabled", subjectId: applicant.id } })).toBe(
      1,
    );
    expect(await disableApplicantFromInquiry(service, id)).toEqual({ ok: true, changed: false });
  });
});

describe("server actions", () => {
  it("answers 404 to an applicant calling any staff action, and changes nothing", async () => {
    const holder = await newApplicant();
    const linkRow = await link(holder.id, cormoran);
    const { id } = await send(holder, "Question", { entityId: cormoran });
    signedInAs(marie);
    await expect(staffReplyAction("fr", id, idleForm, form({ message: "Hijack" }))).rejects.toMatchObject(
      notFoundError,
    );
    await expect(closeInquiryAction("fr", form({ inquiryId: id }))).rejects.toMatchObject(notFoundError);
    await expect(unlinkFromInquiryAction("fr", form({ inquiryId: id, linkId: linkRow.id }))).rejects.toMatchObject(
      notFoundError,
    );
    await expect(disableApplicantAction("fr", form({ inquiryId: id }))).rejects.toMatchObject(notFoundError);
    signedInAs(null);
    await expect(closeInquiryAction("fr", form({ inquiryId: id }))).rejects.toMatchObject(notFoundError);

    expect(await statusOf(id)).toBe("open");
    expect(await messagesOf(id)).toHaveLength(1);
    expect(await isLinked(holder.id, cormoran)).toBe(true);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: holder.id } })).status).toBe("active");
  });

  it("lets customer service close an inquiry, reading only the id from the form", async () => {
    const { id } = await send(marie);
    signedInAs(service);
    await expect(
      closeInquiryAction("en", form({ inquiryId: id, status: "open", actorId: marie.id })),
    ).rejects.toMatchObject(redirectTo(`/en/admin/inquiries/${id}?done=closed`));
    expect(await statusOf(id)).toBe("closed");
    await expect(closeInquiryAction("en", form({ inquiryId: "' OR 1=1 --" }))).rejects.toMatchObject(notFoundError);
  });

  it("returns field errors for an empty staff reply, and sends a valid one", async () => {
    const { id } = await send(marie);
    signedInAs(service);
    const state = await staffReplyAction("fr", id, idleForm, form({ message: "  " }));
    expect(state.fieldErrors).toEqual({ message: "Inquiry.messageRequired" });
    await expect(staffReplyAction("fr", id, idleForm, form({ message: "Réponse" }))).rejects.toMatchObject(
      redirectTo(`/fr/admin/inquiries/${id}?done=replied`),
    );
    expect(await statusOf(id)).toBe("answered");
  });

  it("creates an inquiry for the signed-in applicant only, and refuses a business they are not linked to", async () => {
    const applicant = await newApplicant();
    signedInAs(applicant);
    const refused = await createInquiryAction(
      "fr",
      idleForm,
      form({ subject: "other", entityId: harbour, message: "Bonjour" }),
    );
    expect(refused.fieldErrors).toEqual({ entityId: "Inquiry.entityNotLinked" });
    expect(refused.values?.message).toBe("Bonjour");

    await expect(
      createInquiryAction(
        "fr",
        idleForm,
        form({ subject: "other", message: "Bonjour", userId: john.id, status: "closed" }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringMatching(/;\/fr\/inquiries\/[0-9a-f-]{36}\?done=sent;/) });
    const [created] = await listMyInquiries(applicant);
    expect(created?.status).toBe("open");
    expect(await database.db.inquiry.count({ where: { userId: applicant.id } })).toBe(1);
  });

  it("answers 404 to a reply on someone else's inquiry, and says so for a closed one", async () => {
    const theirs = await send(john);
    const mine = await send(marie);
    await closeInquiry(service, mine.id);
    signedInAs(marie);
    await expect(replyToInquiryAction("fr", theirs.id, idleForm, form({ message: "Intrusion" }))).rejects.toMatchObject(
      notFoundError,
    );
    const state = await replyToInquiryAction("fr", mine.id, idleForm, form({ message: "Encore" }));
    expect(state.formError).toBe("InquiryPage.closedCannotReply");
    expect(await messagesOf(theirs.id)).toHaveLength(1);
  });
});
