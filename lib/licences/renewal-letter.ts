import "server-only";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { getDb } from "@/lib/db/client";
import { getConfig } from "@/lib/config";
import { createAccessCode } from "@/lib/access-codes/codes";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/http/ids";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatCalendarDay, formatCommissionDay } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import { drawWrappedText, LINE_HEIGHT, wrapText } from "@/lib/pdf/text";
import type { Ok, Refused } from "@/lib/result";
import { addressLines } from "./printed-address";
import { renewalState } from "./renewal-window";
import { renewalUnderReview, withRenewalFlag } from "./queries";

/**
 * The renewal letter (KINDS.md "Horse racing"): posted to a holder when their licence's renewal
 * window opens, it carries a new online access code, so someone who has never used the portal —
 * typically an individual horse-racing licensee, who has no officer on file to call in for a code
 * — can create an account, link their file and renew. Customer service prints it from the
 * holder's staff page; each letter issues its own code, audited like a code given by phone.
 */

/** The PDF, and what it says (the code among it) for the caller that needs more than the bytes. */
export type RenewalLetterResult =
  Ok<{ pdf: Uint8Array; number: string; letter: LetterContent }> | Refused<"notFound" | "notInWindow">;

export type LetterFacts = {
  holder: string;
  mailingAddress: unknown;
  kind: string;
  number: string;
  expiresOn: Date;
  code: string;
  codeExpiresAt: Date;
};

export type LetterContent = {
  commission: string;
  portal: string;
  date: string;
  recipient: string[];
  subject: string;
  paragraphs: string[];
  codeLabel: string;
  code: string;
  codeNote: string;
  closing: string[];
};

/** What the letter says, in the language it is printed in. */
export function describeRenewalLetter(facts: LetterFacts, locale: AppLocale, now: Date): LetterContent {
  const t = translatorFor(locale);
  const { branding, appUrl } = getConfig();
  const kind = t(`Terms.licenceKinds.${facts.kind}` as Parameters<typeof t>[0]);
  const expiresOn = formatCalendarDay(facts.expiresOn, locale);
  return {
    commission: branding.commissionName[locale],
    portal: branding.portalName[locale],
    date: formatCommissionDay(now, locale),
    recipient: [facts.holder, ...addressLines(facts.mailingAddress)],
    subject: t("RenewalLetter.subject", { kind, number: facts.number }),
    paragraphs: [
      t("RenewalLetter.greeting", { name: facts.holder }),
      t("RenewalLetter.expires", { kind, number: facts.number, date: expiresOn }),
      t("RenewalLetter.howTo", { url: `${appUrl}/${locale}` }),
    ],
    codeLabel: t("RenewalLetter.codeLabel"),
    code: facts.code,
    codeNote: t("RenewalLetter.codeNote", { date: formatCommissionDay(facts.codeExpiresAt, locale) }),
    closing: [
      t("RenewalLetter.late", { date: expiresOn, number: facts.number }),
      t("RenewalLetter.questions", { phone: branding.supportPhone }),
      branding.commissionName[locale],
    ],
  };
}

/**
 * Prints the letter for a licence inside its renewal window, with a new access code for the
 * holder's file. `isRenewable` says which kinds renew (the application kinds decide; passed in so
 * licences need not import them).
 */
