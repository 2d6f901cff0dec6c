import { describe, expect, it } from "vitest";
import {
  attachmentDisposition,
  canAddDocument,
  checkDocumentContent,
  cleanFileName,
  detectDocumentType,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENTS_PER_REQUIREMENT,
  safeDisplayName,
} from "@/lib/documents/rules";
import { generateStorageKey, isStorageKey } from "@/lib/documents/storage-key";

// ---------------------------------------------------------------------------------------------------
// Real byte samples.

const ascii = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));

/** A complete one-page PDF: header, catalog, pages, page, cross-reference table, trailer. */
function minimalPdf(): Uint8Array {
  const objects = [
    "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
    "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
    "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>\nendobj\n",
  ];
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets = objects.map((object) => {
    const offset = body.length;
    body += object;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 4\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(body);
}

/** A 1×1 white PNG and JPEG, as an image editor writes them. */
const PNG_1X1 = new Uint8Array(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAADElEQVQImWP4//8/AAX+Av5Y8msOAAAAAElFTkSuQmCC",
    "base64",
  ),
);
const JPEG_1X1 = new Uint8Array(
  Buffer.from(
    "/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKAAD//Z",
    "base64",
  ),
);

/** The start of a Linux executable (ELF) and of a Windows one (MZ … PE), whatever they are named. */
function elfExecutable(): Uint8Array {
  const bytes = new Uint8Array(128);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], 0);
  bytes.set([0x02, 0x00, 0x3e, 0x00], 16); // ET_EXEC, x86-64
  return bytes;
}

function windowsExecutable(): Uint8Array {
  const bytes = new Uint8Array(256);
  bytes.set(ascii("MZ"), 0);
  bytes.set([0x80, 0x00, 0x00, 0x00], 0x3c); // e_lfanew → the PE header at 0x80
  bytes.set(ascii("PE\0\0"), 0x80);
  return bytes;
}

const SVG = ascii(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><script>alert(1)</script></svg>',
);
const BARE_SVG = ascii('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>');
const HTML = ascii("<!DOCTYPE html><html><body><script>fetch('/api/documents')</script></body></html>");
/** A file that starts like a PDF's comment but is a page: only a real signature counts. */
const HTML_WITH_PDF_WORDS = ascii("<html><!-- %PDF-1.4 --><body>hello</body></html>");

// ---------------------------------------------------------------------------------------------------

describe("checkDocumentContent", () => {
  it("accepts a PDF, whatever its name says", async () => {
    expect(await checkDocumentContent(minimalPdf())).toEqual({
      ok: true,
      type: { mimeType: "application/pdf", extension: "pdf" },
    });
  });

  it("accepts a PNG image", async () => {
    expect(await checkDocumentContent(PNG_1X1)).toEqual({
      ok: true,
      type: { mimeType: "image/png", extension: "png" },
    });
  });

  it("accepts a JPEG photo", async () => {
    expect(await checkDocumentContent(JPEG_1X1)).toEqual({
      ok: true,
      type: { mimeType: "image/jpeg", extension: "jpg" },
    });
  });

  it("refuses an empty file", async () => {
    expect(await checkDocumentContent(new Uint8Array(0))).toEqual({ ok: false, code: "fileEmpty" });
  });

  it("refuses a file over the size limit, even a real PDF", async () => {
    const oversized = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    oversized.set(minimalPdf(), 0);
    expect(await checkDocumentContent(oversized)).toEqual({ ok: false, code: "fileTooLarge" });
  });

  it("accepts a file of exactly the size limit", async () => {
    const atLimit = new Uint8Array(MAX_DOCUMENT_BYTES);
    atLimit.set(minimalPdf(), 0);
    expect((await checkDocumentContent(atLimit)).ok).toBe(true);
  });

  it("refuses a Linux executable renamed to .pdf", async () => {
    expect(await checkDocumentContent(elfExecutable())).toEqual({ ok: false, code: "fileTypeNotAllowed" });
  });

  it("refuses a Windows executable renamed to .pdf", async () => {
    expect(await checkDocumentContent(windowsExecutable())).toEqual({ ok: false, code: "fileTypeNotAllowed" });
  });

  it("refuses an SVG named .png, scripted or not", async () => {
    expect(await checkDocumentContent(SVG)).toEqual({ ok: false, code: "fileTypeNotAllowed" });
    expect(await checkDocumentContent(BARE_SVG)).toEqual({ ok: false, code: "fileTypeNotAllowed" });
  });

  it("refuses an HTML page, even one mentioning %PDF", async () => {
    expect(await checkDocumentContent(HTML)).toEqual({ ok: false, code: "fileTypeNotAllowed" });
    expect(await checkDocumentContent(HTML_WITH_PDF_WORDS)).toEqual({ ok: false, code: "fileTypeNotAllowed" });
  });

  it("refuses plain text and random bytes", async () => {
    expect(await checkDocumentContent(ascii("Bonjour, voici mon plan d'étage."))).toEqual({
      ok: false,
      code: "fileTypeNotAllowed",
    });
    expect(await checkDocumentContent(new Uint8Array(64).fill(0x41))).toEqual({
      ok: false,
      code: "fileTypeNotAllowed",
    });
  });

  it("refuses other real image formats (GIF)", async () => {
    expect(await checkDocumentContent(ascii("GIF89a\x01\x00\x01\x00\x00\x00\x00;"))).toEqual({
      ok: false,
      code: "fileTypeNotAllowed",
    });
  });
});

