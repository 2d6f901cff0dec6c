import type { PDFFont, PDFPage, RGB } from "pdf-lib";

/**
 * Text for PDFs drawn with the standard fonts (certificates, receipts): nothing to embed or fetch,
 * but only WinAnsi characters, and lines wrapped by hand.
 */

/** The characters Windows-1252 adds in 0x80–0x9F; with printable ASCII and Latin-1 they make WinAnsi. */
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function isWinAnsi(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(character);
}

/**
 * The standard PDF fonts only know WinAnsi, and pdf-lib throws on anything else. French
 * typography puts narrow no-break spaces before « : » and in numbers (Intl does too): they become
 * ordinary no-break spaces so lines still don't break there. Accents typed as combining marks are
 * composed first; whatever is still outside WinAnsi (emoji, other scripts) is dropped rather than
 * failing the whole certificate.
 */
export function toWinAnsi(text: string): string {
  const composed = text
    .normalize("NFC")
    .replace(/[\u202f\u2009]/g, "\u00a0")
    .replace(/[\t\n\r\u2000-\u2008\u200a\u205f\u3000]/g, " ");
  return Array.from(composed).filter(isWinAnsi).join("");
}

/** Splits text into lines no wider than `maxWidth`; a word wider than a whole line (a long URL) is cut. */
export function wrapText(text: string, style: { font: PDFFont; size: number }, maxWidth: number): string[] {
  const fits = (candidate: string) => style.font.widthOfTextAtSize(candidate, style.size) <= maxWidth;
  const lines: string[] = [];
  let current = "";
  for (const word of toWinAnsi(text).split(" ")) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = "";
    for (const character of fits(word) ? [word] : Array.from(word)) {
      if (current && !fits(current + character)) {
        lines.push(current);
        current = "";
      }
      current += character;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Line spacing as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;

/** Draws wrapped text from the top line at `y` downwards; returns the y below the last line. */
export function drawWrappedText(
  page: PDFPage,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  style: { font: PDFFont; size: number; color: RGB },
): number {
  const lineHeight = style.size * LINE_HEIGHT;
  let baseline = y;
  for (const line of wrapText(text, style, maxWidth)) {
    page.drawText(line, { x, y: baseline - style.size, size: style.size, font: style.font, color: style.color });
    baseline -= lineHeight;
  }
  return baseline;
}
