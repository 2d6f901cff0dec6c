import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { resetConfigForTests } from "@/lib/config";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/rules";
import { getDocumentStorage } from "@/lib/documents/storage";
import { licenceDocumentFiles } from "@/lib/documents/licence-files";
import {
  defaultLanguageForLicence,
  getComplianceDocumentPdf,
  issueTemplateDocument,
  issueUploadedDocument,
  listComplianceDocumentsForHolder,
  listComplianceDocumentsForStaff,
} from "@/lib/licences/compliance-documents";
import type { TemplateDocumentInput } from "@/lib/licences/compliance-schemas";
import { GET } from "@/app/api/licences/[id]/documents/[documentId]/route";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { pdfText } from "@/tests/support/pdf-text";
import { demo, demoSession, newApplicant } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/**
 * Compliance documents (SPEC §5.4): a licensing officer issues a notice, a warning or inspection
 * results on a licence — written from a template or uploaded as a PDF. The holder's linked accounts
 * are told by e-mail, each in its language, and download it from the licence's page; nobody else
 * can see that it exists.
 */

/** The route handler reads the session through getCurrentUser. */
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: vi.fn(async () => null) };
});

let database: TestDatabase;
let uploadsDir: string;
const officer = demoSession("officer@example.com");
const admin = demoSession("admin@example.com");
const service = demoSession("service@example.com");
/** Linked to Le Cormoran (French), and to The Harbour Room (English). */
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");

const CORMORAN_LICENCE = demo.cormoranActiveLicence;
const CORMORAN_NUMBER = "LSL-2025-000101";
const HARBOUR_LICENCE = demo.harbourExpiredLicence;
const DEMO_DOCUMENT = "17000000-0000-4000-8000-000000000001";

const now = new Date("2026-11-26T15:00:00Z");
let minute = 0;
/** A moment of its own for each issue, so none counts as a repeat of another test's. */
const later = () => new Date(now.getTime() + ++minute * 10 * 60 * 1000);

const warning = (paragraph: string, language: "fr" | "en" = "en"): TemplateDocumentInput => ({
  template: "warningLetter",
  language,
  paragraph,
});

async function tinyPdf(text = "Signed inspection report"): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([200, 100]);
  page.drawText(text, { x: 10, y: 50, size: 10, font: await pdf.embedFont(StandardFonts.Helvetica) });
  return pdf.save();
}

const PNG_1X1 = new Uint8Array(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAADElEQVQImWP4//8/AAX+Av5Y8msOAAAAAElFTkSuQmCC",
    "base64",
  ),
);
const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, ...new Array<number>(56).fill(0)]);

async function upload(
  user: SessionUser,
  file: { name: string; bytes: Uint8Array } | null,
  title = "Inspection report",
) {
  return issueUploadedDocument(user, CORMORAN_LICENCE, { title, file }, licenceDocumentFiles(), later());
}

