import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { MAX_DOCUMENTS_PER_REQUIREMENT } from "@/lib/documents/rules";
import { deleteDocument, storeDocument, type StoreDocumentInput } from "@/lib/documents/commands";
import { getDocumentForDownload } from "@/lib/documents/queries";
import {
  createDocumentStorage,
  generateStorageKey,
  getDocumentStorage,
  InvalidStorageKeyError,
  LocalFolderStorage,
  type DocumentStorage,
} from "@/lib/documents/storage";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

// ---------------------------------------------------------------------------------------------------
// Byte samples (see tests/unit/documents-rules.test.ts for the full set).

const ascii = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));

function pdf(label = "plan"): Uint8Array {
  return ascii(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 /Label (${label}) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
}

const PNG_1X1 = new Uint8Array(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAADElEQVQImWP4//8/AAX+Av5Y8msOAAAAAElFTkSuQmCC",
    "base64",
  ),
);

const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, ...new Array<number>(56).fill(0)]);

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

// ---------------------------------------------------------------------------------------------------

let database: TestDatabase;
let uploadsDir: string;
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");
const service = demoSession("service@example.com");
const officer = demoSession("officer@example.com");

let marieDraft: string;
let marieSubmitted: string;
let johnDraft: string;
let fileNumberSequence = 0;

async function createApplication(
  userId: string,
  status: "draft" | "submitted" | "information_requested",
): Promise<string> {
  fileNumberSequence += 1;
  const application = await database.db.application.create({
    data: {
      fileNumber: `LSL-TEST-${String(fileNumberSequence).padStart(6, "0")}`,
      kind: "liquor_sales_new",
      type: "new",
      status,
      userId,
    },
    select: { id: true },
  });
  return application.id;
}

function upload(
  overrides: Partial<StoreDocumentInput> & { bytes?: Uint8Array; name?: string } = {},
): StoreDocumentInput {
  const { bytes = pdf(), name = "plan.pdf", ...rest } = overrides;
  return {
    owner: marie,
    applicationId: marieDraft,
    requirement: "floorPlan",
    file: { name, type: "application/pdf", bytes },
    ...rest,
  };
}

async function storedOk(input: StoreDocumentInput) {
  const result = await storeDocument(input);
  if (!result.ok) throw new Error(`upload refused: ${result.code}`);
  return result.document;
}

async function storageKeyOf(id: string): Promise<string> {
  return (await database.db.document.findUniqueOrThrow({ where: { id }, select: { storageKey: true } })).storageKey;
}

/** Every file in the uploads folder, as paths relative to it. */
async function filesInUploads(): Promise<string[]> {
  const entries = await readdir(uploadsDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(uploadsDir, path.join(entry.parentPath, entry.name)));
}

