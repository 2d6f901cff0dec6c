import "server-only";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { getConfig } from "@/lib/config";
import type { AppLocale } from "@/lib/i18n/routing";
import { toWinAnsi } from "@/lib/pdf/text";
import { formatMoment, formatMoney } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import type { OrderItem } from "./orders";

/**
 * The payment receipt, in the reader's language: one A4-sized page drawn with the standard PDF
 * fonts (nothing fetched or embedded), available again at any time from the application.
 */
export type ReceiptDetails = {
  fileNumber: string;
  kindTitle: string;
  reference: string;
  items: OrderItem[];
  totalCents: number;
  paidAt: Date;
  method: string;
  payer: string;
};

export async function renderReceiptPdf(receipt: ReceiptDetails, locale: AppLocale): Promise<Uint8Array> {
  const t = translatorFor(locale, "Receipt");
  const { branding } = getConfig();
  const money = (cents: number) => formatMoney(cents, locale);
  const paidAt = formatMoment(receipt.paidAt, locale);

  const pdf = await PDFDocument.create();
  pdf.setTitle(toWinAnsi(`${t("title")} ${receipt.reference}`));
  pdf.setLanguage(locale === "fr" ? "fr-CA" : "en-CA");
  const page = pdf.addPage([595, 842]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.1, 0.1, 0.1);
  let y = 780;
  const line = (text: string, options: { size?: number; font?: typeof regular; x?: number } = {}) => {
    page.drawText(toWinAnsi(text), {
      x: options.x ?? 56,
      y,
      size: options.size ?? 11,
      font: options.font ?? regular,
      color: ink,
    });
  };

  line(branding.commissionName[locale], { size: 14, font: bold });
  y -= 18;
  line(branding.portalName[locale]);
  y -= 48;
  line(t("title"), { size: 24, font: bold });
  y -= 40;
  const rows: Array<[string, string]> = [
    [t("fileNumber"), receipt.fileNumber],
    [t("reference"), receipt.reference],
    [t("paidOn"), paidAt],
    [t("method"), receipt.method],
    [t("payer"), receipt.payer],
  ];
  for (const [label, value] of rows) {
    line(label, { font: bold });
    line(value, { x: 230 });
    y -= 22;
  }
  y -= 18;
  page.drawLine({ start: { x: 56, y: y + 8 }, end: { x: 539, y: y + 8 }, thickness: 1, color: ink });
  y -= 14;
  for (const item of receipt.items) {
    line(
      item.quantity && item.quantity > 1 && item.unitCents
        ? t("itemTimes", { kind: receipt.kindTitle, quantity: item.quantity, unit: money(item.unitCents) })
        : item.termYears
          ? t("itemWithTerm", { kind: receipt.kindTitle, years: item.termYears })
          : receipt.kindTitle,
    );
    const amount = toWinAnsi(money(item.amountCents));
    page.drawText(amount, { x: 539 - regular.widthOfTextAtSize(amount, 11), y, size: 11, font: regular, color: ink });
    y -= 22;
  }
  page.drawLine({ start: { x: 56, y: y + 8 }, end: { x: 539, y: y + 8 }, thickness: 1, color: ink });
  y -= 14;
  line(t("total"), { font: bold, size: 13 });
  const total = toWinAnsi(money(receipt.totalCents));
  page.drawText(total, { x: 539 - bold.widthOfTextAtSize(total, 13), y, size: 13, font: bold, color: ink });
  y -= 48;
  line(t("nonRefundable"), { size: 10 });
  y -= 16;
  line(t("contact", { phone: branding.supportPhone, email: branding.supportEmail }), { size: 10 });
  return pdf.save();
}
