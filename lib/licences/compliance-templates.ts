import { isAppLocale, locales, type AppLocale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { complianceTemplates, type ComplianceTemplate } from "./compliance-schemas";

/**
 * The compliance documents an officer writes from a template (a notice, a warning, inspection
 * results): the wording lives in the `ComplianceTemplates` messages, in both languages; the officer
 * chooses one, its language and writes the paragraph that says what was found. Pure: no I/O, so
 * what a document says is unit-tested.
 */

/** What fills a template's placeholders: the holder and licence from the file, the date issued, the officer's text. */
export type TemplateFacts = { number: string; holder: string; date: string; paragraph: string };

/**
 * The document's title and text in `locale`. The facts are message arguments, never message text:
 * a paragraph that reads "{holder}" or "<b>" stays exactly that, wherever it is placed.
 */
export function renderComplianceTemplate(
  template: ComplianceTemplate,
  locale: AppLocale,
  facts: TemplateFacts,
): { title: string; body: string } {
  const t = translatorFor(locale, "ComplianceTemplates");
  return {
    title: t(`${template}.title`),
    body: t(`${template}.body`, {
      number: facts.number,
      holder: facts.holder,
      date: facts.date,
      paragraph: normaliseParagraph(facts.paragraph),
    }),
  };
}

/** The officer's text as typed, with Windows line breaks made plain and no blank lines around it. */
export function normaliseParagraph(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

/**
 * The language a document is issued in unless the officer chooses another: the one most of the
 * holder's linked accounts use; French when there is none, or as many of each.
 */
export function defaultDocumentLocale(accountLocales: readonly string[]): AppLocale {
  const counts = new Map<AppLocale, number>(locales.map((locale) => [locale, 0]));
  for (const locale of accountLocales) if (isAppLocale(locale)) counts.set(locale, (counts.get(locale) ?? 0) + 1);
  return (counts.get("en") ?? 0) > (counts.get("fr") ?? 0) ? "en" : "fr";
}

/**
 * The language a stored text document is printed in: the one whose template title it carries, or
 * the reader's own (a document the Commission wrote some other way, such as the demo data's).
 */
export function documentLocale(title: string, readerLocale: AppLocale): AppLocale {
  for (const locale of locales) {
    const t = translatorFor(locale, "ComplianceTemplates");
    if (complianceTemplates.some((template) => t(`${template}.title`) === title)) return locale;
  }
  return readerLocale;
}

/** A text's paragraphs (separated by a blank line), each a list of its lines. */
export function documentParagraphs(body: string): string[][] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.split("\n").map((line) => line.trim()))
    .filter((lines) => lines.some((line) => line !== ""));
}

/** The file name a document downloads under: the licence number and the title, in plain ASCII. */
export function complianceFileName(number: string, title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, "");
  const base = number.replace(/[^A-Za-z0-9-]/g, "_");
  return `${base}${slug ? `-${slug}` : ""}.pdf`;
}