async function filesInUploads(): Promise<string[]> {
  const entries = await readdir(uploadsDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

async function download(user: SessionUser | null, licenceId: string, documentId: string) {
  vi.mocked(getCurrentUser).mockResolvedValue(user);
  return GET(new Request(`http://localhost:3000/api/licences/${licenceId}/documents/${documentId}`), {
    params: Promise.resolve({ id: licenceId, documentId }),
  });
}

/** An account of its own linked to Le Cormoran: active, revoked or disabled. */
async function linkedAccount(locale: "fr" | "en", state: "active" | "revoked" | "disabled" = "active") {
  const account = await newApplicant(`linked-${state}`);
  await database.db.user.update({
    where: { id: account.id },
    data: { locale, status: state === "disabled" ? "disabled" : "active" },
  });
  await database.db.accountLink.create({
    data: {
      userId: account.id,
      entityId: demo.cormoran,
      via: "access_code",
      revokedAt: state === "revoked" ? now : null,
    },
  });
  return { ...account, locale };
}

beforeAll(async () => {
  uploadsDir = await mkdtemp(path.join(tmpdir(), "compliance-uploads-"));
  process.env.UPLOADS_DIR = uploadsDir;
  delete process.env.UPLOADTHING_TOKEN;
  resetConfigForTests();
  database = await openFreshTestDatabase();
  await seedDemoData(database.db, now);
});
afterAll(async () => {
  await database.close();
  await rm(uploadsDir, { recursive: true, force: true });
});
beforeEach(() => {
  vi.mocked(getCurrentUser).mockResolvedValue(null);
});

describe("a document from a template", () => {
  it("holds the licence number, the holder and the officer's paragraph, with hostile text kept as text", async () => {
    const paragraph = "On November 20, minors were served.\n\n<script>alert(1)</script> {holder} {number} '{'";
    const issued = await issueTemplateDocument(officer, CORMORAN_LICENCE, warning(paragraph), later());
    if (!issued.ok) throw new Error(issued.reason);
    expect(issued.title).toBe("Warning letter");

    const row = await database.db.licenceDocument.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row).toMatchObject({ licenceId: CORMORAN_LICENCE, title: "Warning letter", issuedById: officer.id });
    expect(row.documentId).toBeNull();
    expect(row.body).toContain(`Licence ${CORMORAN_NUMBER}`);
    expect(row.body).toContain("Bistro Le Cormoran inc.");
    expect(row.body).toContain(paragraph);
    expect(row.body).toContain("November 26, 2026");

    const pdf = await getComplianceDocumentPdf(marie, CORMORAN_LICENCE, issued.id, getDocumentStorage());
    if (!pdf) throw new Error("no PDF");
    expect(pdf.fileName).toBe(`${CORMORAN_NUMBER}-warning-letter.pdf`);
    const text = await pdfText(pdf.bytes);
    expect(text).toContain("Warning letter");
    expect(text).toContain(CORMORAN_NUMBER);
    expect(text).toContain("On November 20, minors were served.");
    expect(text).toContain("<script>alert(1)</script> {holder} {number} '{'");
  });

  it("is written in French when the officer chooses it, and printed in French for any reader", async () => {
    const issued = await issueTemplateDocument(
      officer,
      CORMORAN_LICENCE,
      { template: "inspectionResults", language: "fr", paragraph: "Aucune non-conformité constatée." },
      later(),
    );
    if (!issued.ok) throw new Error(issued.reason);
    expect(issued.title).toBe("Résultats d’inspection");
    const pdf = await getComplianceDocumentPdf(officer, CORMORAN_LICENCE, issued.id, getDocumentStorage());
    const text = await pdfText(pdf?.bytes ?? new Uint8Array());
    expect(text).toContain("Délivré le");
    expect(text).toContain("Aucune non-conformité constatée.");
  });

  it("runs a long paragraph on to further pages, each with the licence at its foot", async () => {
    const sentences = Array.from({ length: 100 }, (_, index) => `Finding ${index + 1} is written here in full.`);
    const paragraph = sentences.join(" ").slice(0, 4000);
    const issued = await issueTemplateDocument(officer, CORMORAN_LICENCE, warning(paragraph), later());
    if (!issued.ok) throw new Error(issued.reason);
    const pdf = await getComplianceDocumentPdf(officer, CORMORAN_LICENCE, issued.id, getDocumentStorage());
    const bytes = pdf?.bytes ?? new Uint8Array();
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    expect(pages).toBeGreaterThan(1);
    const text = await pdfText(bytes);
    expect(text).toContain("Finding 100 is written here in full.");
    expect(text).toContain(`Licence ${CORMORAN_NUMBER} · Issued on November 26, 2026 · Page ${pages} of ${pages}`);
  });

  it("writes the audit trail: who issued what, on which licence and business", async () => {
    const issued = await issueTemplateDocument(admin, CORMORAN_LICENCE, warning("Noise after hours."), later());
    if (!issued.ok) throw new Error(issued.reason);
    const entry = await database.db.auditLog.findFirstOrThrow({
      where: { action: "licence.compliance_document_issued", subjectId: issued.id },
    });
    expect(entry).toMatchObject({
      actorId: admin.id,
      actorRole: "admin",
      subjectType: "licence_document",
      entityId: demo.cormoran,
    });
    expect(entry.details).toMatchObject({ licenceId: CORMORAN_LICENCE, source: "template", template: "warningLetter" });
  });

  it("refuses an empty paragraph or an unknown template, whatever is posted", async () => {
    const before = await database.db.licenceDocument.count();
    expect(await issueTemplateDocument(officer, CORMORAN_LICENCE, warning("   "), later())).toEqual({
      ok: false,
      reason: "invalid",
    });
    const forged = { template: "constructor", language: "de", paragraph: "x" } as unknown as TemplateDocumentInput;
    expect(await issueTemplateDocument(officer, CORMORAN_LICENCE, forged, later())).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await database.db.licenceDocument.count()).toBe(before);
  });

  it("issued twice at once (a double click) is one document and one e-mail each", async () => {
    const at = later();
    const before = await database.db.emailOutbox.count();
    const [first, second] = await Promise.all([
      issueTemplateDocument(officer, CORMORAN_LICENCE, warning("Double click."), at),
      issueTemplateDocument(officer, CORMORAN_LICENCE, warning("Double click."), at),
    ]);
    if (!first?.ok || !second?.ok) throw new Error("not issued");
    expect(second.id).toBe(first.id);
    expect(await database.db.licenceDocument.count({ where: { body: { contains: "Double click." } } })).toBe(1);
    // Marie, the one account linked to Le Cormoran, is told once; both answers say so.
    expect(first.emailed).toBe(1);
    expect(second.emailed).toBe(1);
    expect((await database.db.emailOutbox.count()) - before).toBe(1);
  });
});

