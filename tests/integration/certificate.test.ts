import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from "pdf-lib";
import { seedDemoData } from "@/prisma/seed/demo-data";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { getLicence, type LicenceDetails } from "@/lib/licences/queries";
import { renderCertificatePdf } from "@/lib/licences/certificate";
import { GET } from "@/app/api/licences/[id]/certificate/route";
import { demoSession } from "./fixtures";
import { openFreshTestDatabase, type TestDatabase } from "./database";

/** The session the route handler sees: it reads it through getCurrentUser. */
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: vi.fn(async () => null) };
});

const now = new Date("2026-11-26T15:00:00Z");
let database: TestDatabase;

const sessionOf = demoSession;
const marie = sessionOf("marie.tremblay@example.com");
const john = sessionOf("john.smith@example.com");
const service = sessionOf("service@example.com");

/** Demo licences: Marie's entity (Le Cormoran) and John's (The Harbour Room). */
const CORMORAN_ACTIVE = "13000000-0000-4000-8000-000000000001";
const HARBOUR_EXPIRED = "13000000-0000-4000-8000-000000000011";
const HARBOUR_SUSPENDED = "13000000-0000-4000-8000-000000000012";

function signedInAs(user: SessionUser | null) {
  vi.mocked(getCurrentUser).mockResolvedValue(user);
}

async function licenceAsStaff(id: string): Promise<LicenceDetails> {
  const licence = await getLicence(service, id);
  if (!licence) throw new Error(`no licence ${id}`);
  return licence;
}

/** Windows-1252's 0x80–0x9F (Node's TextDecoder reads them as Latin-1 control characters). */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWinAnsi(bytes: Buffer): string {
  return Array.from(bytes, (byte) =>
    byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte),
  ).join("");
}

/** Content streams are Flate-compressed: inflate them and read back every string drawn with Tj. */
async function textOf(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const contents = pdf.getPage(0).node.Contents();
  // The page's content is an array of references to streams, or a single stream.
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  const drawn: string[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    const operators = new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode());
    for (const match of operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      drawn.push(decodeWinAnsi(Buffer.from(match[1] ?? "", "hex")));
    }
  }
  // Wrapped lines are separate strings: joined with spaces, a sentence reads as one again.
  return drawn.join(" ").replace(/\u00a0/g, " ");
}

const longDate = (date: Date, locale: "fr" | "en") =>
  new Intl.DateTimeFormat(`${locale}-CA`, { dateStyle: "long", timeZone: "UTC" }).format(date);

function request(id: string, query = ""): [Request, { params: Promise<{ id: string }> }] {
  return [
    new Request(`http://localhost:3000/api/licences/${id}/certificate${query}`),
    { params: Promise.resolve({ id }) },
  ];
}

beforeAll(async () => {
  database = await openFreshTestDatabase();
  await seedDemoData(database.db, now);
});
afterAll(async () => {
  await database.close();
});
beforeEach(() => {
  signedInAs(null);
});

