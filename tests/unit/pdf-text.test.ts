import { describe, expect, it } from "vitest";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { toWinAnsi, wrapText } from "@/lib/pdf/text";

describe("toWinAnsi", () => {
  it("keeps French and English text as it is", () => {
    const text = "Permis de vente d’alcool – « Le Cormoran », Côté, Œuvre, 60 $, naïve, façade…";
    expect(toWinAnsi(text)).toBe(text);
  });

  it("turns the narrow and thin spaces of French typography into no-break spaces", () => {
    expect(toWinAnsi("Statut\u202f: actif")).toBe("Statut\u00a0: actif");
    expect(toWinAnsi("1\u2009000")).toBe("1\u00a0000");
    expect(toWinAnsi("«\u202fLe Cormoran\u202f»")).toBe("«\u00a0Le Cormoran\u00a0»");
  });

  it("composes accents typed as combining marks instead of dropping them", () => {
    expect(toWinAnsi("Cote\u0301 Rivie\u0300re")).toBe("Coté Rivière");
  });

  it("drops what the standard fonts cannot draw: emoji, other scripts, control characters", () => {
    expect(toWinAnsi("Bar 🍺 Le Phare")).toBe("Bar  Le Phare");
    expect(toWinAnsi("Café 東京")).toBe("Café ");
    expect(toWinAnsi("a\u0000b\u200bc\u007fd")).toBe("abcd");
  });

  it("makes line breaks and other spaces plain spaces", () => {
    expect(toWinAnsi("123, rue Principale\nOttawa\tON")).toBe("123, rue Principale Ottawa ON");
    expect(toWinAnsi("a\u2003b")).toBe("a b");
  });

  it("gives text that pdf-lib's standard fonts accept, whatever goes in", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const samples = [
      "Imprimé le 26 novembre 2026 à 14\u202fh\u202f05",
      "2:05\u202fp.m.",
      "Ж ✓ 🙂 \u{1F1E8}\u{1F1E6} é",
      "\u0000\uFFFD\uD800",
    ];
    for (const sample of samples) expect(() => font.encodeText(toWinAnsi(sample))).not.toThrow();
  });
});

describe("wrapText", () => {
  it("breaks between words to fit the width, and cuts a word longer than a whole line", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const style = { font, size: 10 };
    const width = font.widthOfTextAtSize("Salle à manger", 10);
    expect(wrapText("Salle à manger Terrasse", style, width)).toEqual(["Salle à manger", "Terrasse"]);
    const url = "http://localhost:3000/fr/verify?number=LSL-2025-000101";
    const lines = wrapText(url, style, width);
    expect(lines.join("")).toBe(url);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(width);
  });

  it("gives no line for empty text", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    expect(wrapText("", { font, size: 10 }, 100)).toEqual([]);
  });
});
