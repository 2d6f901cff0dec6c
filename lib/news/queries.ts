import "server-only";
import { getDb } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { audiencesFor, newsInLocale, paragraphs, type NewsReader } from "./rules";

/** How many items a page shows at most: the newest. */
export const NEWS_SHOWN = 5;

export type NewsForReader = { id: string; title: string; paragraphs: string[]; shownFrom: Date };

/** The published items showing now for this reader, newest first, in the reader's language. */
export async function currentNews(reader: NewsReader, locale: AppLocale, now: Date = new Date()) {
  const items = await getDb().newsItem.findMany({
    where: {
      publishedAt: { not: null },
      showFrom: { lte: now },
      OR: [{ showUntil: null }, { showUntil: { gt: now } }],
      audience: { in: audiencesFor(reader) },
    },
    orderBy: [{ showFrom: "desc" }],
    take: NEWS_SHOWN,
  });
  return items.map((item): NewsForReader => {
    const { title, body } = newsInLocale(item, locale);
    return { id: item.id, title, paragraphs: paragraphs(body), shownFrom: item.showFrom };
  });
}
