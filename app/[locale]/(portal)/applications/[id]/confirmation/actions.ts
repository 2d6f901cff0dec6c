"use server";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { answerSurvey, skipSurvey } from "@/lib/feedback/survey";
import { surveySchema } from "@/lib/feedback/schemas";
import { bound, redirectAction, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import { clientIp } from "@/lib/http/client-ip";
import type { AppLocale } from "@/lib/i18n/routing";
import { securityLog } from "@/lib/security/log";

/**
 * The survey under a confirmation: "Send my answers" and "Skip the survey". The file and the
 * journey are the server's (lib/feedback/survey.ts finds the user's own file, received by the
 * Commission); anything else is "not found". A second answer (another tab, a double click) is
 * refused there and lands on the same page, which thanks instead of asking again.
 */

/**
 * Back to the survey, with a notice: a new query, so the browser (and Next's router, which would
 * only scroll on a change of #anchor alone) loads the page again, now thanking instead of asking.
 */
const backToSurvey = (locale: AppLocale, id: string, done: "surveySent" | "surveySkipped") =>
  withFlash(`/${locale}/applications/${id}/confirmation#survey`, { done });

async function refused(user: SessionUser): Promise<never> {
  securityLog({
    event: "id.refused",
    account: user.id,
    ip: clientIp(await headers()),
    outcome: "refused",
    detail: "survey",
  });
  notFound();
}

export const answerSurveyAction = stateAction({
  guard: "user",
  bound: [bound.locale, bound.id],
  schema: surveySchema,
  run: async ({ user, args: [locale, id], input }) => {
    const answered = await answerSurvey(user, id, input, { locale });
    if (!answered.ok && answered.reason === "notFound") return refused(user);
    redirect(backToSurvey(locale, id, "surveySent"));
  },
});

export const skipSurveyAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id],
  schema: z.object({}),
  run: async ({ user, args: [locale, id] }) => {
    const skipped = await skipSurvey(user, id, { locale });
    if (!skipped.ok && skipped.reason === "notFound") return refused(user);
    redirect(backToSurvey(locale, id, "surveySkipped"));
  },
});