describe("the default language", () => {
  it("is the linked accounts' language, else French", async () => {
    expect(await defaultLanguageForLicence(officer, CORMORAN_LICENCE)).toBe("fr");
    expect(await defaultLanguageForLicence(officer, HARBOUR_LICENCE)).toBe("en");
    const unlinked = await database.db.licence.findFirstOrThrow({
      where: { entity: { links: { none: { revokedAt: null } } } },
      select: { id: true },
    });
    expect(await defaultLanguageForLicence(officer, unlinked.id)).toBe("fr");
    expect(await defaultLanguageForLicence(service, CORMORAN_LICENCE)).toBeNull();
  });
});

describe("the e-mail", () => {
  it("goes to every account actively linked to the holder, each in its own language", async () => {
    const english = await linkedAccount("en");
    const revoked = await linkedAccount("en", "revoked");
    const disabled = await linkedAccount("fr", "disabled");
    const since = new Date();
    const issued = await issueTemplateDocument(officer, CORMORAN_LICENCE, warning("Minors served."), later());
    if (!issued.ok) throw new Error(issued.reason);
    expect(issued.emailed).toBe(2);

    const queued = await database.db.emailOutbox.findMany({
      where: { template: "complianceDocumentIssued", createdAt: { gte: since } },
      orderBy: { toAddress: "asc" },
    });
    expect(queued.map((email) => email.toAddress).sort()).toEqual([english.email, marie.email].sort());
    const toMarie = queued.find((email) => email.toAddress === marie.email);
    expect(toMarie?.locale).toBe("fr");
    expect(toMarie?.subject).toBe(`Nouveau document au permis ${CORMORAN_NUMBER} – Portail des permis`);
    expect(toMarie?.textBody).toContain("«\u00a0Warning letter\u00a0»");
    expect(toMarie?.textBody).toContain(`/fr/licences/${CORMORAN_LICENCE}`);
    const toEnglish = queued.find((email) => email.toAddress === english.email);
    expect(toEnglish?.locale).toBe("en");
    expect(toEnglish?.subject).toBe(`New document on licence ${CORMORAN_NUMBER} – Licensing Portal`);
    expect(toEnglish?.textBody).toContain(`/en/licences/${CORMORAN_LICENCE}`);
    for (const account of [revoked, disabled])
      expect(queued.some((email) => email.toAddress === account.email)).toBe(false);
    await database.db.accountLink.deleteMany({ where: { userId: { in: [english.id, revoked.id, disabled.id] } } });
  });
});