beforeAll(async () => {
  uploadsDir = await mkdtemp(path.join(tmpdir(), "portal-uploads-"));
  process.env.UPLOADS_DIR = uploadsDir;
  delete process.env.UPLOADTHING_TOKEN;
  resetConfigForTests();
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
  marieDraft = await createApplication(marie.id, "draft");
  marieSubmitted = await createApplication(marie.id, "submitted");
  johnDraft = await createApplication(john.id, "draft");
});
afterAll(async () => {
  await database.close();
  await rm(uploadsDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await database.db.document.deleteMany();
  await rm(uploadsDir, { recursive: true, force: true });
});

describe("the configured storage", () => {
  it("is the private uploads folder when UploadThing is not configured", () => {
    expect(getDocumentStorage().kind).toBe("local");
  });

  it("is UploadThing when a token is configured", () => {
    const token = Buffer.from(JSON.stringify({ apiKey: "sk_test_x", appId: "app", regions: ["sea1"] })).toString(
      "base64",
    );
    expect(createDocumentStorage({ uploadThingToken: token, uploadsDir }).kind).toBe("uploadthing");
    expect(createDocumentStorage({ uploadThingToken: undefined, uploadsDir }).kind).toBe("local");
  });
});

describe("storeDocument", () => {
  it("stores a PDF under a generated key and records it with a safe name, its hash and the detected type", async () => {
    const bytes = pdf();
    const result = await storeDocument(upload({ bytes, name: "C:\\Users\\marie\\Plan d’étage\r\n.exe" }));

    expect(result).toMatchObject({
      ok: true,
      document: {
        applicationId: marieDraft,
        requirement: "floorPlan",
        name: "Plan d’étage.pdf",
        mimeType: "application/pdf",
        sizeBytes: bytes.byteLength,
      },
    });
    if (!result.ok) return;
    const row = await database.db.document.findUniqueOrThrow({ where: { id: result.document.id } });
    expect(row).toMatchObject({
      ownerId: marie.id,
      sha256: sha256(bytes),
      originalName: "Plan d’étage.pdf",
      deletedAt: null,
    });
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);

    const files = await filesInUploads();
    expect(files).toEqual([path.join(row.storageKey.slice(0, 2), row.storageKey)]);
    const onDisk = path.join(uploadsDir, files[0] ?? "");
    expect(new Uint8Array(await readFile(onDisk))).toEqual(bytes);
    expect((await stat(onDisk)).mode & 0o777).toBe(0o600);
  });

  it("ignores the declared type: a PNG sent as application/pdf is recorded as a PNG", async () => {
    const document = await storedOk(upload({ bytes: PNG_1X1, name: "photo.pdf" }));
    expect(document).toMatchObject({ mimeType: "image/png", name: "photo.png" });
  });

  it("refuses an executable named .pdf and declared as a PDF, storing nothing", async () => {
    expect(await storeDocument(upload({ bytes: ELF, name: "plan.pdf" }))).toEqual({
      ok: false,
      code: "fileTypeNotAllowed",
    });
    expect(await database.db.document.count()).toBe(0);
    expect(await filesInUploads()).toEqual([]);
  });

  it("refuses an SVG or an HTML page named .png", async () => {
    const svg = ascii('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await storeDocument(upload({ bytes: svg, name: "logo.png" }))).toEqual({
      ok: false,
      code: "fileTypeNotAllowed",
    });
    expect(
      await storeDocument(upload({ bytes: ascii("<html><script>alert(1)</script></html>"), name: "plan.png" })),
    ).toEqual({ ok: false, code: "fileTypeNotAllowed" });
    expect(await filesInUploads()).toEqual([]);
  });

  it("refuses an empty file", async () => {
    expect(await storeDocument(upload({ bytes: new Uint8Array(0) }))).toEqual({ ok: false, code: "fileEmpty" });
  });

  it("refuses to attach a document to another applicant's application", async () => {
    expect(await storeDocument(upload({ applicationId: johnDraft }))).toEqual({
      ok: false,
      code: "applicationNotFound",
    });
    expect(await storeDocument(upload({ applicationId: "not-a-uuid" }))).toEqual({
      ok: false,
      code: "applicationNotFound",
    });
    expect(await storeDocument(upload({ applicationId: "00000000-0000-4000-8000-00000000dead" }))).toEqual({
      ok: false,
      code: "applicationNotFound",
    });
    expect(await filesInUploads()).toEqual([]);
  });

  it("refuses new documents once the application is submitted", async () => {
    expect(await storeDocument(upload({ applicationId: marieSubmitted }))).toEqual({
      ok: false,
      code: "applicationLocked",
    });
  });

  it("accepts documents while information is requested", async () => {
    const reopened = await createApplication(marie.id, "information_requested");
    expect((await storeDocument(upload({ applicationId: reopened }))).ok).toBe(true);
  });

  it("refuses a requirement the application's kind does not have, or one without an application", async () => {
    expect(await storeDocument(upload({ requirement: "passportScan" }))).toEqual({
      ok: false,
      code: "unknownRequirement",
    });
    expect(await storeDocument(upload({ applicationId: null, requirement: "floorPlan" }))).toEqual({
      ok: false,
      code: "unknownRequirement",
    });
  });

  it("stores a document attached to nothing yet", async () => {
    const document = await storedOk(upload({ applicationId: null, requirement: null }));
    expect(document).toMatchObject({ applicationId: null, requirement: null });
  });

  it("does not record a document the storage failed to keep", async () => {
    const failing: DocumentStorage = {
      kind: "local",
      put: async () => {
        throw new Error("disk full");
      },
      get: async () => null,
      delete: async () => {},
    };
    await expect(storeDocument(upload(), { storage: failing })).rejects.toThrow("disk full");
    expect(await database.db.document.count()).toBe(0);
  });
});

describe(`the limit of ${MAX_DOCUMENTS_PER_REQUIREMENT} documents per requirement`, () => {
  async function fill(count: number, requirement = "floorPlan") {
    for (let index = 0; index < count; index += 1) await storedOk(upload({ requirement, bytes: pdf(`page ${index}`) }));
  }

  it("refuses one more document for a full requirement, and keeps no file of it", async () => {
    await fill(MAX_DOCUMENTS_PER_REQUIREMENT);
    expect(await storeDocument(upload())).toEqual({ ok: false, code: "tooManyFiles" });
    expect(await filesInUploads()).toHaveLength(MAX_DOCUMENTS_PER_REQUIREMENT);
  });

  it("counts each requirement on its own", async () => {
    await fill(MAX_DOCUMENTS_PER_REQUIREMENT);
    expect((await storeDocument(upload({ requirement: "articlesOfIncorporation" }))).ok).toBe(true);
  });

  it("frees a place when a document is deleted", async () => {
    await fill(MAX_DOCUMENTS_PER_REQUIREMENT);
    const [first] = await database.db.document.findMany({ take: 1, select: { id: true } });
    expect(await deleteDocument(marie, first?.id ?? "")).toEqual({ ok: true });
    expect((await storeDocument(upload())).ok).toBe(true);
  });

  it("lets only one of several simultaneous uploads take the last place", async () => {
    await fill(MAX_DOCUMENTS_PER_REQUIREMENT - 1);
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, index) => storeDocument(upload({ bytes: pdf(`race ${index}`) }))),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.code === "tooManyFiles")).toHaveLength(3);
    expect(await database.db.document.count({ where: { deletedAt: null } })).toBe(MAX_DOCUMENTS_PER_REQUIREMENT);
    // The refused uploads' files were removed again.
    expect(await filesInUploads()).toHaveLength(MAX_DOCUMENTS_PER_REQUIREMENT);
  });
});

