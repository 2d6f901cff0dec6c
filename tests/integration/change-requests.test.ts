import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from "pdf-lib";
import {
  createChangeRequest,
  decideChangeRequest,
  getChangeFormFacts,
  getChangeRequestForStaff,
  listChangeRequestsForLicence,
  listChangeRequestsForStaff,
  type ChangeRequestInput,
} from "@/lib/change-requests/requests";
import { changeFormSchema } from "@/lib/licences/change-proposals";
import { getLicence } from "@/lib/licences/queries";
import { renderCertificatePdf } from "@/lib/licences/certificate";
import { getDocumentForDownload } from "@/lib/documents/queries";
import type { DocumentStorage } from "@/lib/documents/storage";
import type { SessionUser } from "@/lib/auth/session";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

const now = new Date("2026-11-26T15:00:00Z");
let database: TestDatabase;

const marie = demoSession("marie.tremblay@example.com"); // fr, Le Cormoran
const john = demoSession("john.smith@example.com"); // en, The Harbour Room
const sophie = demoSession("sophie.caron@example.com"); // fr, Café du Canal
const ryan = demoSession("ryan.oconnor@example.com"); // en, Riverside Taproom
const service = demoSession("service@example.com");
const officer = demoSession("officer@example.com");

const CORMORAN_ACTIVE = "13000000-0000-4000-8000-000000000001";
const CORMORAN_EXPIRING = "13000000-0000-4000-8000-000000000002";
const CANAL = "13000000-0000-4000-8000-00000000c401";
const RIVERSIDE = "13000000-0000-4000-8000-00000000c402";
const CANAL_ROOM = "16000000-0000-4000-8000-00000000c401";
const TAPROOM = "16000000-0000-4000-8000-00000000c402";
const RIVER_PATIO = "16000000-0000-4000-8000-00000000c403";
const HARBOUR_DINING_ROOM = "16000000-0000-4000-8000-000000000003";

// ---------------------------------------------------------------------------------------------------
// Files and storage

const ascii = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const pdfBytes = ascii(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);
const html = ascii("<!doctype html><html><script>alert(1)</script></html>");

/** The storage in memory: what was put, and nothing else. */
function memoryStorage(): DocumentStorage & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    kind: "local",
    files,
    put: async (key, bytes) => void files.set(key, bytes),
    get: async (key) => files.get(key) ?? null,
    delete: async (key) => void files.delete(key),
  };
}
const storage = memoryStorage();

// ---------------------------------------------------------------------------------------------------

/** The certificate's drawn text (content streams inflated, each Tj string read back). */
async function certificateText(user: SessionUser, licenceId: string): Promise<string> {
  const licence = await getLicence(user, licenceId);
  if (!licence) throw new Error("no licence");
  const pdf = await PDFDocument.load(await renderCertificatePdf(licence, "fr", now));
  const contents = pdf.getPage(0).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  const drawn: string[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    const operators = new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode());
    for (const match of operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
      drawn.push(Buffer.from(match[1] ?? "", "hex").toString("latin1"));
  }
  return drawn.join(" ");
}

/** A request parsed by its form's schema, as the action hands it over. */
function parsed(kind: ChangeRequestInput["kind"], form: Record<string, unknown>) {
  const result = changeFormSchema(kind).safeParse(form);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

async function create(user: SessionUser, licenceId: string, kind: ChangeRequestInput["kind"], form = {}, files = []) {
  const created = await createChangeRequest(
    user,
    { licenceId, kind, files, ...parsed(kind, { description: "Explained in enough words.", ...form }) },
    { storage },
    now,
  );
  if (!created.ok) throw new Error(created.reason);
  return created;
}

const newAddress = {
  "address.line1": "unused",
  address: { line1: "200, rue Principale", city: "Ottawa", province: "ON", postalCode: "k1a0b9" },
};

function mailsTo(email: string) {
  return database.db.emailOutbox.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });
}

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db, now);
});
afterAll(async () => {
  await database.close();
});

