import "server-only";
import { getDb } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { isUuid } from "@/lib/http/ids";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Result } from "@/lib/result";
import { isSurveyOpen, surveyJourney, type SurveyJourney } from "./rate";
import type { SurveyInput } from "./schemas";

/**
 * The short survey after a file: asked once per file, of its owner, once the Commission has
 * received it. The file's id is the answer's unique key, so a second answer, a skip after an
 * answer, or two tabs sending at once write one row: the others are refused, never an error.
 */

export type SurveyStatus = "open" | "answered" | "skipped";
export type SurveyRefusal = "notFound" | "alreadyAnswered";

/** The user's own file, received by the Commission, with the journey its survey speaks for; null otherwise. */
async function surveyedFile(user: SessionUser, applicationId: string): Promise<{ journey: SurveyJourney } | null> {
  if (!isUuid(applicationId)) return null;
  const file = await getDb().application.findFirst({
    where: { id: applicationId, userId: user.id },
    select: { type: true, submittedAt: true, order: { select: { id: true } } },
  });
  if (!file || !isSurveyOpen(file)) return null;
  return { journey: surveyJourney({ type: file.type, hasOrder: file.order !== null }) };
}

/** Where the survey of the user's file stands; null when it is not offered (not theirs, not received yet). */
export async function surveyStatus(user: SessionUser, applicationId: string): Promise<SurveyStatus | null> {
  if (!(await surveyedFile(user, applicationId))) return null;
  const answer = await getDb().feedbackAnswer.findUnique({ where: { applicationId }, select: { skipped: true } });
  if (!answer) return "open";
  return answer.skipped ? "skipped" : "answered";
}

/** Whether the survey of the user's file was answered or skipped: it is never asked again. */
export async function hasAnsweredSurvey(user: SessionUser, applicationId: string): Promise<boolean> {
  const status = await surveyStatus(user, applicationId);
  return status === "answered" || status === "skipped";
}

type Answer = { satisfaction: number | null; ease: number | null; comment: string | null; skipped: boolean };

async function record(
  user: SessionUser,
  applicationId: string,
  answer: Answer,
  locale: AppLocale,
): Promise<Result<object, SurveyRefusal>> {
  const file = await surveyedFile(user, applicationId);
  if (!file) return { ok: false, reason: "notFound" };
  // ON CONFLICT DO NOTHING on the file's unique index: a concurrent answer waits for this one, then counts 0.
  const { count } = await getDb().feedbackAnswer.createMany({
    data: [{ ...answer, journey: file.journey, applicationId, userId: user.id, locale }],
    skipDuplicates: true,
  });
  return count === 1 ? { ok: true } : { ok: false, reason: "alreadyAnswered" };
}

export function answerSurvey(
  user: SessionUser,
  applicationId: string,
  input: SurveyInput,
  { locale = user.locale }: { locale?: AppLocale } = {},
): Promise<Result<object, SurveyRefusal>> {
  return record(
    user,
    applicationId,
    { satisfaction: input.satisfaction, ease: input.ease, comment: input.comment, skipped: false },
    locale,
  );
}

/** "Skip": recorded, so the file is not asked again; it counts in no rate. */
export function skipSurvey(
  user: SessionUser,
  applicationId: string,
  { locale = user.locale }: { locale?: AppLocale } = {},
): Promise<Result<object, SurveyRefusal>> {
  return record(user, applicationId, { satisfaction: null, ease: null, comment: null, skipped: true }, locale);
}
