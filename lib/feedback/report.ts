import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { readPage, type Paged } from "@/lib/db/pagination";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { rateByJourney, rateByMonth, reportPeriod, satisfactionTally, type FeedbackJourney } from "./rate";

/**
 * What staff read of the answers (viewSatisfaction): the rate by month and by journey over a
 * period (the last 12 Commission months unless told), the comments newest first, and every answer
 * for the CSV export. Anyone else gets null, as from the other staff lists. Nothing here names who
 * answered.
 */

type PeriodOptions = { from?: Date; to?: Date; now?: Date };

export type FeedbackComment = {
  id: string;
  createdAt: Date;
  journey: FeedbackJourney;
  satisfaction: number | null;
  comment: string;
  locale: string;
};

function inPeriod({ from, to }: { from: Date; to: Date }): Prisma.FeedbackAnswerWhereInput {
  return { createdAt: { gte: from, lt: to } };
}

/** Comments shown a page at a time: a person reads them, a spreadsheet takes them all (the export). */
export const COMMENTS_PER_PAGE = 20;

export async function satisfactionReport(staff: SessionUser, options: PeriodOptions & { page?: number } = {}) {
  if (!can(staff.role, "viewSatisfaction")) return null;
  const period = reportPeriod(options.now ?? new Date(), options);
  const where = inPeriod(period);
  // Only what the rate reads (three small columns): a year of answers is a few thousand rows.
  const rated = await getDb().feedbackAnswer.findMany({
    where: { ...where, skipped: false, satisfaction: { not: null } },
    select: { journey: true, satisfaction: true, skipped: true, createdAt: true },
  });
  const commentsWhere: Prisma.FeedbackAnswerWhereInput = { ...where, comment: { not: null } };
  const comments: Paged<FeedbackComment> = await readPage(
    options.page ?? 1,
    {
      rows: async (window) =>
        (
          await getDb().feedbackAnswer.findMany({
            where: commentsWhere,
            // The id breaks ties, so a comment never shows on two pages.
            orderBy: [{ createdAt: "desc" }, { id: "asc" }],
            select: { id: true, createdAt: true, journey: true, satisfaction: true, comment: true, locale: true },
            ...window,
          })
        ).map((row) => ({ ...row, comment: row.comment ?? "" })),
      count: () => getDb().feedbackAnswer.count({ where: commentsWhere }),
    },
    COMMENTS_PER_PAGE,
  );
  return {
    period,
    overall: satisfactionTally(rated),
    byMonth: rateByMonth(rated, period.months),
    byJourney: rateByJourney(rated),
    comments,
  };
}

/** Far above a year of answers: one request never reads an unbounded table. */
export const EXPORT_MAX_ROWS = 50_000;

/** Every answer of the period, oldest first, skips included (they show who was asked), for the CSV export. */
export async function satisfactionExport(staff: SessionUser, options: PeriodOptions = {}) {
  if (!can(staff.role, "viewSatisfaction")) return null;
  const period = reportPeriod(options.now ?? new Date(), options);
  const answers = await getDb().feedbackAnswer.findMany({
    where: inPeriod(period),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      createdAt: true,
      journey: true,
      satisfaction: true,
      ease: true,
      skipped: true,
      comment: true,
      locale: true,
    },
    take: EXPORT_MAX_ROWS,
  });
  return { period, answers };
}
