import "server-only";
import { PDFDocument, StandardFonts, degrees, rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import { create as createQrCode } from "qrcode";
import { getConfig } from "@/lib/config";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatCalendarDay, formatMoment } from "@/lib/i18n/format";
import { translatorFor, type TranslatorFor } from "@/lib/i18n/translator";
import type { LicenceDetails } from "./queries";
import { displayedLicenceStatus } from "./displayed-status";
import { drawWrappedText, wrapText, LINE_HEIGHT } from "@/lib/pdf/text";
import { addressLines } from "./printed-address";
import { printedDetails, type PrintedDetail } from "./printed-details";

/**
 * The printable certificate of a licence (SPEC §5.4): one Letter page in the holder's language,
 * drawn with the PDF standard fonts so nothing has to be embedded or fetched, and carrying a QR
 * code to the public verification page, where anyone can check that it is still in force.
 */

// ---------------------------------------------------------------------------------------------
// Addresses and links

/** The public page that confirms this licence, also encoded in the QR code. */
export function verificationUrl(number: string, locale: AppLocale): string {
  return `${getConfig().appUrl}/${locale}/verify?number=${encodeURIComponent(number)}`;
}

// ---------------------------------------------------------------------------------------------
// What the certificate says, independent of where it is drawn

type DetailRow = PrintedDetail;

type Translator = TranslatorFor;
type Area = NonNullable<LicenceDetails["premises"]>["areas"][number];

/** Past a handful, areas share wrapped lines, so a large premises still fits on the one page. */
const AREAS_ONE_PER_LINE = 6;

function areaLines(areas: Area[], t: Translator): string[] {
  const lines = areas.map((area) => t("Certificate.area", { name: area.name, capacity: area.capacity }));
  return lines.length > AREAS_ONE_PER_LINE ? [lines.join(" · ")] : lines;
}

type CertificateContent = {
  commission: string;
  portal: string;
  caption: string;
  title: string;
  numberLabel: string;
  number: string;
  /** Set when the licence is not in force: printed in a box above the details. */
  warning: string | null;
  /** Set with the warning: the status in large letters across the page, which no crop removes. */
  watermark: string | null;
  details: DetailRow[];
  verifyPrompt: string;
  verifyUrl: string;
  printedOn: string;
  registerNote: string;
};

/** Label and value rows, holder first; premises and areas only when the licence has them (a delivery licence may not). */
function detailRows(
  licence: LicenceDetails,
  status: LicenceDetails["status"],
  locale: AppLocale,
  t: Translator,
): DetailRow[] {
  const { entity, premises } = licence;
  return [
    { label: t("Certificate.holder"), lines: [entity.legalName] },
    ...(entity.operatingName ? [{ label: t("Certificate.operatingName"), lines: [entity.operatingName] }] : []),
    ...(premises
      ? [{ label: t("Certificate.premises"), lines: [premises.name, ...addressLines(premises.address)] }]
      : []),
    ...(premises && premises.areas.length > 0
      ? [{ label: t("Certificate.areas"), lines: areaLines(premises.areas, t) }]
      : []),
    ...printedDetails(licence.details, locale, t),
    ...(licence.termYears === null
      ? []
      : [{ label: t("Certificate.term"), lines: [t("Certificate.termYears", { years: licence.termYears })] }]),
    { label: t("Certificate.issuedOn"), lines: [formatCalendarDay(licence.issuedOn, locale)] },
    { label: t("Certificate.expiresOn"), lines: [formatCalendarDay(licence.expiresOn, locale)] },
    { label: t("Certificate.status"), lines: [t(`Terms.licenceStatuses.${status}`)] },
  ];
}

function describeCertificate(licence: LicenceDetails, locale: AppLocale, now: Date): CertificateContent {
  const t = translatorFor(locale);
  const { branding } = getConfig();
  const status = displayedLicenceStatus(licence, now);
  return {
    commission: branding.commissionName[locale],
    portal: branding.portalName[locale],
    caption: t("Certificate.caption"),
    title: t(`Terms.licenceKinds.${licence.kind}`),
    numberLabel: t("Certificate.numberLabel"),
    number: licence.number,
    warning:
      status === "active"
        ? null
        : t("Certificate.notInForce", {
            status,
            lastDay:
              status === "suspended" && licence.suspendedUntil
                ? formatCalendarDay(licence.suspendedUntil, locale)
                : "none",
          }),
    watermark: status === "active" ? null : t("Certificate.watermark", { status }),
    details: detailRows(licence, status, locale, t),
    verifyPrompt: t("Certificate.verifyPrompt"),
    verifyUrl: verificationUrl(licence.number, locale),
    printedOn: t("Certificate.printedOn", { date: formatMoment(now, locale) }),
    registerNote: t("Certificate.registerNote"),
  };
}

// ---------------------------------------------------------------------------------------------
// Drawing