describe("detectDocumentType", () => {
  it("reads the type from the signature, so a PDF's first bytes cut short are not enough", async () => {
    expect(await detectDocumentType(ascii("%PD"))).toBeNull();
  });
});

describe("canAddDocument", () => {
  it(`allows up to ${MAX_DOCUMENTS_PER_REQUIREMENT} documents per requirement`, () => {
    expect(canAddDocument(0)).toBe(true);
    expect(canAddDocument(MAX_DOCUMENTS_PER_REQUIREMENT - 1)).toBe(true);
  });

  it("refuses one more once the limit is reached", () => {
    expect(canAddDocument(MAX_DOCUMENTS_PER_REQUIREMENT)).toBe(false);
    expect(canAddDocument(MAX_DOCUMENTS_PER_REQUIREMENT + 3)).toBe(false);
  });
});

describe("safeDisplayName", () => {
  it("keeps a plain name with the detected extension", () => {
    expect(safeDisplayName("Plan d’étage.pdf", "pdf")).toBe("Plan d’étage.pdf");
  });

  it("replaces the claimed extension with the detected one", () => {
    expect(safeDisplayName("scan.exe", "pdf")).toBe("scan.pdf");
    expect(safeDisplayName("photo.PNG", "jpg")).toBe("photo.jpg");
    expect(safeDisplayName("invoice.pdf.exe", "pdf")).toBe("invoice.pdf.pdf");
  });

  it("adds the extension to a name without one, keeping version numbers", () => {
    expect(safeDisplayName("Statuts", "pdf")).toBe("Statuts.pdf");
    expect(safeDisplayName("Plan v2.1", "pdf")).toBe("Plan v2.1.pdf");
  });

  it("drops the folders a browser or a forged request sends", () => {
    expect(safeDisplayName("C:\\Users\\marie\\Documents\\bail.pdf", "pdf")).toBe("bail.pdf");
    expect(safeDisplayName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(safeDisplayName("/var/www/../../secret.png", "png")).toBe("secret.png");
  });

  it("drops control characters, line breaks and bidirectional overrides", () => {
    expect(safeDisplayName("bail\r\nSet-Cookie: x=1.pdf", "pdf")).toBe("bailSet-Cookie_ x=1.pdf");
    expect(safeDisplayName("cv\u202Efdp.exe", "pdf")).toBe("cvfdp.pdf");
    expect(safeDisplayName("a\u0000b\u200Bc.pdf", "pdf")).toBe("abc.pdf");
  });

  it("replaces characters file systems refuse", () => {
    expect(safeDisplayName('a<b>c:"d"|e?f*.pdf', "pdf")).toBe("a_b_c__d__e_f_.pdf");
  });

  it("names a document that has no usable name", () => {
    expect(safeDisplayName("", "pdf")).toBe("document.pdf");
    expect(safeDisplayName("...", "png")).toBe("document.png");
    expect(safeDisplayName("\u202E\u0007", "jpg")).toBe("document.jpg");
  });

  it(`caps the name at ${MAX_DISPLAY_NAME_LENGTH} characters, extension included, without splitting a character`, () => {
    const long = safeDisplayName(`${"é".repeat(300)}.pdf`, "pdf");
    expect(Array.from(long)).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
    expect(long.endsWith("é.pdf")).toBe(true);
    const emoji = safeDisplayName(`${"📄".repeat(200)}.pdf`, "pdf");
    expect(emoji.endsWith("📄.pdf")).toBe(true);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("composes accents the way macOS sends them decomposed", () => {
    expect(safeDisplayName("Re\u0301sume\u0301.pdf", "pdf")).toBe("Résumé.pdf");
  });
});

describe("cleanFileName", () => {
  it("trims spaces and dots around a name and folds runs of spaces", () => {
    expect(cleanFileName("  . mon   fichier .pdf . ")).toBe("mon fichier .pdf");
  });
});

describe("attachmentDisposition", () => {
  it("gives a plain ASCII name as a quoted filename only", () => {
    expect(attachmentDisposition("floor-plan.pdf")).toBe('attachment; filename="floor-plan.pdf"');
  });

  it("adds an RFC 5987 filename* for accented names, with an unaccented fallback", () => {
    expect(attachmentDisposition("Plan d'étage (v2).pdf")).toBe(
      "attachment; filename=\"Plan d'etage (v2).pdf\"; filename*=UTF-8''Plan%20d%27%C3%A9tage%20%28v2%29.pdf",
    );
  });

  it("encodes names with no ASCII equivalent", () => {
    expect(attachmentDisposition("計画.pdf")).toBe(
      "attachment; filename=\"__.pdf\"; filename*=UTF-8''%E8%A8%88%E7%94%BB.pdf",
    );
  });

  it("never lets a quote end the quoted name, nor a percent sign be decoded in it", () => {
    expect(attachmentDisposition('a"b%41.pdf')).toBe(
      "attachment; filename=\"a_b_41.pdf\"; filename*=UTF-8''a_b%2541.pdf",
    );
  });

  it("reads a backslash as a folder separator, never as an escape", () => {
    expect(attachmentDisposition('x\\"; filename="evil.html')).toBe(
      "attachment; filename=\"__ filename=_evil.html\"; filename*=UTF-8''_%3B%20filename%3D_evil.html",
    );
  });

  it("keeps line breaks out of the header, so no header can be injected", () => {
    const header = attachmentDisposition("bail.pdf\r\nContent-Type: text/html\r\n\r\n<script>");
    expect(header).not.toMatch(/[\r\n]/);
    expect(() => new Headers({ "Content-Disposition": header })).not.toThrow();
  });

  it("drops folders from the name", () => {
    expect(attachmentDisposition("../../../etc/passwd")).toBe('attachment; filename="passwd"');
    expect(attachmentDisposition("C:\\temp\\résumé.pdf")).toBe(
      "attachment; filename=\"resume.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf",
    );
  });

  it("names a download that has no usable name", () => {
    expect(attachmentDisposition("\r\n")).toBe('attachment; filename="document"');
  });

  it("produces only characters a header may carry", () => {
    for (const name of ["Ça coûte 5 $ — « reçu ».pdf", "emoji 📄.png", "tab\there.pdf", "nul\u0000.pdf"]) {
      expect(attachmentDisposition(name)).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe("storage keys", () => {
  it("are 128 random bits in hex, different each time", () => {
    const keys = new Set(Array.from({ length: 100 }, generateStorageKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(isStorageKey(key)).toBe(true);
  });

  it("refuse anything that could be a path or another kind of name", () => {
    for (const key of [
      "../../etc/passwd",
      "..",
      "",
      "ABCDEF0123456789ABCDEF0123456789",
      `${"a".repeat(31)}/`,
      "a".repeat(33),
      `${"a".repeat(31)}\n`,
    ]) {
      expect(isStorageKey(key)).toBe(false);
    }
  });
});
