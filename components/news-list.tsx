import type { NewsForReader } from "@/lib/news/queries";
import { getFormatter } from "@/lib/i18n/server";

/** News items as a reader sees them (home page, main menu, staff home): title, date, paragraphs. */
export async function NewsList({ items, headingLevel = "h3" }: { items: NewsForReader[]; headingLevel?: "h2" | "h3" }) {
  const format = await getFormatter();
  const Heading = headingLevel;
  return (
    <ul className="space-y-6">
      {items.map((item) => (
        <li key={item.id}>
          <article aria-labelledby={`news-${item.id}`}>
            <Heading id={`news-${item.id}`} className="text-lg">
              {item.title}
            </Heading>
            <p className="mb-2 text-sm text-muted">
              <time dateTime={item.shownFrom.toISOString()}>{format.dateTime(item.shownFrom, "long")}</time>
            </p>
            {item.paragraphs.map((paragraph, index) => (
              <p key={index} className="mb-2 max-w-prose whitespace-pre-line">
                {paragraph}
              </p>
            ))}
          </article>
        </li>
      ))}
    </ul>
  );
}
