import type { ApplicationType, FeedbackJourney as StoredJourney } from "@/lib/db/generated/client";
import { commissionClock, commissionMoment } from "@/lib/time/commission-clock";

/**
 * The satisfaction rate, as the Commission states it: the share of answers rating the service 4 or
 * 5 out of 5. Only answers with a rating count: a skipped survey and a comment left without a
 * rating are neither satisfied nor dissatisfied. Months are the Commission's (America/Toronto), so
 * an answer sent at 23:30 on 31 March in Ottawa counts in March, whatever UTC says.
 */

/** Where an answer comes from: the survey after a file (three journeys), or the public feedback page. */
export const feedbackJourneys = [
  "submission",
  "payment",
  "renewal",
  "portal",
] as const satisfies readonly StoredJourney[];
export type FeedbackJourney = (typeof feedbackJourneys)[number];
export type SurveyJourney = Exclude<FeedbackJourney, "portal">;

/** Both scales run from 1 (very dissatisfied, very difficult) to 5 (very satisfied, very easy). */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
/** From this rating up, an answer is "satisfied". */
export const SATISFIED_FROM = 4;

export type RatedRow = { satisfaction: number | null; skipped: boolean };
export type DatedRow = RatedRow & { createdAt: Date };
export type JourneyRow = RatedRow & { journey: FeedbackJourney };

/** Answers with a rating, how many of them are 4 or 5, and their share (null when there is no rating at all). */
export type Tally = { answers: number; satisfied: number; rate: number | null };

/** Whether the answer counts in the rate: a rating on the scale, not a skip. */
export function hasRating(row: RatedRow): row is RatedRow & { satisfaction: number } {
  return (
    !row.skipped &&
    row.satisfaction !== null &&
    Number.isInteger(row.satisfaction) &&
    row.satisfaction >= SCALE_MIN &&
    row.satisfaction <= SCALE_MAX
  );
}

export function isSatisfied(rating: number): boolean {
  return rating >= SATISFIED_FROM;
}

export function satisfactionTally(rows: Iterable<RatedRow>): Tally {
  let answers = 0;
  let satisfied = 0;
  for (const row of rows) {
    if (!hasRating(row)) continue;
    answers += 1;
    if (isSatisfied(row.satisfaction)) satisfied += 1;
  }
  return { answers, satisfied, rate: answers === 0 ? null : satisfied / answers };
}

/** A month on the Commission's calendar, "2026-11". */
export type CommissionMonth = `${number}-${number}`;

export function commissionMonth(moment: Date): CommissionMonth {
  return commissionClock(moment).date.slice(0, 7) as CommissionMonth;
}

/** The month `count` months after (or before, when negative) `month`. */
export function addMonths(month: CommissionMonth, count: number): CommissionMonth {
  const [year = 0, monthNumber = 1] = month.split("-").map(Number);
  const index = year * 12 + (monthNumber - 1) + count;
  const resultYear = Math.floor(index / 12);
  const resultMonth = index - resultYear * 12 + 1;
  return `${String(resultYear).padStart(4, "0")}-${String(resultMonth).padStart(2, "0")}` as CommissionMonth;
}

/** The moment the month starts on the Commission's clock (midnight on the 1st, Toronto time). */
export function monthStart(month: CommissionMonth): Date {
  return commissionMoment(`${month}-01` as `${number}-${number}-${number}`, 0);
}

/** Every month from `first` to `last`, both included, oldest first (none when `last` is earlier). */
export function monthsFrom(first: CommissionMonth, last: CommissionMonth, cap = 240): CommissionMonth[] {
  const months: CommissionMonth[] = [];
  for (let month = first; month <= last && months.length < cap; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** The period a report covers: from the start of a Commission month to a moment (excluded). */
export type ReportPeriod = { from: Date; to: Date; months: CommissionMonth[] };

/**
 * The last `count` Commission months, the current one included (so far): the staff page's year.
 * An explicit `from` / `to` replaces either end; the months are those the period touches.
 */
export function reportPeriod(now: Date, { from, to, count = 12 }: { from?: Date; to?: Date; count?: number } = {}) {
  const end = to ?? now;
  const start = from ?? monthStart(addMonths(commissionMonth(now), -(count - 1)));
  // The last month is the one holding the period's last instant (`to` itself is excluded).
  const last = commissionMonth(new Date(Math.max(start.getTime(), end.getTime() - 1)));
  return { from: start, to: end, months: monthsFrom(commissionMonth(start), last) } satisfies ReportPeriod;
}

/** The rate of each month listed (oldest first), months without a rating included; rows of other months ignored. */
export function rateByMonth(
  rows: Iterable<DatedRow>,
  months: readonly CommissionMonth[],
): Array<{ month: CommissionMonth } & Tally> {
  const byMonth = new Map<CommissionMonth, DatedRow[]>(months.map((month) => [month, []]));
  for (const row of rows) byMonth.get(commissionMonth(row.createdAt))?.push(row);
  return months.map((month) => ({ month, ...satisfactionTally(byMonth.get(month) ?? []) }));
}

/** The rate of each journey, in a fixed order, journeys without a rating included. */
export function rateByJourney(rows: Iterable<JourneyRow>): Array<{ journey: FeedbackJourney } & Tally> {
  const byJourney = new Map<FeedbackJourney, JourneyRow[]>(feedbackJourneys.map((journey) => [journey, []]));
  for (const row of rows) byJourney.get(row.journey)?.push(row);
  return feedbackJourneys.map((journey) => ({ journey, ...satisfactionTally(byJourney.get(journey) ?? []) }));
}

/**
 * Which journey a file's survey speaks for, decided from the file on the server (never from the
 * form): a renewal is a renewal, paid or free; a file that went through payment (it has an order)
 * is a payment; anything else was submitted without a fee.
 */
export function surveyJourney(file: { type: ApplicationType; hasOrder: boolean }): SurveyJourney {
  if (file.type === "renewal") return "renewal";
  return file.hasOrder ? "payment" : "submission";
}

/**
 * Whether a file's survey may be offered: the Commission has received it (it is submitted — paid
 * when it owed a fee). A draft, or a file still awaiting its payment, is not asked.
 */
export function isSurveyOpen(file: { submittedAt: Date | null }): boolean {
  return file.submittedAt !== null;
}