export async function issueRenewalLetter(
  staff: SessionUser,
  licenceId: string,
  locale: AppLocale,
  isRenewable: (licenceKind: string) => boolean,
  now: Date = new Date(),
): Promise<RenewalLetterResult> {
  if (!can(staff.role, "issueAccessCodes") || !isUuid(licenceId)) return { ok: false, reason: "notFound" };
  const licence = await getDb().licence.findUnique({
    where: { id: licenceId },
    select: {
      id: true,
      number: true,
      kind: true,
      status: true,
      expiresOn: true,
      entity: { select: { id: true, legalName: true, mailingAddress: true } },
      ...renewalUnderReview,
    },
  });
  if (!licence) return { ok: false, reason: "notFound" };
  const window = renewalState({ ...withRenewalFlag(licence), renewable: isRenewable(licence.kind) }, now);
  if (window.state !== "open") return { ok: false, reason: "notInWindow" };

  const issued = await getDb().$transaction((tx) =>
    createAccessCode(
      tx,
      staff,
      {
        entityId: licence.entity.id,
        callerPersonId: null,
        callerName: licence.entity.legalName,
        verificationMethod: "renewal_letter",
        verificationNote: licence.number,
        auditDetails: { licenceId: licence.id, sentBy: "renewal_letter" },
      },
      now,
    ),
  );
  const letter = describeRenewalLetter(
    {
      holder: licence.entity.legalName,
      mailingAddress: licence.entity.mailingAddress,
      kind: licence.kind,
      number: licence.number,
      expiresOn: licence.expiresOn,
      code: issued.formatted,
      codeExpiresAt: issued.expiresAt,
    },
    locale,
    now,
  );
  return { ok: true, number: licence.number, letter, pdf: await renderRenewalLetterPdf(letter, locale, now) };
}

// ---------------------------------------------------------------------------------------------
// Drawing: one Letter page, standard fonts, the address placed for a windowed envelope.

const PAGE = { width: 612, height: 792, margin: 64 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const ink = rgb(0.1, 0.1, 0.1);
const muted = rgb(0.35, 0.35, 0.35);

type Fonts = { regular: PDFFont; bold: PDFFont };

function text(page: PDFPage, value: string, y: number, font: PDFFont, size: number, color = ink): number {
  return drawWrappedText(page, value, PAGE.margin, y, CONTENT_WIDTH, { font, size, color });
}

/** The code in a box, large, so it is copied without mistakes. */
function drawCodeBox(page: PDFPage, content: LetterContent, fonts: Fonts, top: number): number {
  const padding = 14;
  const inner = { x: PAGE.margin + padding, width: CONTENT_WIDTH - 2 * padding };
  const blocks = [
    { value: content.codeLabel, style: { font: fonts.bold, size: 10, color: muted } },
    { value: content.code, style: { font: fonts.bold, size: 22, color: ink } },
    { value: content.codeNote, style: { font: fonts.regular, size: 9, color: muted } },
  ];
  const height =
    blocks.reduce(
      (sum, block) => sum + wrapText(block.value, block.style, inner.width).length * block.style.size * LINE_HEIGHT,
      0,
    ) +
    2 * padding;
  page.drawRectangle({
    x: PAGE.margin,
    y: top - height,
    width: CONTENT_WIDTH,
    height,
    borderColor: ink,
    borderWidth: 1.5,
  });
  let y = top - padding;
  for (const block of blocks) y = drawWrappedText(page, block.value, inner.x, y, inner.width, block.style);
  return top - height - 18;
}

async function renderRenewalLetterPdf(content: LetterContent, locale: AppLocale, now: Date): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(content.subject, { showInWindowTitleBar: true });
  pdf.setLanguage(`${locale}-CA`);
  pdf.setAuthor(content.commission);
  pdf.setCreator(content.portal);
  pdf.setProducer(content.portal);
  pdf.setCreationDate(now);
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const page = pdf.addPage([PAGE.width, PAGE.height]);

  let y = text(page, content.commission, PAGE.height - PAGE.margin, fonts.bold, 13);
  y = text(page, content.portal, y, fonts.regular, 10, muted);
  y = text(page, content.date, y - 24, fonts.regular, 10.5);
  y -= 18;
  for (const line of content.recipient) y = text(page, line, y, fonts.regular, 10.5);
  y = text(page, content.subject, y - 28, fonts.bold, 13);
  for (const paragraph of content.paragraphs) y = text(page, paragraph, y - 10, fonts.regular, 10.5);
  y = drawCodeBox(page, content, fonts, y - 14);
  for (const paragraph of content.closing) y = text(page, paragraph, y - 8, fonts.regular, 10.5);
  return pdf.save();
}
