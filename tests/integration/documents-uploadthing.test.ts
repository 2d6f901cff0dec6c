import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deleteDocument, storeDocument } from "@/lib/documents/commands";
import { getDocumentForDownload } from "@/lib/documents/queries";
import {
  createDocumentStorage,
  generateStorageKey,
  InvalidStorageKeyError,
  type DocumentStorage,
} from "@/lib/documents/storage";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

// ---------------------------------------------------------------------------------------------------
// A stand-in for UploadThing on localhost, speaking the wire format its server SDK (UTApi) uses:
// - ingest: PUT <ingestUrl>/<fileKey>?expires&x-ut-*&signature, multipart body with "file";
// - file CDN: GET http://<ufsHost>/a/<appId>/<fileKey or customId>?expires&signature;
// - API: POST <apiUrl>/v6/deleteFiles with the x-uploadthing-api-key header.
// Every URL signature is checked the way UploadThing checks it: HMAC-SHA256 of the URL before
// "&signature=", keyed with the API key, and an expiry in the future.

const API_KEY = "sk_test_standin_0123456789abcdef";
const APP_ID = "standinapp";
const TOKEN = Buffer.from(JSON.stringify({ apiKey: API_KEY, appId: APP_ID, regions: ["test1"] })).toString("base64");

type StoredFile = {
  fileKey: string;
  customId: string | null;
  name: string;
  type: string;
  bytes: Uint8Array;
  acl: string | null;
  contentDisposition: string | null;
};
type Request = { method: string; path: string };

type StandIn = {
  origin: string;
  host: string;
  files: Map<string, StoredFile>;
  requests: Request[];
  /** The next ingest answers this status instead of storing the file. */
  failNextIngestWith: number | null;
  close: () => Promise<void>;
};

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function hasValidSignature(url: URL): boolean {
  const href = url.href;
  const marker = href.lastIndexOf("&signature=");
  const signature = url.searchParams.get("signature") ?? "";
  const expires = Number(url.searchParams.get("expires"));
  if (marker === -1 || !signature.startsWith("hmac-sha256=") || !(expires > Date.now())) return false;
  const expected = createHmac("sha256", API_KEY).update(href.slice(0, marker)).digest();
  const given = Buffer.from(signature.slice("hmac-sha256=".length), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** Query values the SDK encodes once itself, before URLSearchParams encodes them again. */
function doublyEncodedParam(url: URL, name: string): string | null {
  const value = url.searchParams.get(name);
  return value === null ? null : decodeURIComponent(value);
}

async function ingest(standIn: StandIn, url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!hasValidSignature(url) || url.searchParams.get("x-ut-identifier") !== APP_ID)
    return sendJson(response, 403, { error: "Invalid signature" });
  if (standIn.failNextIngestWith) {
    const status = standIn.failNextIngestWith;
    standIn.failNextIngestWith = null;
    return sendJson(response, status, { error: "Ingest unavailable" });
  }
  const body = await readBody(request);
  const form = await new Response(new Uint8Array(body), {
    headers: { "content-type": request.headers["content-type"] ?? "" },
  }).formData();
  const file = form.get("file");
  if (!(file instanceof Blob)) return sendJson(response, 400, { error: "No file" });
  const fileKey = url.pathname.split("/").pop() ?? "";
  const stored: StoredFile = {
    fileKey,
    customId: doublyEncodedParam(url, "x-ut-custom-id"),
    name: doublyEncodedParam(url, "x-ut-file-name") ?? "",
    type: file.type,
    bytes: new Uint8Array(await file.arrayBuffer()),
    acl: doublyEncodedParam(url, "x-ut-acl"),
    contentDisposition: doublyEncodedParam(url, "x-ut-content-disposition"),
  };
  standIn.files.set(fileKey, stored);
  const ufsUrl = `http://${standIn.host}/a/${APP_ID}/${fileKey}`;
  sendJson(response, 200, { url: ufsUrl, appUrl: ufsUrl, ufsUrl, fileHash: "standin-hash" });
}

function serveFile(standIn: StandIn, url: URL, response: ServerResponse): void {
  const [, , appId, id] = url.pathname.split("/");
  if (appId !== APP_ID || !hasValidSignature(url)) return sendJson(response, 403, { error: "Forbidden" });
  const file = [...standIn.files.values()].find((candidate) => candidate.fileKey === id || candidate.customId === id);
  if (!file) return sendJson(response, 404, { error: "Not found" });
  response.writeHead(200, { "content-type": file.type }).end(file.bytes);
}

async function deleteFiles(standIn: StandIn, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.headers["x-uploadthing-api-key"] !== API_KEY)
    return sendJson(response, 401, { error: "Invalid API key" });
  const body = JSON.parse((await readBody(request)).toString("utf8")) as { fileKeys?: string[]; customIds?: string[] };
  let deletedCount = 0;
  for (const file of [...standIn.files.values()]) {
    if (body.fileKeys?.includes(file.fileKey) || (file.customId && body.customIds?.includes(file.customId))) {
      standIn.files.delete(file.fileKey);
      deletedCount += 1;
    }
  }
  sendJson(response, 200, { success: true, deletedCount });
}

