import { getConfig } from "@/lib/config";
import type { AppLocale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";

/**
 * The portal's e-mails, rendered from the `Emails` messages into a subject, a plain-text part and an
 * HTML part with the same content. Rendering happens when the e-mail is queued, so the outbox row holds
 * exactly what the recipient gets, and a change of wording never alters mail already on its way.
 */

export const emailTemplates = [
  "activation",
  "alreadyRegistered",
  "passwordReset",
  "passwordChanged",
  "inquiryReplied",
  "renewalReminder",
  "reportReminder",
  "disclosureRequest",
  "wireInstructions",
  "paymentConfirmed",
  "informationRequested",
  "applicationApproved",
  "applicationRefused",
  "licenceStatusChanged",
  "changeRequestReceived",
  "changeRequestApproved",
  "changeRequestRefused",
  "changeRequestAnswered",
  "complianceDocumentIssued",
] as const;
export type EmailTemplate = (typeof emailTemplates)[number];

/** `url` is the link the e-mail is about (activation, reset, sign-in, an inquiry), always an absolute portal URL. */
export type LinkValues = { name: string; url: string };

/** A licence about to expire; `expiresOn` is already formatted for the recipient's language. */
export type RenewalReminderValues = LinkValues & { number: string; expiresOn: string; daysLeft: number };

/** A report due after a licence's last day; `dueOn` is formatted; `daysLate` is 0 until it is overdue. */
export type ReportReminderValues = LinkValues & { number: string; dueOn: string; daysLate: number };

/**
 * An associated person, a premises manager or an associated entity asked for their disclosure;
 * `form` (person, premises_manager or entity) chooses the words; `expiresOn` is already formatted.
 */
export type DisclosureRequestValues = LinkValues & {
  applicant: string;
  fileNumber: string;
  expiresOn: string;
  form: string;
};

/** A wire or EFT to make: the amount (formatted), the reference to quote and the bank's details. */
export type WireInstructionsValues = LinkValues & {
  fileNumber: string;
  amount: string;
  reference: string;
  bank: string;
};

/** A payment received: the application is submitted. */
export type PaymentConfirmedValues = LinkValues & { fileNumber: string; amount: string; reference: string };

/** A decision or a request on an application: the e-mail names the file; the details are read in the portal. */
export type ApplicationNoticeValues = LinkValues & { fileNumber: string };

/**
 * A licence's status changed (suspended, cancelled, reinstated, surrendered): `status` is the new
 * one; `lastDay`, a suspension's last day, is already formatted, and absent when it has none.
 */
export type LicenceStatusChangedValues = LinkValues & { number: string; status: string; lastDay?: string };
/** A change request on a licence, at each step: the e-mail names it; the answer is read in the portal. */
export type ChangeRequestNoticeValues = LinkValues & { reference: string; number: string };
/** A compliance document issued on a licence: its number and the document's title, read in the portal. */
export type ComplianceDocumentValues = LinkValues & { number: string; title: string };

/** What each template needs: the name and the link, plus the details some templates quote. */
type TemplateValues = {
  activation: LinkValues;
  alreadyRegistered: LinkValues;
  passwordReset: LinkValues;
  passwordChanged: LinkValues;
  inquiryReplied: LinkValues;
  renewalReminder: RenewalReminderValues;
  reportReminder: ReportReminderValues;
  disclosureRequest: DisclosureRequestValues;
  wireInstructions: WireInstructionsValues;
  paymentConfirmed: PaymentConfirmedValues;
  informationRequested: ApplicationNoticeValues;
  applicationApproved: ApplicationNoticeValues;
  applicationRefused: ApplicationNoticeValues;
  licenceStatusChanged: LicenceStatusChangedValues;
  changeRequestReceived: ChangeRequestNoticeValues;
  changeRequestApproved: ChangeRequestNoticeValues;
  changeRequestRefused: ChangeRequestNoticeValues;
  changeRequestAnswered: ChangeRequestNoticeValues;
  complianceDocumentIssued: ComplianceDocumentValues;
};

export type EmailValues<T extends EmailTemplate = EmailTemplate> = TemplateValues[T];

export type RenderedEmail = { subject: string; text: string; html: string };

/**
 * Plain templates quote nothing but the portal's own details (name, commission, phone); detailed
 * ones quote details of their own (a licence, an amount, a reference), listed in requiredDetails.
 */
type DetailedTemplate =
  | "renewalReminder"
  | "reportReminder"
  | "disclosureRequest"
  | "wireInstructions"
  | "paymentConfirmed"
  | "informationRequested"
  | "applicationApproved"
  | "applicationRefused"
  | "licenceStatusChanged"
  | "changeRequestReceived"
  | "changeRequestApproved"
  | "changeRequestRefused"
  | "changeRequestAnswered"
  | "complianceDocumentIssued";
type PlainTemplate = Exclude<EmailTemplate, DetailedTemplate>;

/**
 * A detail's type. An optional string that is absent reaches the messages as "none", so they can
 * choose their words with `{lastDay, select, none {…} other {… {lastDay}}}`.
 */
type DetailType = "string" | "integer" | "optionalString";
const ABSENT_DETAIL = "none";

/**
 * The details each detailed template quotes, with their type. The outbox pairs any template with
 * any values, so the types alone cannot promise that a reminder carries its licence: one without
 * is refused rather than sent with a blank date.
 */
const requiredDetails: Record<DetailedTemplate, Record<string, DetailType>> = {
  renewalReminder: { number: "string", expiresOn: "string", daysLeft: "integer" },
  reportReminder: { number: "string", dueOn: "string", daysLate: "integer" },
  disclosureRequest: { applicant: "string", fileNumber: "string", expiresOn: "string", form: "string" },
  wireInstructions: { fileNumber: "string", amount: "string", reference: "string", bank: "string" },
  paymentConfirmed: { fileNumber: "string", amount: "string", reference: "string" },
  informationRequested: { fileNumber: "string" },
  applicationApproved: { fileNumber: "string" },
  applicationRefused: { fileNumber: "string" },
  licenceStatusChanged: { number: "string", status: "string", lastDay: "optionalString" },
  changeRequestReceived: { reference: "string", number: "string" },
  changeRequestApproved: { reference: "string", number: "string" },
  changeRequestRefused: { reference: "string", number: "string" },
  changeRequestAnswered: { reference: "string", number: "string" },
  complianceDocumentIssued: { number: "string", title: "string" },
};

/** The sentence after the action in a detailed template. */
const detailedNoteKeys = {
  renewalReminder: "renewalReminder.rule",
  reportReminder: "reportReminder.rule",
  disclosureRequest: "disclosureRequest.note",
  wireInstructions: "wireInstructions.note",
  paymentConfirmed: "paymentConfirmed.note",
  informationRequested: "informationRequested.note",
  applicationApproved: "applicationApproved.note",
  applicationRefused: "applicationRefused.note",
  licenceStatusChanged: "licenceStatusChanged.note",
  changeRequestReceived: "changeRequestReceived.note",
  changeRequestApproved: "changeRequestApproved.note",
  changeRequestRefused: "changeRequestRefused.note",
  changeRequestAnswered: "changeRequestAnswered.note",
  complianceDocumentIssued: "complianceDocumentIssued.note",
} as const satisfies Record<DetailedTemplate, string>;

/** The sentence after the action that each template adds (an expiry, a hint or a warning). */
const noteKeys = {
  activation: "activation.expiry",
  alreadyRegistered: "alreadyRegistered.reset",
  passwordReset: "passwordReset.expiry",
  passwordChanged: "passwordChanged.warning",
  inquiryReplied: "inquiryReplied.note",
} as const satisfies Record<PlainTemplate, string>;

/**
 * A password change already happened, so "you can ignore this" would be the wrong advice; a reply
 * to an inquiry answers something the person asked; ignoring a renewal reminder loses the licence.
 */
const ignorable: Record<EmailTemplate, boolean> = {
  activation: true,
  alreadyRegistered: true,
  passwordReset: true,
  passwordChanged: false,
  inquiryReplied: false,
  renewalReminder: false,
  reportReminder: false,
  disclosureRequest: false,
  wireInstructions: false,
  paymentConfirmed: false,
  informationRequested: false,
  applicationApproved: false,
  applicationRefused: false,
  licenceStatusChanged: false,
  changeRequestReceived: false,
  changeRequestApproved: false,
  changeRequestRefused: false,
  changeRequestAnswered: false,
  complianceDocumentIssued: false,
};

/** Whether `url` leads into this portal: the origin must match exactly, not merely start the same way. */
export function isPortalUrl(url: string): boolean {
  const base = getConfig().appUrl;
  return url === base || ["/", "?", "#"].some((separator) => url.startsWith(base + separator));
}

export class ForeignLinkError extends Error {
  constructor() {
    // The URL itself is left out: it may carry a token.
    super("E-mail links must lead to the portal (APP_URL)");
    this.name = "ForeignLinkError";
  }
}

type EmailContent = {
  subject: string;
  greeting: string;
  intro: string;
  action: string;
  url: string;
  note: string;
  ignore: string | null;
  signature: string;
  footer: string;
};

type Brand = { portal: string; commission: string; phone: string };
type TemplateText = Pick<EmailContent, "subject" | "intro" | "action" | "note">;

const emailTranslator = (locale: AppLocale) => translatorFor(locale, "Emails");
type EmailTranslator = ReturnType<typeof emailTranslator>;

export class MissingEmailDetailsError extends Error {
  constructor(template: EmailTemplate) {
    super(`The ${template} e-mail needs details that were not given`);
    this.name = "MissingEmailDetailsError";
  }
}

function plainTemplateText(t: EmailTranslator, template: PlainTemplate, brand: Brand): TemplateText {
  return {
    subject: t(`${template}.subject`, brand),
    intro: t(`${template}.intro`, brand),
    action: t(`${template}.action`, brand),
    note: t(noteKeys[template], brand),
  };
}

function isDetailed(template: EmailTemplate): template is DetailedTemplate {
  return Object.hasOwn(requiredDetails, template);
}

function detailedTemplateText(
  t: EmailTranslator,
  template: DetailedTemplate,
  brand: Brand,
  values: EmailValues,
): TemplateText {
  const record = values as Record<string, unknown>;
  const args: Record<string, string | number> = { ...brand };
  for (const [key, type] of Object.entries(requiredDetails[template])) {
    const value = record[key];
    if (type === "optionalString" && (value === undefined || value === "")) {
      args[key] = ABSENT_DETAIL;
      continue;
    }
    if (type === "integer" ? !Number.isInteger(value) : typeof value !== "string")
      throw new MissingEmailDetailsError(template);
    args[key] = value as string | number;
  }
  // Each template's messages take exactly these arguments; the table above is their single source.
  return {
    subject: t(`${template}.subject`, args),
    intro: t(`${template}.intro`, args),
    action: t(`${template}.action`, args),
    note: t(detailedNoteKeys[template], args),
  };
}

function translateEmail(template: EmailTemplate, locale: AppLocale, values: EmailValues): EmailContent {
  const { branding } = getConfig();
  const brand: Brand = {
    portal: branding.portalName[locale],
    commission: branding.commissionName[locale],
    phone: branding.supportPhone,
  };
  const t = emailTranslator(locale);
  const text = isDetailed(template)
    ? detailedTemplateText(t, template, brand, values)
    : plainTemplateText(t, template, brand);
  return {
    ...text,
    greeting: t("layout.greeting", { name: values.name }),
    url: values.url,
    ignore: ignorable[template] ? t("layout.ignore", brand) : null,
    signature: t("layout.signature", brand),
    footer: t("layout.footer", brand),
  };
}

export function renderEmail<T extends EmailTemplate>(
  template: T,
  locale: AppLocale,
  values: EmailValues<T>,
): RenderedEmail {
  if (!isPortalUrl(values.url)) throw new ForeignLinkError();
  const content = translateEmail(template, locale, values);
  return { subject: content.subject, text: renderText(content), html: renderHtml(content, locale) };
}

function renderText(content: EmailContent): string {
  const paragraphs = [
    content.greeting,
    content.intro,
    // No colon after the action: its spacing differs between French and English.
    `${content.action}\n${content.url}`,
    content.note,
    content.ignore,
    content.signature,
    `--\n${content.footer}`,
  ];
  return paragraphs.filter((paragraph) => paragraph !== null).join("\n\n") + "\n";
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Escaped text, with the message's line breaks kept. */
function htmlText(value: string): string {
  return escapeHtml(value).replace(/\n/g, "<br>");
}

// Mail clients drop <style> blocks and external CSS, so the few styles are inline. The colours are the
// portal's (app/globals.css) and keep a contrast ratio above 4.5:1.
const styles = {
  body: "margin:0;padding:0;background-color:#f2f2f2;",
  article:
    "max-width:600px;margin:0 auto;padding:24px;background-color:#ffffff;color:#1a1a1a;" +
    "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;",
  brand: "margin:0 0 24px;padding-bottom:12px;border-bottom:4px solid #0066cc;font-size:20px;font-weight:bold;",
  paragraph: "margin:0 0 16px;",
  button:
    "display:inline-block;padding:12px 20px;background-color:#0066cc;color:#ffffff;font-weight:bold;" +
    "text-decoration:none;border-radius:4px;",
  url: "color:#0066cc;word-break:break-all;",
  footer: "margin:24px 0 0;padding-top:12px;border-top:1px solid #cccccc;color:#4d4d4d;font-size:14px;",
};

function renderHtml(content: EmailContent, locale: AppLocale): string {
  const paragraph = (text: string) => `<p style="${styles.paragraph}">${htmlText(text)}</p>`;
  const href = escapeHtml(content.url);
  const portal = getConfig().branding.portalName[locale];
  return [
    "<!DOCTYPE html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title>`,
    "</head>",
    `<body style="${styles.body}">`,
    `<div role="article" aria-label="${escapeHtml(content.subject)}" lang="${locale}" style="${styles.article}">`,
    `<p style="${styles.brand}">${escapeHtml(portal)}</p>`,
    paragraph(content.greeting),
    paragraph(content.intro),
    `<p style="${styles.paragraph}"><a href="${href}" style="${styles.button}">${escapeHtml(content.action)}</a></p>`,
    // The plain address too: some clients block buttons, and a reader may want to see where it leads.
    `<p style="${styles.paragraph}"><a href="${href}" style="${styles.url}">${escapeHtml(content.url)}</a></p>`,
    paragraph(content.note),
    content.ignore === null ? "" : paragraph(content.ignore),
    paragraph(content.signature),
    `<p style="${styles.footer}">${htmlText(content.footer)}</p>`,
    "</div>",
    "</body>",
    "</html>",
  ]
    .filter((line) => line !== "")
    .join("\n");
}