describe("an approved address change", () => {
  it("is on the licence, its certificate and its history, with the before and after", async () => {
    const created = await createChangeRequest(
      marie,
      {
        licenceId: CORMORAN_ACTIVE,
        kind: "address",
        files: [{ name: "bail.pdf", bytes: pdfBytes }],
        ...parsed("address", { description: "Nous déménageons le 1er mars.", ...newAddress }),
      },
      { storage },
      now,
    );
    if (!created.ok) throw new Error(created.reason);
    expect(await certificateText(marie, CORMORAN_ACTIVE)).toContain("123, rue Principale");

    const file = await getChangeRequestForStaff(service, created.id);
    expect(file?.current).toEqual({ address: expect.objectContaining({ line1: "123, rue Principale" }) });
    expect(file?.proposed).toEqual({
      address: { line1: "200, rue Principale", city: "Ottawa", province: "ON", postalCode: "K1A 0B9", country: "CA" },
    });
    // The other licence at the same premises moves with it, and staff are told.
    expect(file?.sharedPremises).toBe(1);

    expect(
      await decideChangeRequest(service, { id: created.id, decision: "approve", reply: "Bienvenue rue Principale." }),
    ).toEqual({ ok: true });

    const licence = await getLicence(marie, CORMORAN_ACTIVE);
    expect(licence?.premises?.address).toMatchObject({ line1: "200, rue Principale", postalCode: "K1A 0B9" });
    expect((await getLicence(marie, CORMORAN_EXPIRING))?.premises?.address).toMatchObject({
      line1: "200, rue Principale",
    });
    const certificate = await certificateText(marie, CORMORAN_ACTIVE);
    expect(certificate).toContain("200, rue Principale");
    expect(certificate).not.toContain("123, rue Principale");
    expect(licence?.statusEvents.at(-1)).toMatchObject({ status: "active", reason: `request:${created.reference}` });

    const [request] = await listChangeRequestsForLicence(CORMORAN_ACTIVE);
    expect(request).toMatchObject({
      id: created.id,
      status: "approved",
      staffReply: "Bienvenue rue Principale.",
      before: { address: expect.objectContaining({ line1: "123, rue Principale" }) },
      after: { address: expect.objectContaining({ line1: "200, rue Principale" }) },
    });
    expect(request?.attachments.map((document) => document.originalName)).toEqual(["bail.pdf"]);
    const audit = await database.db.auditLog.findFirst({ where: { action: "change_request.approved" } });
    expect(audit).toMatchObject({ actorId: service.id, subjectId: created.id });
  });
});

describe("a capacity change", () => {
  it("changes only this licence's areas; an area of another licence is refused", async () => {
    const tampered = await createChangeRequest(
      ryan,
      {
        licenceId: RIVERSIDE,
        kind: "capacity",
        ...parsed("capacity", { description: "More room for everyone.", [`capacity-${HARBOUR_DINING_ROOM}`]: "500" }),
      },
      { storage },
      now,
    );
    expect(tampered).toEqual({ ok: false, reason: "areaNotOnLicence" });

    const created = await create(ryan, RIVERSIDE, "capacity", { [`capacity-${RIVER_PATIO}`]: "1 200" });
    expect((await getChangeRequestForStaff(officer, created.id))?.proposed).toEqual({
      areas: [{ id: RIVER_PATIO, name: "River patio", capacity: 1200 }],
    });
    expect(await decideChangeRequest(officer, { id: created.id, decision: "approve", reply: "" })).toEqual({
      ok: true,
    });
    const areas = await database.db.licensedArea.findMany({
      where: { id: { in: [RIVER_PATIO, TAPROOM, HARBOUR_DINING_ROOM] } },
      select: { id: true, capacity: true },
    });
    expect(Object.fromEntries(areas.map((area) => [area.id, area.capacity]))).toEqual({
      [RIVER_PATIO]: 1200,
      [TAPROOM]: 110,
      [HARBOUR_DINING_ROOM]: 120,
    });
  });

  it("is not applied when an area left the licence after it was asked", async () => {
    const created = await create(sophie, CANAL, "capacity", { [`capacity-${CANAL_ROOM}`]: "80" });
    // The area moves elsewhere (as a transfer's copy of the premises would) before the decision.
    await database.db.licensedArea.update({
      where: { id: CANAL_ROOM },
      data: { premisesId: "12000000-0000-4000-8000-000000000002" },
    });
    expect(await decideChangeRequest(service, { id: created.id, decision: "approve", reply: "" })).toEqual({
      ok: false,
      reason: "licenceChanged",
    });
    expect((await database.db.changeRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("open");
    await database.db.licensedArea.update({
      where: { id: CANAL_ROOM },
      data: { premisesId: "12000000-0000-4000-8000-00000000c401", capacity: 70 },
    });
  });
});

describe("hostile and oversized fields", () => {
  it("are refused by the form's schema, each on its own field", () => {
    const errorsOf = (kind: ChangeRequestInput["kind"], form: Record<string, unknown>) => {
      const result = changeFormSchema(kind).safeParse(form);
      return result.success
        ? {}
        : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]));
    };
    expect(errorsOf("operating_name", { description: "x".repeat(5001), operatingName: "N".repeat(121) })).toEqual({
      description: "textTooLong",
      operatingName: "textTooLong",
    });
    expect(
      errorsOf("operating_name", { description: "Long enough text.", operatingName: "Le Cormoran\u202e" }),
    ).toEqual({
      operatingName: "ChangeRequestPage.errors.operatingNameCharacters",
    });
    expect(
      errorsOf("address", { description: "Long enough text.", address: { line1: "x".repeat(201), postalCode: "<b>" } }),
    ).toEqual({
      "address.line1": "ChangeRequestPage.errors.line1",
      "address.city": "ChangeRequestPage.errors.city",
      "address.province": "ChangeRequestPage.errors.province",
      "address.postalCode": "ChangeRequestPage.errors.postalCode",
    });
    expect(
      errorsOf("capacity", {
        description: "Long enough text.",
        [`capacity-${TAPROOM}`]: "1e9",
        [`capacity-${RIVER_PATIO}`]: "-5",
        "capacity-not-a-uuid": "12",
      }),
    ).toEqual({
      [`capacity-${TAPROOM}`]: "ChangeRequestPage.errors.capacityNumber",
      [`capacity-${RIVER_PATIO}`]: "ChangeRequestPage.errors.capacityNumber",
      "capacity-not-a-uuid": "ChangeRequestPage.errors.capacityNumber",
    });
    expect(errorsOf("contact", { description: ["a"], email: "a@b", phone: { x: 1 } })).toEqual({
      description: "changeDescriptionRequired",
      email: "emailInvalid",
      phone: "phoneRequired",
    });
  });

  it("a proposal of another kind than the one asked is refused", async () => {
    const input = parsed("operating_name", { description: "Long enough text.", operatingName: "Nouveau nom" });
    expect(
      await createChangeRequest(sophie, { licenceId: CANAL, kind: "contact", ...input }, { storage }, now),
    ).toEqual({ ok: false, reason: "kindNotOffered" });
  });
});