describe("getDocumentForDownload", () => {
  it("gives the owner the bytes, the safe name and the detected type", async () => {
    const bytes = pdf();
    const document = await storedOk(upload({ bytes, name: "bail.exe" }));
    expect(await getDocumentForDownload(marie, document.id)).toEqual({
      name: "bail.pdf",
      mimeType: "application/pdf",
      bytes: new Uint8Array(bytes),
    });
  });

  it("gives another applicant nothing, as if the document did not exist", async () => {
    const document = await storedOk(upload());
    expect(await getDocumentForDownload(john, document.id)).toBeNull();
  });

  it("gives the document to staff who review applications, and nothing to other staff", async () => {
    const document = await storedOk(upload());
    expect((await getDocumentForDownload(officer, document.id))?.mimeType).toBe("application/pdf");
    expect(await getDocumentForDownload(service, document.id)).toBeNull();
  });

  it("finds nothing for an unknown or malformed id", async () => {
    expect(await getDocumentForDownload(marie, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await getDocumentForDownload(marie, "../../etc/passwd")).toBeNull();
    expect(await getDocumentForDownload(service, "' OR 1=1 --")).toBeNull();
  });

  it("finds nothing once the document is deleted, not even for staff", async () => {
    const document = await storedOk(upload());
    await deleteDocument(marie, document.id);
    expect(await getDocumentForDownload(marie, document.id)).toBeNull();
    expect(await getDocumentForDownload(service, document.id)).toBeNull();
  });

  it("answers null when the file is missing from storage, and says so in the log", async () => {
    const document = await storedOk(upload());
    await getDocumentStorage().delete(await storageKeyOf(document.id));
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await getDocumentForDownload(marie, document.id)).toBeNull();
      expect(log).toHaveBeenCalledWith(`Document ${document.id} has no file in local storage`);
    } finally {
      log.mockRestore();
    }
  });
});

describe("deleteDocument", () => {
  it("marks the owner's document deleted and removes its file", async () => {
    const document = await storedOk(upload());
    const key = await storageKeyOf(document.id);
    const now = new Date("2026-11-26T15:00:00Z");

    expect(await deleteDocument(marie, document.id, {}, now)).toEqual({ ok: true });
    expect((await database.db.document.findUniqueOrThrow({ where: { id: document.id } })).deletedAt).toEqual(now);
    expect(await getDocumentStorage().get(key)).toBeNull();
    expect(await filesInUploads()).toEqual([]);
  });

  it("lets no one but the owner delete, staff included", async () => {
    const document = await storedOk(upload());
    expect(await deleteDocument(john, document.id)).toEqual({ ok: false, code: "notFound" });
    expect(await deleteDocument(service, document.id)).toEqual({ ok: false, code: "notFound" });
    expect((await database.db.document.findUniqueOrThrow({ where: { id: document.id } })).deletedAt).toBeNull();
    expect(await filesInUploads()).toHaveLength(1);
  });

  it("deletes once: a second delete finds nothing", async () => {
    const document = await storedOk(upload());
    expect(await deleteDocument(marie, document.id)).toEqual({ ok: true });
    expect(await deleteDocument(marie, document.id)).toEqual({ ok: false, code: "notFound" });
    expect(await deleteDocument(marie, "not-a-uuid")).toEqual({ ok: false, code: "notFound" });
  });

  it("keeps the documents of a submitted application", async () => {
    const reopened = await createApplication(marie.id, "draft");
    const document = await storedOk(upload({ applicationId: reopened }));
    await database.db.application.update({ where: { id: reopened }, data: { status: "submitted" } });
    expect(await deleteDocument(marie, document.id)).toEqual({ ok: false, code: "applicationLocked" });
    expect((await getDocumentForDownload(marie, document.id))?.bytes.byteLength).toBeGreaterThan(0);
  });
});

describe("LocalFolderStorage", () => {
  let root: string;
  let storage: DocumentStorage;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "portal-storage-"));
    storage = new LocalFolderStorage(path.join(root, "uploads"));
  });

  it("keeps and returns the bytes under a generated key", async () => {
    const key = generateStorageKey();
    await storage.put(key, PNG_1X1, "image/png");
    expect(await storage.get(key)).toEqual(new Uint8Array(PNG_1X1));
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
  });

  it("answers null for a key with no file, and deleting it again is harmless", async () => {
    const key = generateStorageKey();
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it.each([
    "../../etc/passwd",
    "../outside",
    "/etc/passwd",
    "..\\..\\windows",
    `${"a".repeat(30)}/..`,
    "ABCDEF0123456789ABCDEF0123456789",
    "",
  ])("refuses the key %j for every operation, touching nothing", async (key) => {
    await expect(storage.put(key, PNG_1X1, "image/png")).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.get(key)).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.delete(key)).rejects.toThrow(InvalidStorageKeyError);
    expect(await readdir(root)).toEqual([]);
  });
});