describe("renderCertificatePdf", () => {
  it.each(["fr", "en"] as const)("makes a one-page PDF in %s titled with the licence number", async (locale) => {
    const bytes = await renderCertificatePdf(await licenceAsStaff(CORMORAN_ACTIVE), locale, now);
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toContain("LSL-2025-000101");
  });

  it("writes the French certificate in French", async () => {
    const licence = await licenceAsStaff(CORMORAN_ACTIVE);
    const text = await textOf(await renderCertificatePdf(licence, "fr", now));
    expect(text).toContain("LSL-2025-000101");
    expect(text).toContain("Permis de vente d’alcool");
    expect(text).toContain("Bistro Le Cormoran inc.");
    expect(text).toContain("123, rue Principale");
    expect(text).toContain("Terrasse – capacité de 24 personnes");
    expect(text).toContain(`Expire le ${longDate(licence.expiresOn, "fr")}`);
    expect(longDate(licence.expiresOn, "fr")).toMatch(/^\d{1,2} [a-zéû]+ \d{4}$/);
    expect(text).toContain("Actif");
    expect(text).toContain("Imprimé le 26 novembre 2026 à 10 h 00");
    expect(text).toContain("http://localhost:3000/fr/verify?number=LSL-2025-000101");
    expect(text).not.toContain("n’autorise aucune vente");
  });

  it("writes the English certificate in English", async () => {
    const licence = await licenceAsStaff(CORMORAN_ACTIVE);
    const text = await textOf(await renderCertificatePdf(licence, "en", now));
    expect(text).toContain("Liquor sales licence");
    expect(text).toContain(`Expires on ${longDate(licence.expiresOn, "en")}`);
    expect(longDate(licence.expiresOn, "en")).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    expect(text).toContain("Salle à manger – capacity of 60 people");
    expect(text).toContain("Printed on November 26, 2026");
    expect(text).toContain("http://localhost:3000/en/verify?number=LSL-2025-000101");
  });

  it("says plainly that an expired or suspended licence authorizes no sale", async () => {
    const expired = await textOf(await renderCertificatePdf(await licenceAsStaff(HARBOUR_EXPIRED), "en", now));
    expect(expired).toContain("This licence has expired: it does not authorize any sale");
    const suspended = await textOf(await renderCertificatePdf(await licenceAsStaff(HARBOUR_SUSPENDED), "fr", now));
    expect(suspended).toContain("Ce permis est suspendu : il n’autorise aucune vente");
  });

  it("treats an active licence past its expiry date as expired, even before the nightly job", async () => {
    const licence = await licenceAsStaff(CORMORAN_ACTIVE);
    const later = new Date(licence.expiresOn.getTime() + 3 * 86_400_000);
    const text = await textOf(await renderCertificatePdf(licence, "en", later));
    expect(text).toContain("This licence has expired");
    expect(text).toContain("Status Expired");
  });

  it("keeps a premises with many licensed areas on one page, every area listed", async () => {
    const licence = await licenceAsStaff(CORMORAN_ACTIVE);
    const premises = licence.premises;
    if (!premises) throw new Error("the demo licence has premises");
    const areas = Array.from({ length: 14 }, (_, index) => ({
      id: `area-${index}`,
      name: `Salle ${index + 1}`,
      indoor: true,
      floor: "Rez-de-chaussée",
      capacity: 10 + index,
    }));
    const bytes = await renderCertificatePdf({ ...licence, premises: { ...premises, areas } }, "fr", now);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    const text = await textOf(bytes);
    for (const area of areas) expect(text).toContain(`${area.name} – capacité de ${area.capacity} personnes`);
  });

  it("draws names that the standard fonts cannot encode without failing", async () => {
    const licence = await licenceAsStaff(CORMORAN_ACTIVE);
    const odd = { ...licence, entity: { ...licence.entity, legalName: "Café 東京 🍣 inc.", operatingName: null } };
    const text = await textOf(await renderCertificatePdf(odd, "fr", now));
    expect(text).toContain("Café");
    expect(text).toContain("inc.");
  });
});

describe("GET /api/licences/[id]/certificate", () => {
  it("answers 404 without a session, revealing nothing", async () => {
    const response = await GET(...request(CORMORAN_ACTIVE));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).not.toContain("pdf");
  });

  it("answers 404 to an applicant whose account is not linked to the licence's entity", async () => {
    signedInAs(john);
    expect((await GET(...request(CORMORAN_ACTIVE))).status).toBe(404);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    signedInAs(marie);
    expect((await GET(...request("13000000-0000-4000-8000-00000000ffff"))).status).toBe(404);
    expect((await GET(...request("not-a-uuid"))).status).toBe(404);
    expect((await GET(...request("../../etc/passwd"))).status).toBe(404);
  });

  it("gives a linked applicant the PDF, inline, never cached, in her own language", async () => {
    signedInAs(marie);
    const response = await GET(...request(CORMORAN_ACTIVE));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `inline; filename="LSL-2025-000101.pdf"; filename*=UTF-8''LSL-2025-000101.pdf`,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(await textOf(bytes)).toContain("Permis de vente d’alcool");
  });

  it("switches the language with ?lang=, and ignores a language it does not offer", async () => {
    signedInAs(marie);
    const english = await textOf(
      new Uint8Array(await (await GET(...request(CORMORAN_ACTIVE, "?lang=en"))).arrayBuffer()),
    );
    expect(english).toContain("Liquor sales licence");
    const unknown = await textOf(
      new Uint8Array(await (await GET(...request(CORMORAN_ACTIVE, "?lang=de"))).arrayBuffer()),
    );
    expect(unknown).toContain("Permis de vente d’alcool");
  });

  it("lets staff print any licence", async () => {
    signedInAs(service);
    for (const id of [CORMORAN_ACTIVE, HARBOUR_EXPIRED]) {
      const response = await GET(...request(id));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
    }
  });

  it("stops printing once the applicant's link is revoked", async () => {
    const link = await database.db.accountLink.findFirstOrThrow({ where: { userId: john.id } });
    signedInAs(john);
    expect((await GET(...request(HARBOUR_SUSPENDED))).status).toBe(200);
    await database.db.accountLink.update({ where: { id: link.id }, data: { revokedAt: now } });
    try {
      expect((await GET(...request(HARBOUR_SUSPENDED))).status).toBe(404);
    } finally {
      await database.db.accountLink.update({ where: { id: link.id }, data: { revokedAt: null } });
    }
  });
});
