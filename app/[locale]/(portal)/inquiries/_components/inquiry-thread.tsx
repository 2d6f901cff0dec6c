import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import { cx } from "@/components/cx";
import { PageSection } from "@/components/page-section";

export type ThreadMessage = { id: string; author: string; fromStaff: boolean; body: string; createdAt: Date };

/**
 * The conversation, oldest first. The text is shown exactly as typed: React escapes it, and
 * `whitespace-pre-line` keeps its line breaks.
 */
export async function InquiryThread({ messages, headingId }: { messages: ThreadMessage[]; headingId: string }) {
  const t = await getTranslations("Inquiry");
  const format = await getFormatter();
  return (
    <PageSection id={headingId} title={t("threadTitle")} className="mb-12">
      <ol className="max-w-3xl space-y-4">
        {messages.map((message) => (
          <li
            key={message.id}
            className={cx("border-l-4 py-3 pl-4", message.fromStaff ? "border-brand bg-info-bg pr-4" : "border-line")}
          >
            <h3 className="text-lg">{message.author}</h3>
            <p className="mb-2 text-sm text-muted">
              <time dateTime={message.createdAt.toISOString()}>
                {t("writtenAt", {
                  date: format.dateTime(message.createdAt, "long"),
                  time: format.dateTime(message.createdAt, "time"),
                })}
              </time>
            </p>
            <p className="whitespace-pre-line break-words">{message.body}</p>
          </li>
        ))}
      </ol>
    </PageSection>
  );
}
