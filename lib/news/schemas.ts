import { z } from "zod";
import { isLocalDateTime } from "@/lib/time/local-date-time";
import { missingForPublishing, newsAudiences } from "./rules";

/**
 * The staff form that writes a news item, shared by the browser (instant checks) and the server
 * action. "Save as a draft" needs a title in one language; "Publish" needs both languages whole.
 * Dates are on the Commission's clock (`datetime-local`); an empty start means now.
 */
export const NEWS_TITLE_MAX_LENGTH = 150;
export const NEWS_BODY_MAX_LENGTH = 4000;

const text = (max: number) => z.string().trim().max(max, { error: "textTooLong" }).default("");
const optionalDateTime = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || isLocalDateTime(value), { error: "AdminNewsPage.errors.dateInvalid" });

export const newsItemSchema = z
  .object({
    titleFr: text(NEWS_TITLE_MAX_LENGTH),
    bodyFr: text(NEWS_BODY_MAX_LENGTH),
    titleEn: text(NEWS_TITLE_MAX_LENGTH),
    bodyEn: text(NEWS_BODY_MAX_LENGTH),
    audience: z.enum(newsAudiences, { error: "AdminNewsPage.errors.audienceRequired" }),
    showFrom: optionalDateTime,
    showUntil: optionalDateTime,
    intent: z.enum(["draft", "publish"]).default("draft"),
  })
  .superRefine((input, context) => {
    if (input.intent === "publish") {
      for (const field of missingForPublishing(input))
        context.addIssue({ code: "custom", path: [field], message: `AdminNewsPage.errors.${field}Required` });
    } else if (input.titleFr === "" && input.titleEn === "") {
      context.addIssue({ code: "custom", path: ["titleFr"], message: "AdminNewsPage.errors.titleForDraft" });
    }
    // Same-length strings in this format sort as the times they name.
    if (input.showFrom !== "" && input.showUntil !== "" && input.showUntil <= input.showFrom)
      context.addIssue({ code: "custom", path: ["showUntil"], message: "AdminNewsPage.errors.untilBeforeFrom" });
  });

export type NewsItemInput = z.output<typeof newsItemSchema>;