describe("an uploaded PDF", () => {
  it("is stored like an application's document, owned by the officer, and downloaded as it was sent", async () => {
    const bytes = await tinyPdf();
    const issued = await upload(officer, { name: "C:\\scans\\rapport signé.pdf", bytes }, "Rapport d’inspection signé");
    if (!issued.ok) throw new Error(issued.reason);
    const row = await database.db.licenceDocument.findUniqueOrThrow({
      where: { id: issued.id },
      include: { document: true },
    });
    expect(row).toMatchObject({ title: "Rapport d’inspection signé", body: null, issuedById: officer.id });
    expect(row.document).toMatchObject({
      ownerId: officer.id,
      applicationId: null,
      mimeType: "application/pdf",
      originalName: "rapport signé.pdf",
      sizeBytes: bytes.byteLength,
    });
    expect(await filesInUploads()).toContain(row.document?.storageKey);

    const pdf = await getComplianceDocumentPdf(marie, CORMORAN_LICENCE, issued.id, getDocumentStorage());
    expect(pdf && Buffer.from(pdf.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(pdf?.fileName).toBe(`${CORMORAN_NUMBER}-rapport-d-inspection-signe.pdf`);
    const entry = await database.db.auditLog.findFirstOrThrow({ where: { subjectId: issued.id } });
    expect(entry.details).toMatchObject({ source: "upload", sizeBytes: bytes.byteLength });
  });

  it("is refused by its content: an image, a program or a web page renamed .pdf, an empty file, a file too large", async () => {
    const before = { rows: await database.db.licenceDocument.count(), files: (await filesInUploads()).length };
    const large = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    large.set(new TextEncoder().encode("%PDF-1.4\n"));
    const cases: [string, Uint8Array, string][] = [
      ["photo.pdf", PNG_1X1, "fileTypeNotAllowed"],
      ["report.pdf", ELF, "fileTypeNotAllowed"],
      ["page.pdf", new TextEncoder().encode("<html><script>alert(1)</script></html>"), "fileTypeNotAllowed"],
      ["empty.pdf", new Uint8Array(0), "fileEmpty"],
      ["huge.pdf", large, "fileTooLarge"],
    ];
    for (const [name, bytes, reason] of cases)
      expect(await upload(officer, { name, bytes })).toEqual({ ok: false, reason });
    expect(await upload(officer, null)).toEqual({ ok: false, reason: "fileMissing" });
    expect(await upload(officer, { name: "x.pdf", bytes: await tinyPdf() }, " ")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await database.db.licenceDocument.count()).toBe(before.rows);
    expect((await filesInUploads()).length).toBe(before.files);
  });
});

describe("who may issue", () => {
  it("refuses customer service and applicants, and ids that are not a licence: nothing is written or stored", async () => {
    const applicant = await newApplicant("issuer");
    const before = {
      rows: await database.db.licenceDocument.count(),
      files: (await filesInUploads()).length,
      emails: await database.db.emailOutbox.count(),
    };
    for (const user of [service, applicant, marie]) {
      expect(await issueTemplateDocument(user, CORMORAN_LICENCE, warning("Not mine to write."), later())).toEqual({
        ok: false,
        reason: "notFound",
      });
      expect(await upload(user, { name: "x.pdf", bytes: await tinyPdf() })).toEqual({ ok: false, reason: "notFound" });
    }
    for (const id of ["not-a-uuid", "13000000-0000-4000-8000-00000000ffff", "../../admin"])
      expect(await issueTemplateDocument(officer, id, warning("Nowhere."), later())).toEqual({
        ok: false,
        reason: "notFound",
      });
    expect(await database.db.licenceDocument.count()).toBe(before.rows);
    expect((await filesInUploads()).length).toBe(before.files);
    expect(await database.db.emailOutbox.count()).toBe(before.emails);
  });
});

describe("who may read", () => {
  it("lists the documents for the holder's linked accounts and for staff, with who issued each for staff", async () => {
    const forMarie = await listComplianceDocumentsForHolder(marie, CORMORAN_LICENCE);
    expect(forMarie?.map((document) => document.title)).toContain("Avis de conformité – affichage");
    expect(forMarie?.map((document) => document.title)).toContain("Warning letter");
    expect(Object.keys(forMarie?.[0] ?? {}).sort()).toEqual(["id", "issuedAt", "title"]);

    const forStaff = await listComplianceDocumentsForStaff(service, CORMORAN_LICENCE);
    const letter = forStaff?.find((document) => document.title === "Warning letter");
    expect(letter).toMatchObject({ source: "template", issuedBy: "David Chen", file: null });
    const uploaded = forStaff?.find((document) => document.source === "upload");
    expect(uploaded?.file?.name).toBe("rapport signé.pdf");
    expect(forStaff?.find((document) => document.id === DEMO_DOCUMENT)?.issuedBy).toBeNull();
    expect(await listComplianceDocumentsForStaff(marie, CORMORAN_LICENCE)).toBeNull();
  });

  it("hides them from a holder of another business, an unlinked or revoked account: not found", async () => {
    const stranger = await newApplicant("stranger");
    const revoked = await linkedAccount("fr", "revoked");
    const [latest] = (await listComplianceDocumentsForHolder(marie, CORMORAN_LICENCE)) ?? [];
    if (!latest) throw new Error("no document");
    for (const user of [john, stranger, revoked]) {
      expect(await listComplianceDocumentsForHolder(user, CORMORAN_LICENCE)).toBeNull();
      expect(await getComplianceDocumentPdf(user, CORMORAN_LICENCE, latest.id, getDocumentStorage())).toBeNull();
    }
    // John's own licence with Le Cormoran's document: the document is not on it.
    expect(await getComplianceDocumentPdf(john, HARBOUR_LICENCE, latest.id, getDocumentStorage())).toBeNull();
    expect(await listComplianceDocumentsForHolder(john, HARBOUR_LICENCE)).toEqual([]);
  });

  it("prints a document kept as its text only (the demo data's) in the reader's language", async () => {
    const pdf = await getComplianceDocumentPdf(officer, CORMORAN_LICENCE, DEMO_DOCUMENT, getDocumentStorage());
    const text = await pdfText(pdf?.bytes ?? new Uint8Array());
    expect(text).toContain("Avis de conformité – affichage");
    expect(text).toContain("L’affichage du permis et des heures de service est conforme.");
    expect(text).toContain("Issued on");
  });
});

describe("the download route", () => {
  it("gives the linked account and staff the PDF as an attachment, never cached or sniffed", async () => {
    for (const user of [marie, service]) {
      const response = await download(user, CORMORAN_LICENCE, DEMO_DOCUMENT);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toMatch(
        /^attachment; filename="LSL-2025-000101-avis-de-conformite-affichage\.pdf"$/,
      );
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString("latin1"),
      ).toBe("%PDF-");
    }
  });

  it("answers 404 to a visitor, another business's holder, and ids that do not exist", async () => {
    for (const [user, licence, document] of [
      [null, CORMORAN_LICENCE, DEMO_DOCUMENT],
      [john, CORMORAN_LICENCE, DEMO_DOCUMENT],
      [john, HARBOUR_LICENCE, DEMO_DOCUMENT],
      [marie, CORMORAN_LICENCE, "17000000-0000-4000-8000-00000000ffff"],
      [marie, CORMORAN_LICENCE, "../../etc/passwd"],
    ] as const) {
      const response = await download(user, licence, document);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).not.toContain("pdf");
    }
  });
});