/** US Letter, in points; margins leave room for printers that cannot print to the edge. */
const PAGE = { width: 612, height: 792, margin: 56 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const LABEL_WIDTH = 150;
const QR_SIZE = 96;

const colours = {
  ink: rgb(0.1, 0.1, 0.1),
  muted: rgb(0.35, 0.35, 0.35),
  rule: rgb(0.6, 0.6, 0.6),
  warning: rgb(0.7, 0.05, 0.05),
  warningBackground: rgb(1, 0.94, 0.94),
};

type Fonts = { regular: PDFFont; bold: PDFFont };
type TextStyle = { font: PDFFont; size: number; color?: RGB };

/** Text in the certificate's ink unless the style says otherwise. */
function drawLines(page: PDFPage, text: string, x: number, y: number, maxWidth: number, style: TextStyle): number {
  return drawWrappedText(page, text, x, y, maxWidth, { ...style, color: style.color ?? colours.ink });
}

function drawRule(page: PDFPage, y: number, thickness = 0.75) {
  page.drawLine({
    start: { x: PAGE.margin, y },
    end: { x: PAGE.width - PAGE.margin, y },
    thickness,
    color: colours.rule,
  });
}

function drawHeader(page: PDFPage, content: CertificateContent, fonts: Fonts, top: number): number {
  let y = drawLines(page, content.commission, PAGE.margin, top, CONTENT_WIDTH, { font: fonts.bold, size: 13 });
  y = drawLines(page, content.portal, PAGE.margin, y, CONTENT_WIDTH, {
    font: fonts.regular,
    size: 10,
    color: colours.muted,
  });
  drawRule(page, y - 6, 1.5);
  return y - 24;
}

function drawTitle(page: PDFPage, content: CertificateContent, fonts: Fonts, top: number): number {
  let y = drawLines(page, content.caption.toUpperCase(), PAGE.margin, top, CONTENT_WIDTH, {
    font: fonts.bold,
    size: 10,
    color: colours.muted,
  });
  y = drawLines(page, content.title, PAGE.margin, y - 2, CONTENT_WIDTH, { font: fonts.bold, size: 24 });
  y = drawLines(page, content.numberLabel, PAGE.margin, y - 10, CONTENT_WIDTH, {
    font: fonts.regular,
    size: 10,
    color: colours.muted,
  });
  return drawLines(page, content.number, PAGE.margin, y, CONTENT_WIDTH, { font: fonts.bold, size: 28 }) - 12;
}

/** A red-bordered box, so a licence that is not in force cannot be mistaken for one that is. */
function drawWarning(page: PDFPage, warning: string, fonts: Fonts, top: number): number {
  const padding = 10;
  const style = { font: fonts.bold, size: 12, color: colours.warning };
  const lines = wrapText(warning, style, CONTENT_WIDTH - 2 * padding);
  // The last line needs no spacing below it: only the padding.
  const height = (lines.length - 1) * style.size * LINE_HEIGHT + style.size + 2 * padding;
  page.drawRectangle({
    x: PAGE.margin,
    y: top - height,
    width: CONTENT_WIDTH,
    height,
    color: colours.warningBackground,
    borderColor: colours.warning,
    borderWidth: 2,
  });
  drawLines(page, warning, PAGE.margin + padding, top - padding, CONTENT_WIDTH - 2 * padding, style);
  return top - height - 16;
}

/**
 * The status across the page, pale enough to read the details through it. A certificate of a
 * licence not in force is still printed — the holder's record of what was issued, with its status —
 * but no part of the page can be cut out and shown as a licence in force.
 */
function drawWatermark(page: PDFPage, watermark: string, fonts: Fonts) {
  const size = 72;
  const width = fonts.bold.widthOfTextAtSize(watermark, size);
  const scale = Math.min(1, (PAGE.height - 2 * PAGE.margin) / width);
  const angle = 55;
  const radians = (angle * Math.PI) / 180;
  const drawn = size * scale;
  const length = width * scale;
  page.drawText(watermark, {
    x: PAGE.width / 2 - (length / 2) * Math.cos(radians) + (drawn / 2) * Math.sin(radians),
    y: PAGE.height / 2 - (length / 2) * Math.sin(radians) - (drawn / 2) * Math.cos(radians),
    size: drawn,
    font: fonts.bold,
    color: colours.warning,
    opacity: 0.12,
    rotate: degrees(angle),
  });
}

/** Font sizes tried for the details, largest first, until they fit above the verification block. */
const SMALLEST_DETAIL_SIZE = 7;
const DETAIL_SIZES = [11, 10, 9, 8, SMALLEST_DETAIL_SIZE];
/** The details stop this far above the QR code block at the bottom of the page. */
const DETAILS_BOTTOM = PAGE.margin + 24 + QR_SIZE + 16;

type RowStyle = { label: TextStyle; value: TextStyle; gap: number };

function rowStyle(fonts: Fonts, size: number): RowStyle {
  return { label: { font: fonts.bold, size: size - 0.5 }, value: { font: fonts.regular, size }, gap: size - 1 };
}

/** A row's height: its label or its value lines, whichever runs longer, then the gap to the next rule. */
function rowHeight(row: DetailRow, style: RowStyle): number {
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH;
  const labelHeight = wrapText(row.label, style.label, LABEL_WIDTH - 12).length * style.label.size * LINE_HEIGHT;
  const valueLines = row.lines.reduce((count, line) => count + wrapText(line, style.value, valueWidth).length, 0);
  return Math.max(labelHeight, valueLines * style.value.size * LINE_HEIGHT) + style.gap;
}

/**
 * The largest size at which every row fits on the page: long legal names or many licensed areas
 * shrink the details rather than push them under the QR code.
 */
function fittingRowStyle(rows: DetailRow[], fonts: Fonts, top: number): RowStyle {
  const fits = (style: RowStyle) =>
    rows.reduce((height, row) => height + rowHeight(row, style), 0) <= top - DETAILS_BOTTOM;
  const styles = DETAIL_SIZES.map((size) => rowStyle(fonts, size));
  return styles.find(fits) ?? rowStyle(fonts, SMALLEST_DETAIL_SIZE);
}

function drawDetails(page: PDFPage, rows: DetailRow[], fonts: Fonts, top: number) {
  const style = fittingRowStyle(rows, fonts, top);
  const valueX = PAGE.margin + LABEL_WIDTH;
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH;
  let y = top;
  for (const row of rows) {
    drawRule(page, y + 6, 0.5);
    drawLines(page, row.label, PAGE.margin, y, LABEL_WIDTH - 12, style.label);
    let valueY = y;
    for (const line of row.lines) valueY = drawLines(page, line, valueX, valueY, valueWidth, style.value);
    y -= rowHeight(row, style);
  }
  drawRule(page, y + 6, 0.5);
}

/** The QR code as vector squares (one rectangle per run of dark modules), sharp at any print size. */
function drawQrCode(page: PDFPage, url: string, x: number, y: number, size: number) {
  const { modules } = createQrCode(url, { errorCorrectionLevel: "M" });
  const moduleSize = size / modules.size;
  for (let row = 0; row < modules.size; row += 1) {
    let runStart = -1;
    for (let column = 0; column <= modules.size; column += 1) {
      const isDark = column < modules.size && modules.get(row, column) === 1;
      if (isDark && runStart < 0) runStart = column;
      if (!isDark && runStart >= 0) {
        page.drawRectangle({
          x: x + runStart * moduleSize,
          y: y + size - (row + 1) * moduleSize,
          width: (column - runStart) * moduleSize,
          height: moduleSize,
          color: rgb(0, 0, 0),
        });
        runStart = -1;
      }
    }
  }
}

/** Bottom of the page: QR code, the verification link in words, when it was printed. */
function drawVerification(page: PDFPage, content: CertificateContent, fonts: Fonts) {
  const bottom = PAGE.margin + 24;
  drawQrCode(page, content.verifyUrl, PAGE.margin, bottom, QR_SIZE);
  const textX = PAGE.margin + QR_SIZE + 18;
  const textWidth = PAGE.width - PAGE.margin - textX;
  let y = drawLines(page, content.verifyPrompt, textX, bottom + QR_SIZE, textWidth, { font: fonts.regular, size: 10 });
  y = drawLines(page, content.verifyUrl, textX, y, textWidth, { font: fonts.bold, size: 10 });
  drawLines(page, content.printedOn, textX, y - 8, textWidth, { font: fonts.regular, size: 9, color: colours.muted });
  drawRule(page, bottom - 8, 0.5);
  drawLines(page, content.registerNote, PAGE.margin, bottom - 14, CONTENT_WIDTH, {
    font: fonts.regular,
    size: 8,
    color: colours.muted,
  });
}

function setMetadata(pdf: PDFDocument, content: CertificateContent, locale: AppLocale, now: Date) {
  const t = translatorFor(locale);
  // Metadata strings are UTF-16 in the file: unlike the page's text, they need no WinAnsi filtering.
  pdf.setTitle(t("Certificate.documentTitle", { kind: content.title, number: content.number }), {
    showInWindowTitleBar: true,
  });
  pdf.setLanguage(`${locale}-CA`);
  pdf.setAuthor(content.commission);
  pdf.setCreator(content.portal);
  pdf.setProducer(content.portal);
  pdf.setSubject(content.caption);
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
}

/** The certificate of a licence the caller may already see (getLicence decides who), as PDF bytes. */
export async function renderCertificatePdf(licence: LicenceDetails, locale: AppLocale, now: Date): Promise<Uint8Array> {
  const content = describeCertificate(licence, locale, now);
  const pdf = await PDFDocument.create();
  setMetadata(pdf, content, locale, now);
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const page = pdf.addPage([PAGE.width, PAGE.height]);

  let y = drawHeader(page, content, fonts, PAGE.height - PAGE.margin);
  y = drawTitle(page, content, fonts, y);
  if (content.warning) y = drawWarning(page, content.warning, fonts, y);
  drawDetails(page, content.details, fonts, y);
  if (content.watermark) drawWatermark(page, content.watermark, fonts);
  drawVerification(page, content, fonts);
  return pdf.save();
}