describe("another account", () => {
  it("finds neither the licence's form nor the licence to ask about", async () => {
    expect(await getChangeFormFacts(john, CORMORAN_ACTIVE)).toBeNull();
    expect(await getChangeFormFacts(john, "not-a-uuid")).toBeNull();
    const input = parsed("other", { description: "Please change something for me." });
    expect(
      await createChangeRequest(john, { licenceId: CORMORAN_ACTIVE, kind: "other", ...input }, { storage }),
    ).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("deciding", () => {
  it("is staff's: an applicant cannot see, approve or refuse a request", async () => {
    const created = await create(sophie, CANAL, "operating_name", { operatingName: "Le Canal" });
    expect(await listChangeRequestsForStaff(sophie, "open")).toBeNull();
    expect(await getChangeRequestForStaff(sophie, created.id)).toBeNull();
    expect(await decideChangeRequest(sophie, { id: created.id, decision: "approve", reply: "" })).toEqual({
      ok: false,
      reason: "notFound",
    });
    const entity = await database.db.entity.findUniqueOrThrow({
      where: { id: "10000000-0000-4000-8000-00000000c401" },
      select: { operatingName: true },
    });
    expect(entity.operatingName).toBe("Café du Canal");
    expect((await database.db.changeRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("open");
  });

  it("applies two approvals at once only once", async () => {
    const created = await create(sophie, CANAL, "contact", {
      email: "Nouveau@CafeDuCanal.example",
      phone: "613-555-0199",
    });
    const results = await Promise.all([
      decideChangeRequest(service, { id: created.id, decision: "approve", reply: "" }),
      decideChangeRequest(officer, { id: created.id, decision: "approve", reply: "" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "alreadyDecided" }]);
    expect(await database.db.licenceStatusEvent.count({ where: { reason: `request:${created.reference}` } })).toBe(1);
    const entity = await database.db.entity.findUniqueOrThrow({
      where: { id: "10000000-0000-4000-8000-00000000c401" },
      select: { email: true, phone: true },
    });
    expect(entity).toEqual({ email: "nouveau@cafeducanal.example", phone: "613-555-0199" });
    expect(await database.db.auditLog.count({ where: { subjectId: created.id } })).toBe(1);
  });

  it("answers a licensed-area request without change, and refuses to approve it", async () => {
    const created = await create(sophie, CANAL, "licensed_area");
    expect(await decideChangeRequest(service, { id: created.id, decision: "approve", reply: "" })).toEqual({
      ok: false,
      reason: "notApplicable",
    });
    expect(
      await decideChangeRequest(service, { id: created.id, decision: "answer", reply: "Apply for a change." }),
    ).toEqual({ ok: true });
  });

  it("leaves a surrender to the staff licence page: listed, never approved here", async () => {
    const surrender = await database.db.changeRequest.create({
      data: {
        reference: "CHG-2026-999001",
        licenceId: CANAL,
        userId: sophie.id,
        kind: "surrender",
        description: "Nous fermons le café.",
      },
    });
    expect((await listChangeRequestsForStaff(service, "open"))?.map((request) => request.id)).toContain(surrender.id);
    expect(await decideChangeRequest(service, { id: surrender.id, decision: "approve", reply: "" })).toEqual({
      ok: false,
      reason: "surrender",
    });
    expect((await database.db.licence.findUniqueOrThrow({ where: { id: CANAL } })).status).toBe("active");
  });
});

describe("e-mails", () => {
  it("tell the person who asked, in their language, at each step", async () => {
    const before = (await mailsTo(ryan.email)).length;
    const refused = await create(ryan, RIVERSIDE, "capacity", { [`capacity-${TAPROOM}`]: "150" });
    expect(await decideChangeRequest(service, { id: refused.id, decision: "refuse", reply: "Fire code." })).toEqual({
      ok: true,
    });
    const english = (await mailsTo(ryan.email)).slice(before);
    expect(english.map((mail) => [mail.locale, mail.template, mail.subject])).toEqual([
      ["en", "changeRequestReceived", `Change request ${refused.reference} received – Licensing Portal`],
      ["en", "changeRequestRefused", `Decision on change request ${refused.reference} – Licensing Portal`],
    ]);
    expect(english[1]?.textBody).toContain(`/en/licences/${RIVERSIDE}`);
    expect(english[1]?.textBody).not.toContain("Fire code.");

    const answered = await create(sophie, CANAL, "other");
    await decideChangeRequest(officer, { id: answered.id, decision: "answer", reply: "C’est noté." });
    const french = (await mailsTo(sophie.email)).filter((mail) => mail.subject.includes(answered.reference));
    expect(french.map((mail) => [mail.locale, mail.template])).toEqual([
      ["fr", "changeRequestReceived"],
      ["fr", "changeRequestAnswered"],
    ]);
    expect(french[0]?.subject).toContain("Demande de modification");
  });
});

describe("attachments", () => {
  it("are read by staff who handle requests and by the holder's linked accounts; anyone else finds nothing", async () => {
    const created = await createChangeRequest(
      sophie,
      {
        licenceId: CANAL,
        kind: "other",
        files: [{ name: "plan.pdf", bytes: pdfBytes }],
        ...parsed("other", { description: "Voir le plan joint." }),
      },
      { storage },
      now,
    );
    if (!created.ok) throw new Error(created.reason);
    const request = (await listChangeRequestsForLicence(CANAL)).find((candidate) => candidate.id === created.id);
    const documentId = request?.attachments[0]?.id ?? "";
    expect(await getDocumentForDownload(sophie, documentId, { storage })).toMatchObject({ name: "plan.pdf" });
    expect(await getDocumentForDownload(service, documentId, { storage })).toMatchObject({ name: "plan.pdf" });
    expect(await getDocumentForDownload(john, documentId, { storage })).toBeNull();

    const partner = await newApplicant("partner");
    expect(await getDocumentForDownload(partner, documentId, { storage })).toBeNull();
    const link = await database.db.accountLink.create({
      data: { userId: partner.id, entityId: "10000000-0000-4000-8000-00000000c401", via: "access_code" },
    });
    expect(await getDocumentForDownload(partner, documentId, { storage })).toMatchObject({ name: "plan.pdf" });
    await database.db.accountLink.update({ where: { id: link.id }, data: { revokedAt: now } });
    expect(await getDocumentForDownload(partner, documentId, { storage })).toBeNull();
  });

  it("are checked by content: a page named .pdf is refused, and nothing is stored or asked", async () => {
    const stored = storage.files.size;
    const requests = await database.db.changeRequest.count();
    const refused = await createChangeRequest(
      sophie,
      {
        licenceId: CANAL,
        kind: "other",
        files: [
          { name: "plan.pdf", bytes: pdfBytes },
          { name: "facture.pdf", bytes: html },
        ],
        ...parsed("other", { description: "Voir les pièces jointes." }),
      },
      { storage },
      now,
    );
    expect(refused).toEqual({ ok: false, reason: "fileTypeNotAllowed" });
    expect(storage.files.size).toBe(stored);
    expect(await database.db.changeRequest.count()).toBe(requests);
  });
});
