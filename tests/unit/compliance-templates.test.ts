import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  COMPLIANCE_PARAGRAPH_MAX_LENGTH,
  complianceTemplates,
  templateDocumentSchema,
} from "@/lib/licences/compliance-schemas";
import {
  complianceFileName,
  defaultDocumentLocale,
  documentLocale,
  documentParagraphs,
  normaliseParagraph,
  renderComplianceTemplate,
  type TemplateFacts,
} from "@/lib/licences/compliance-templates";

const facts: TemplateFacts = {
  number: "LSL-2025-000101",
  holder: "Bistro Le Cormoran inc.",
  date: "November 26, 2026",
  paragraph: "On November 20, 2026, minors were served on the patio.",
};

/** Text no template contains: where it lands shows where a placeholder is filled. */
const MARKER = "\u0001MARKER\u0001";

/** Strings an officer or a business name might hold, the template syntax among them. */
const userText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom(
    "{holder}",
    "{number} {date} {paragraph}",
    "'{'",
    "''",
    "{count, plural, one {#} other {#}}",
    "<script>alert(1)</script>",
    "&amp; &lt;b&gt;",
    "$& $1 $$",
    "l’établissement : « test »",
  ),
);

describe("renderComplianceTemplate", () => {
  it.each(complianceTemplates)("writes the %s with the licence, the holder, the date and the paragraph", (template) => {
    for (const locale of ["fr", "en"] as const) {
      const { title, body } = renderComplianceTemplate(template, locale, facts);
      expect(title).not.toBe("");
      for (const value of Object.values(facts)) expect(body).toContain(value);
      expect(body).not.toMatch(/[{}]/);
    }
  });

  it("writes a warning letter in English and in French", () => {
    const en = renderComplianceTemplate("warningLetter", "en", facts);
    expect(en.title).toBe("Warning letter");
    expect(en.body).toMatch(/^November 26, 2026\n\nBistro Le Cormoran inc.\nLicence LSL-2025-000101\n\n/);
    expect(en.body).toContain("This letter is a formal warning.");
    const fr = renderComplianceTemplate("warningLetter", "fr", { ...facts, date: "26 novembre 2026" });
    expect(fr.title).toBe("Lettre d’avertissement");
    expect(fr.body).toContain("Permis LSL-2025-000101");
    expect(fr.body).toContain("Les faits sont les suivants\u00a0:");
  });

  it("puts the officer's paragraph in as typed, trimmed, with Windows line breaks made plain", () => {
    const { body } = renderComplianceTemplate("inspectionResults", "en", {
      ...facts,
      paragraph: "\r\n  First finding.\r\n\r\nSecond finding.  \n",
    });
    expect(body).toContain(":\n\nFirst finding.\n\nSecond finding.\n\n");
  });

  it("never expands placeholders in what the officer typed, or in the holder's name", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...complianceTemplates),
        fc.constantFrom("fr" as const, "en" as const),
        userText,
        userText,
        (template, locale, paragraph, holder) => {
          const filled = renderComplianceTemplate(template, locale, { ...facts, paragraph, holder }).body;
          // The same document with markers in place of the user's text, the markers then replaced by it.
          const marked = renderComplianceTemplate(template, locale, {
            ...facts,
            paragraph: MARKER,
            holder: "\u0002",
          }).body;
          const expected = marked.split(MARKER).join(normaliseParagraph(paragraph)).split("\u0002").join(holder);
          expect(filled).toBe(expected);
        },
      ),
    );
  });
});

describe("defaultDocumentLocale", () => {
  it("is French without any linked account, or with as many of each language", () => {
    expect(defaultDocumentLocale([])).toBe("fr");
    expect(defaultDocumentLocale(["fr", "en"])).toBe("fr");
  });

  it("is the language most linked accounts use", () => {
    expect(defaultDocumentLocale(["en"])).toBe("en");
    expect(defaultDocumentLocale(["en", "fr", "en"])).toBe("en");
    expect(defaultDocumentLocale(["fr", "fr", "en"])).toBe("fr");
  });

  it("ignores what is not a language of the portal", () => {
    expect(defaultDocumentLocale(["de", "es", "en"])).toBe("en");
  });
});

describe("documentLocale", () => {
  it("is the language of the template the title comes from", () => {
    expect(documentLocale("Warning letter", "fr")).toBe("en");
    expect(documentLocale("Résultats d’inspection", "en")).toBe("fr");
  });

  it("is the reader's for any other title", () => {
    expect(documentLocale("Avis de conformité – affichage", "en")).toBe("en");
    expect(documentLocale("Inspection report (signed)", "fr")).toBe("fr");
  });
});

describe("documentParagraphs", () => {
  it("splits a text at blank lines, each paragraph into its lines", () => {
    expect(documentParagraphs("Date\n\nName\nLicence\n \nText.\r\n\r\n\n\nEnd")).toEqual([
      ["Date"],
      ["Name", "Licence"],
      ["Text."],
      ["End"],
    ]);
  });
});

describe("complianceFileName", () => {
  it("names the file after the licence and the title, in plain ASCII", () => {
    expect(complianceFileName("LSL-2025-000101", "Lettre d’avertissement")).toBe(
      "LSL-2025-000101-lettre-d-avertissement.pdf",
    );
    expect(complianceFileName("LSL-2025-000101", "Warning letter")).toBe("LSL-2025-000101-warning-letter.pdf");
  });

  it("keeps paths, quotes and line breaks out of any title", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (title) => {
        expect(complianceFileName("LSL-2025-000101", title)).toMatch(/^LSL-2025-000101(-[a-z0-9-]{1,60})?\.pdf$/);
      }),
    );
  });
});

describe("templateDocumentSchema", () => {
  const form = (paragraph: string) => ({ template: "warningLetter", language: "fr", paragraph });

  it("counts a line break as one character, however the browser sent it", () => {
    const typed = Array.from({ length: 40 }, (_, index) => `Constat ${index + 1} : capacité dépassée.`)
      .join("\n\n")
      .padEnd(COMPLIANCE_PARAGRAPH_MAX_LENGTH, ".");
    const sent = typed.replace(/\n/g, "\r\n");
    const parsed = templateDocumentSchema.safeParse(form(sent));
    expect(parsed.success && parsed.data.paragraph).toBe(typed);
  });

  it("refuses an empty paragraph, one too long, an unknown template or language", () => {
    for (const input of [
      form("  \r\n "),
      form("x".repeat(COMPLIANCE_PARAGRAPH_MAX_LENGTH + 1)),
      { ...form("x"), template: "toString" },
      { ...form("x"), language: "de" },
    ])
      expect(templateDocumentSchema.safeParse(input).success).toBe(false);
  });
});
