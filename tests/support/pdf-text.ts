import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from "pdf-lib";

/** Windows-1252's 0x80–0x9F (Node's TextDecoder reads them as Latin-1 control characters). */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWinAnsi(bytes: Buffer): string {
  return Array.from(bytes, (byte) =>
    byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte),
  ).join("");
}

/**
 * The text a PDF drawn by the portal (pdf-lib, standard fonts) shows, every page in order: its
 * Flate-compressed content streams inflated, every string drawn with Tj read back. Wrapped lines
 * are separate strings: joined with spaces, a sentence reads as one again.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const drawn: string[] = [];
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents();
    if (!contents) continue;
    // The page's content is an array of references to streams, or a single stream.
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      const operators = new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode());
      for (const match of operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
        drawn.push(decodeWinAnsi(Buffer.from(match[1] ?? "", "hex")));
    }
  }
  return drawn.join(" ").replace(/\u00a0/g, " ");
}
