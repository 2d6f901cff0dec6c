import type { AppLocale } from "@/lib/i18n/routing";

/**
 * News items (issue 17): staff write them in both languages, publish them, and each shows to its
 * audience between its dates. These rules hold no data access, so pages, staff actions and tests
 * agree on what is showing.
 */

export const newsAudiences = ["everyone", "applicants", "staff"] as const;
export type NewsAudience = (typeof newsAudiences)[number];

/** Who is looking: a visitor (home page), a signed-in applicant (main menu), or staff (staff home). */
export type NewsReader = "visitor" | "applicant" | "staff";

/** The audiences a reader sees: everyone's news, plus their own group's. */
export function audiencesFor(reader: NewsReader): NewsAudience[] {
  if (reader === "applicant") return ["everyone", "applicants"];
  if (reader === "staff") return ["everyone", "staff"];
  return ["everyone"];
}

export type NewsDates = { publishedAt: Date | null; showFrom: Date; showUntil: Date | null };
export type NewsState = "draft" | "scheduled" | "showing" | "ended";

export function newsState(item: NewsDates, now: Date): NewsState {
  if (item.publishedAt === null) return "draft";
  if (item.showUntil !== null && item.showUntil <= now) return "ended";
  return item.showFrom > now ? "scheduled" : "showing";
}

export type NewsTexts = { titleFr: string; titleEn: string; bodyFr: string; bodyEn: string };
export const newsTextFields = ["titleFr", "bodyFr", "titleEn", "bodyEn"] as const satisfies (keyof NewsTexts)[];

/** The texts still empty: an item is published only with its title and body in French and in English. */
export function missingForPublishing(item: NewsTexts): (keyof NewsTexts)[] {
  return newsTextFields.filter((field) => item[field].trim() === "");
}

/** An item in the reader's language (both exist once published). */
export function newsInLocale(item: NewsTexts, locale: AppLocale): { title: string; body: string } {
  return locale === "fr" ? { title: item.titleFr, body: item.bodyFr } : { title: item.titleEn, body: item.bodyEn };
}

/** A body's paragraphs: separated by a blank line, as typed in the staff form. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}
