import { z } from "zod";

/**
 * The survey after a file and the public feedback page, one schema each, shared by the browser
 * (instant checks) and the server action. Every question is optional, but a form sent empty says
 * nothing: at least a rating or a comment. Messages are keys ("Survey.errors.…"), translated where
 * they are shown. Objects drop unknown keys: the journey, the file and the author are the server's.
 */
export const COMMENT_MAX_LENGTH = 2000;

/** A scale's answers, as the radio buttons send them. */
export const ratingValues = ["1", "2", "3", "4", "5"] as const;
export type Rating = 1 | 2 | 3 | 4 | 5;

/**
 * Each scale's answers as the forms list them, the most positive first, with their message keys
 * (`Survey.satisfaction.*`, `Survey.ease.*`).
 */
export const ratingScales = {
  satisfaction: [
    ["5", "verySatisfied"],
    ["4", "satisfied"],
    ["3", "neutral"],
    ["2", "dissatisfied"],
    ["1", "veryDissatisfied"],
  ],
  ease: [
    ["5", "veryEasy"],
    ["4", "easy"],
    ["3", "neutral"],
    ["2", "difficult"],
    ["1", "veryDifficult"],
  ],
} as const satisfies Record<string, readonly (readonly [(typeof ratingValues)[number], string])[]>;

/** Control characters other than line breaks and tabs: invisible, and PostgreSQL refuses U+0000 in text. */
function withoutControlCharacters(text: string): string {
  return Array.from(text)
    .filter((character) => {
      const code = character.codePointAt(0) ?? 0;
      return character === "\n" || character === "\t" || (code >= 0x20 && code !== 0x7f);
    })
    .join("");
}

/** A radio group left unanswered sends nothing; an answer is one of the five values. */
const rating = z
  .string({ error: "Survey.errors.ratingInvalid" })
  .optional()
  .transform((value) => value?.trim() || undefined)
  .pipe(z.enum(ratingValues, { error: "Survey.errors.ratingInvalid" }).optional())
  .transform((value) => (value === undefined ? null : (Number(value) as Rating)));

/** What the person typed, trimmed, with the browser's CRLF line breaks made plain newlines; null when empty. */
const comment = z
  .string({ error: "Survey.errors.commentInvalid" })
  .optional()
  .transform((value) => withoutControlCharacters((value ?? "").replace(/\r\n?/g, "\n")).trim())
  .pipe(z.string().max(COMMENT_MAX_LENGTH, { error: "Survey.errors.commentTooLong" }))
  .transform((value) => (value === "" ? null : value));

export const surveySchema = z
  .object({ satisfaction: rating, ease: rating, comment })
  .refine((input) => input.satisfaction !== null || input.ease !== null || input.comment !== null, {
    path: ["satisfaction"],
    error: "Survey.errors.answerRequired",
  });
export type SurveyInput = z.output<typeof surveySchema>;

/** The public page asks how satisfied the visitor is and what they have to say: one of the two at least. */
export const portalFeedbackSchema = z
  .object({ satisfaction: rating, comment })
  .refine((input) => input.satisfaction !== null || input.comment !== null, {
    path: ["satisfaction"],
    error: "FeedbackPage.errors.answerRequired",
  });
export type PortalFeedbackInput = z.output<typeof portalFeedbackSchema>;
