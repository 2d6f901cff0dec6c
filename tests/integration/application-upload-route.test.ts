import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/applications/[id]/documents/route";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { resetConfigForTests } from "@/lib/config";
import { startApplication } from "@/lib/applications/commands";
import { MAX_UPLOAD_REQUEST_BYTES } from "@/lib/documents/uploads";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/** The session the route handler sees: it reads it through getCurrentUser. */
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: vi.fn(async () => null) };
});

let database: TestDatabase;
let uploadsDir: string;
let applicationId: string;
const marie = demoSession("marie.tremblay@example.com");
const john = demoSession("john.smith@example.com");
const PDF = new Uint8Array(
  Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1"),
);
const EXECUTABLE = new Uint8Array(Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", "latin1"));

function signedInAs(user: SessionUser | null) {
  vi.mocked(getCurrentUser).mockResolvedValue(user);
}

function upload(
  id: string,
  { bytes = PDF, name = "plan.pdf", origin = "http://localhost:3000", requirement = "floorPlan", locale = "fr" } = {},
) {
  const body = new FormData();
  body.set("requirement", requirement);
  body.set("locale", locale);
  body.set("file", new File([Buffer.from(bytes)], name, { type: "application/pdf" }));
  return POST(
    new Request(`http://localhost:3000/api/applications/${id}/documents`, {
      method: "POST",
      body,
      headers: { origin },
    }),
    { params: Promise.resolve({ id }) },
  );
}

beforeAll(async () => {
  uploadsDir = await mkdtemp(path.join(tmpdir(), "portal-upload-route-"));
  process.env.UPLOADS_DIR = uploadsDir;
  process.env.APP_URL = "http://localhost:3000";
  delete process.env.UPLOADTHING_TOKEN;
  resetConfigForTests();
  database = await openFreshTestDatabase();
  await seedDemoData(database.db);
  const started = await startApplication(marie, "liquor_sales_new");
  if (!started.ok) throw new Error(started.reason);
  applicationId = started.id;
});
afterAll(async () => {
  await database.close();
  await rm(uploadsDir, { recursive: true, force: true });
});
beforeEach(() => {
  signedInAs(null);
});

describe("POST /api/applications/[id]/documents (the upload with progress)", () => {
  it("stores the owner's PDF and answers the page to show", async () => {
    signedInAs(marie);
    const response = await upload(applicationId);
    expect(response.status).toBe(201);
    const { location } = (await response.json()) as { location: string };
    expect(location).toMatch(
      new RegExp(`^/fr/applications/${applicationId}/documents\\?done=uploaded&document=[0-9a-f-]{36}#floorPlan$`),
    );
    expect(
      await database.db.document.count({ where: { applicationId, requirement: "floorPlan", deletedAt: null } }),
    ).toBe(1);
  });

  it("refuses a renamed executable by its content, with the message's code", async () => {
    signedInAs(marie);
    const response = await upload(applicationId, { bytes: EXECUTABLE, name: "plan.pdf", locale: "en" });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { location: string }).location).toBe(
      `/en/applications/${applicationId}/documents?error=fileTypeNotAllowed&requirement=floorPlan#floorPlan`,
    );
  });

  it("is a 404 for another applicant and for a visitor, and stores nothing", async () => {
    const before = await database.db.document.count();
    signedInAs(john);
    expect((await upload(applicationId)).status).toBe(404);
    signedInAs(null);
    expect((await upload(applicationId)).status).toBe(404);
    expect(await database.db.document.count()).toBe(before);
  });

  it("refuses a post from another site (no CSRF through the user's cookies)", async () => {
    signedInAs(marie);
    expect((await upload(applicationId, { origin: "https://evil.example" })).status).toBe(403);
    const noOrigin = await POST(
      new Request(`http://localhost:3000/api/applications/${applicationId}/documents`, {
        method: "POST",
        body: new FormData(),
      }),
      { params: Promise.resolve({ id: applicationId }) },
    );
    expect(noOrigin.status).toBe(403);
  });

  it("refuses an unknown document and a locale that is not ours", async () => {
    signedInAs(marie);
    const unknown = await upload(applicationId, { requirement: "passport" });
    expect(((await unknown.json()) as { location: string }).location).toContain("error=unknownRequirement");
    expect((await upload(applicationId, { locale: "javascript:" })).status).toBe(400);
  });

  it("refuses a declared length over the limit with 413 and the message, without reading the body", async () => {
    signedInAs(marie);
    let pulls = 0;
    // highWaterMark 0: the stream is pulled only when someone reads it.
    const body = new ReadableStream<Uint8Array>(
      {
        pull: (controller) => {
          pulls += 1;
          controller.enqueue(new Uint8Array(1024));
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request(
      `http://localhost:3000/api/applications/${applicationId}/documents?locale=en&requirement=floorPlan`,
      {
        method: "POST",
        body,
        duplex: "half",
        headers: {
          origin: "http://localhost:3000",
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(50 * 1024 * 1024 * 1024),
        },
      } as RequestInit,
    );
    const before = await database.db.document.count();
    const response = await POST(request, { params: Promise.resolve({ id: applicationId }) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { location: string }).location).toBe(
      `/en/applications/${applicationId}/documents?error=fileTooLarge&requirement=floorPlan#floorPlan`,
    );
    expect(pulls).toBe(0);
    expect(request.bodyUsed).toBe(false);
    expect(await database.db.document.count()).toBe(before);
  });

  it("stops reading a body without a declared length once it passes the limit (413)", async () => {
    signedInAs(marie);
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    // A chunked upload that would never end: reading must stop at the limit.
    const body = new ReadableStream<Uint8Array>(
      {
        pull: (controller) => {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request(
      `http://localhost:3000/api/applications/${applicationId}/documents?locale=fr&requirement=floorPlan`,
      {
        method: "POST",
        body,
        duplex: "half",
        headers: { origin: "http://localhost:3000", "content-type": "multipart/form-data; boundary=x" },
      } as RequestInit,
    );
    expect(request.headers.get("content-length")).toBeNull();
    const before = await database.db.document.count();
    const response = await POST(request, { params: Promise.resolve({ id: applicationId }) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { location: string }).location).toContain("error=fileTooLarge");
    expect(sent).toBeLessThanOrEqual(MAX_UPLOAD_REQUEST_BYTES + 2 * chunk.byteLength);
    expect(await database.db.document.count()).toBe(before);
  });

  it("checks the size only after the origin and the owner: a stranger's huge upload is a 404", async () => {
    signedInAs(john);
    const request = new Request(`http://localhost:3000/api/applications/${applicationId}/documents`, {
      method: "POST",
      body: "x",
      headers: {
        origin: "http://localhost:3000",
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(MAX_UPLOAD_REQUEST_BYTES + 1),
      },
    });
    expect((await POST(request, { params: Promise.resolve({ id: applicationId }) })).status).toBe(404);
  });

  it("answers 400 to a body that is not a multipart form", async () => {
    signedInAs(marie);
    const request = new Request(`http://localhost:3000/api/applications/${applicationId}/documents`, {
      method: "POST",
      body: "--x\r\nbroken",
      headers: { origin: "http://localhost:3000", "content-type": "multipart/form-data; boundary=x" },
    });
    expect((await POST(request, { params: Promise.resolve({ id: applicationId }) })).status).toBe(400);
  });
});
