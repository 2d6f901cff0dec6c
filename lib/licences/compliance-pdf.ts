import "server-only";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import { getConfig } from "@/lib/config";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatCommissionDay } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import { drawWrappedText, LINE_HEIGHT, wrapText } from "@/lib/pdf/text";
import { documentParagraphs } from "./compliance-templates";

/**
 * A compliance document written as text (from a template, or the demo data's) printed as a PDF when
 * it is downloaded: Letter pages in the document's language, standard fonts like the certificate
 * and the renewal letter, the Commission at the top, the licence and the date issued at every
 * page's foot (a letter from a template says them in its own words too). A long
 * paragraph runs on to the next page rather than off the bottom.
 */

export type TextDocument = { title: string; body: string; number: string; issuedAt: Date };

const PAGE = { width: 612, height: 792, margin: 64 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The body stops here; the foot line sits below it. */
const BODY_BOTTOM = PAGE.margin + 20;
const colours = { ink: rgb(0.1, 0.1, 0.1), muted: rgb(0.35, 0.35, 0.35), rule: rgb(0.6, 0.6, 0.6) };

type Style = { font: PDFFont; size: number; color: RGB };

/** Draws top to bottom, opening a new page when the next line would not fit. */
class Writer {
  readonly pages: PDFPage[] = [];
  private page: PDFPage;
  y = 0;

  constructor(private readonly pdf: PDFDocument) {
    this.page = this.newPage();
  }

  private newPage(): PDFPage {
    const page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.pages.push(page);
    this.y = PAGE.height - PAGE.margin;
    return page;
  }

  /** One block of text, wrapped; lines that do not fit go on the next page. */
  text(value: string, style: Style, spaceBefore = 0): void {
    const lineHeight = style.size * LINE_HEIGHT;
    this.y -= spaceBefore;
    for (const line of wrapText(value, style, CONTENT_WIDTH)) {
      if (this.y - lineHeight < BODY_BOTTOM) this.page = this.newPage();
      this.y = drawWrappedText(this.page, line, PAGE.margin, this.y, CONTENT_WIDTH, style);
    }
  }

  rule(spaceBefore: number): void {
    this.y -= spaceBefore;
    this.page.drawLine({
      start: { x: PAGE.margin, y: this.y },
      end: { x: PAGE.width - PAGE.margin, y: this.y },
      thickness: 1.5,
      color: colours.rule,
    });
  }
}

export async function renderComplianceDocumentPdf(document: TextDocument, locale: AppLocale): Promise<Uint8Array> {
  const t = translatorFor(locale, "ComplianceDocumentPdf");
  const { branding } = getConfig();
  const pdf = await PDFDocument.create();
  // Metadata strings are UTF-16 in the file: unlike the page's text, they need no WinAnsi filtering.
  pdf.setTitle(`${document.title} – ${document.number}`, { showInWindowTitleBar: true });
  pdf.setLanguage(`${locale}-CA`);
  pdf.setAuthor(branding.commissionName[locale]);
  pdf.setCreator(branding.portalName[locale]);
  pdf.setProducer(branding.portalName[locale]);
  pdf.setCreationDate(document.issuedAt);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const style = {
    commission: { font: bold, size: 13, color: colours.ink },
    portal: { font: regular, size: 10, color: colours.muted },
    title: { font: bold, size: 16, color: colours.ink },
    body: { font: regular, size: 10.5, color: colours.ink },
    foot: { font: regular, size: 8, color: colours.muted },
  };

  const writer = new Writer(pdf);
  writer.text(branding.commissionName[locale], style.commission);
  writer.text(branding.portalName[locale], style.portal);
  writer.rule(6);
  writer.text(document.title, style.title, 22);
  writer.y -= 4;
  for (const lines of documentParagraphs(document.body)) {
    writer.y -= 10;
    for (const line of lines) writer.text(line, style.body);
  }

  // Every page says which licence and which document it belongs to, and when it was issued.
  const pages = writer.pages.length;
  const issuedOn = formatCommissionDay(document.issuedAt, locale);
  writer.pages.forEach((page, index) => {
    const foot = t("foot", { number: document.number, date: issuedOn, page: index + 1, pages });
    drawWrappedText(page, foot, PAGE.margin, PAGE.margin, CONTENT_WIDTH, style.foot);
  });
  return pdf.save();
}
