import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/documents/[id]/route";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { resetConfigForTests } from "@/lib/config";
import { deleteDocument, storeDocument } from "@/lib/documents/commands";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { captureSecurityLogForTests } from "@/lib/security/log";
import { demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/** The session the route handler sees: it reads it through getCurrentUser. */
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: vi.fn(async () => null) };
});

let database: TestDatabase;
let uploadsDir: string;
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");
const officer = demoSession("officer@example.com");

/** A small PDF, and an HTML page hidden after a PDF signature: the route must never let a browser render either. */
const PDF_BYTES = new Uint8Array(
  Buffer.from(
    "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n<html><script>alert(document.cookie)</script></html>\n",
    "latin1",
  ),
);

let documentId: string;

function signedInAs(user: SessionUser | null) {
  vi.mocked(getCurrentUser).mockResolvedValue(user);
}

function download(id: string) {
  return GET(new Request(`http://localhost:3000/api/documents/${id}`), { params: Promise.resolve({ id }) });
}

beforeAll(async () => {
  uploadsDir = await mkdtemp(path.join(tmpdir(), "portal-route-uploads-"));
  process.env.UPLOADS_DIR = uploadsDir;
  delete process.env.UPLOADTHING_TOKEN;
  resetConfigForTests();
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
  const stored = await storeDocument({
    owner: marie,
    file: { name: "Reçu « mai »\r\n.exe", type: "text/html", bytes: PDF_BYTES },
  });
  if (!stored.ok) throw new Error(stored.code);
  documentId = stored.document.id;
});
afterAll(async () => {
  await database.close();
  await rm(uploadsDir, { recursive: true, force: true });
});
beforeEach(() => {
  signedInAs(null);
});

describe("GET /api/documents/[id]", () => {
  it("answers 404 to a visitor who is not signed in", async () => {
    const response = await download(documentId);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers the same 404 to another applicant as for an unknown id, and logs the refusal", async () => {
    signedInAs(john);
    const log = captureSecurityLogForTests();
    const theirs = await download(documentId).finally(log.restore);
    expect(log.lines).toEqual([
      expect.objectContaining({ event: "id.refused", account: john.id, outcome: "refused", detail: "document" }),
    ]);
    const unknown = await download("00000000-0000-4000-8000-000000000000");
    expect(theirs.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await theirs.text()).toBe(await unknown.text());
  });

  it("answers 404 to a malformed id", async () => {
    signedInAs(marie);
    expect((await download("..%2F..%2Fetc%2Fpasswd")).status).toBe(404);
    expect((await download("not-a-uuid")).status).toBe(404);
  });

  it("sends the owner the file as an attachment that no browser renders", async () => {
    signedInAs(marie);
    const response = await download(documentId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      "attachment; filename=\"Recu _ mai _.pdf\"; filename*=UTF-8''Re%C3%A7u%20%C2%AB%20mai%20%C2%BB.pdf",
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("sandbox");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-length")).toBe(String(PDF_BYTES.byteLength));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF_BYTES);
  });

  it("sends the file to staff who review applications, and puts the download on the audit trail", async () => {
    signedInAs(officer);
    const response = await download(documentId);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF_BYTES);
    const entry = await database.db.auditLog.findFirst({
      where: { action: "document.downloaded_by_staff", subjectId: documentId },
    });
    expect(entry).toMatchObject({ actorId: officer.id, actorRole: "licensing_officer", subjectType: "document" });
  });

  it("answers 404 to staff whose role does not review applications", async () => {
    signedInAs(demoSession("service@example.com"));
    expect((await download(documentId)).status).toBe(404);
  });

  it("does not audit the owner's own downloads", async () => {
    signedInAs(marie);
    const before = await database.db.auditLog.count({ where: { subjectId: documentId } });
    expect((await download(documentId)).status).toBe(200);
    expect(await database.db.auditLog.count({ where: { subjectId: documentId } })).toBe(before);
  });

  it("answers 404 once the owner has deleted the document", async () => {
    const stored = await storeDocument({ owner: marie, file: { name: "brouillon.pdf", bytes: PDF_BYTES } });
    if (!stored.ok) throw new Error(stored.code);
    await deleteDocument(marie, stored.document.id);
    signedInAs(marie);
    expect((await download(stored.document.id)).status).toBe(404);
  });
});