async function startStandIn(): Promise<StandIn> {
  const standIn: StandIn = {
    origin: "",
    host: "",
    files: new Map(),
    requests: [],
    failNextIngestWith: null,
    close: async () => {},
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`);
    standIn.requests.push({ method: request.method ?? "", path: url.pathname });
    const route = `${request.method} ${url.pathname.split("/")[1] ?? ""}`;
    const handled =
      route === "PUT ingest"
        ? ingest(standIn, url, request, response)
        : route === "GET a"
          ? Promise.resolve(serveFile(standIn, url, response))
          : request.method === "POST" && url.pathname === "/v6/deleteFiles"
            ? deleteFiles(standIn, request, response)
            : Promise.resolve(sendJson(response, 404, { error: `No route ${route}` }));
    handled.catch((error: unknown) => sendJson(response, 500, { error: String(error) }));
  });
  // "localhost": the SDK speaks plain HTTP to a file host whose name contains "local".
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  standIn.host = `localhost:${port}`;
  standIn.origin = `http://localhost:${port}`;
  standIn.close = () => new Promise((resolve) => server.close(() => resolve()));
  return standIn;
}

// ---------------------------------------------------------------------------------------------------

const PNG_1X1 = new Uint8Array(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAADElEQVQImWP4//8/AAX+Av5Y8msOAAAAAElFTkSuQmCC",
    "base64",
  ),
);

let standIn: StandIn;
let storage: DocumentStorage;

function uploadThingStorage(token = TOKEN): DocumentStorage {
  return createDocumentStorage(
    { uploadThingToken: token, uploadsDir: "/nonexistent/never-used" },
    { apiUrl: standIn.origin, ingestUrl: `${standIn.origin}/ingest`, ufsHost: standIn.host, ufsAppIdLocation: "path" },
  );
}

beforeAll(async () => {
  standIn = await startStandIn();
  storage = uploadThingStorage();
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(() => {
  standIn.files.clear();
  standIn.requests.length = 0;
});

describe("UploadThingStorage (UTApi against a local stand-in)", () => {
  it("is the storage chosen when a token is configured", () => {
    expect(storage.kind).toBe("uploadthing");
  });

  it("uploads the bytes privately, named by our key only, and reads them back through a signed URL", async () => {
    const key = generateStorageKey();
    await storage.put(key, PNG_1X1, "image/png");

    const [file] = [...standIn.files.values()];
    expect(file).toMatchObject({
      customId: key,
      name: key,
      type: "image/png",
      acl: "private",
      contentDisposition: "attachment",
    });
    expect(file?.bytes).toEqual(PNG_1X1);

    expect(await storage.get(key)).toEqual(PNG_1X1);
    expect(standIn.requests.map((request) => request.method)).toEqual(["PUT", "GET"]);
  });

  it("answers null for a key UploadThing does not have", async () => {
    expect(await storage.get(generateStorageKey())).toBeNull();
  });

  it("deletes by our key", async () => {
    const key = generateStorageKey();
    await storage.put(key, PNG_1X1, "image/png");
    await storage.delete(key);
    expect(standIn.files.size).toBe(0);
    expect(await storage.get(key)).toBeNull();
  });

  it("fails the upload when UploadThing refuses it", async () => {
    standIn.failNextIngestWith = 503;
    await expect(storage.put(generateStorageKey(), PNG_1X1, "image/png")).rejects.toThrow(
      /UploadThing refused the upload/,
    );
    expect(standIn.files.size).toBe(0);
  });

  it("is refused by UploadThing when signed with another API key", async () => {
    const wrongKey = Buffer.from(
      JSON.stringify({ apiKey: "sk_test_wrong", appId: APP_ID, regions: ["test1"] }),
    ).toString("base64");
    await expect(uploadThingStorage(wrongKey).put(generateStorageKey(), PNG_1X1, "image/png")).rejects.toThrow(
      /UploadThing refused the upload/,
    );
    await expect(uploadThingStorage(wrongKey).delete(generateStorageKey())).rejects.toThrow();
  });

  it("refuses a key that is not ours before any request", async () => {
    await expect(storage.put("../../etc/passwd", PNG_1X1, "image/png")).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.get("../../etc/passwd")).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.delete("x")).rejects.toThrow(InvalidStorageKeyError);
    expect(standIn.requests).toEqual([]);
  });
});

describe("the document service on UploadThing", () => {
  let database: TestDatabase;
  const marie = demoSession("marie.tremblay@example.com");
  const john = demoSession("john.smith@example.com");

  beforeAll(async () => {
    database = await openFreshTestDatabase();
    await seedDemoData(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  it("stores, serves only to the owner, and deletes, exactly as with the local folder", async () => {
    const stored = await storeDocument(
      { owner: marie, file: { name: "photo.pdf", type: "application/pdf", bytes: PNG_1X1 } },
      { storage },
    );
    if (!stored.ok) throw new Error(stored.code);
    expect(stored.document).toMatchObject({ name: "photo.png", mimeType: "image/png" });
    const { storageKey } = await database.db.document.findUniqueOrThrow({ where: { id: stored.document.id } });
    expect([...standIn.files.values()].map((file) => file.customId)).toEqual([storageKey]);

    expect(await getDocumentForDownload(marie, stored.document.id, { storage })).toEqual({
      name: "photo.png",
      mimeType: "image/png",
      bytes: PNG_1X1,
    });
    expect(await getDocumentForDownload(john, stored.document.id, { storage })).toBeNull();

    expect(await deleteDocument(marie, stored.document.id, { storage })).toEqual({ ok: true });
    expect(standIn.files.size).toBe(0);
  });

  it("sends nothing to UploadThing for a refused file", async () => {
    const html = new Uint8Array(Buffer.from("<html><script>alert(1)</script></html>"));
    expect(
      await storeDocument({ owner: marie, file: { name: "x.png", type: "image/png", bytes: html } }, { storage }),
    ).toEqual({ ok: false, code: "fileTypeNotAllowed" });
    expect(standIn.requests).toEqual([]);
  });
});
