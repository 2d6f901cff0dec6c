import type { IsoDate } from "@/lib/time/commission-date";
import type { FeeBasis, QuotedFile, RuleBreach, RuleContext } from "../outcome";

/**
 * The charitable lottery licence's rules (KINDS.md "Charitable gaming"): it quotes the
 * organisation's eligibility, a bingo with a prize board of $10,000 or more needs a letter of
 * credit, and the fee is a share of the prizes. Pure, so each is tested on its own.
 */
export const lotteryTypes = ["bingo", "raffle", "break_open", "special_occasion_gaming"] as const;
export type LotteryType = (typeof lotteryTypes)[number];

/** A bingo whose prize board reaches this many dollars needs an original letter of credit. */
export const LETTER_OF_CREDIT_PRIZES = 10_000;

/** The fee is paid per this many dollars of prizes (the schedule's row is the fee for each). */
export const PRIZE_DOLLARS_PER_FEE_UNIT = 100;

export function needsLetterOfCredit(type: LotteryType | null, prizeDollars: number): boolean {
  return type === "bingo" && prizeDollars >= LETTER_OF_CREDIT_PRIZES;
}

/** The schedule's row for each started $100 of prizes; null until the prizes are a positive number. */
export function lotteryFee(prizeDollars: number): FeeBasis | null {
  if (!Number.isFinite(prizeDollars) || prizeDollars <= 0) return null;
  const quantity = Math.ceil(prizeDollars / PRIZE_DOLLARS_PER_FEE_UNIT);
  return { scheduleKind: "lottery_licence", action: "new", termYears: null, quantity };
}

const closed = new Set(["refused", "withdrawn"]);

/**
 * Whether the eligibility the application quotes lets it go ahead: a number the applicant may not
 * quote, an eligibility no longer in force or refused stops it at once; one still being processed
 * lets the application be submitted, but not approved until the eligibility is.
 */
export function eligibilityBreaches(quoted: QuotedFile | null | undefined, stage: RuleContext["stage"]): RuleBreach[] {
  const section = "eligibility";
  if (!quoted) return [];
  if (quoted.type === "unknown") return [{ rule: "eligibilityUnknown", section }];
  if (quoted.type === "licence") return quoted.status === "active" ? [] : [{ rule: "eligibilityNotActive", section }];
  if (closed.has(quoted.status)) return [{ rule: "eligibilityRefused", section }];
  if (quoted.status !== "approved" && stage === "approval") return [{ rule: "eligibilityPending", section }];
  return [];
}

/** The licence's days: not already past, and the last not before the first. */
export function datesBreaches(firstDay: IsoDate | null, lastDay: IsoDate | null, today: IsoDate): RuleBreach[] {
  const section = "dates";
  if (firstDay && firstDay < today) return [{ rule: "dayInPast", section, values: { date: firstDay } }];
  if (firstDay && lastDay && lastDay < firstDay) return [{ rule: "lastBeforeFirst", section }];
  return [];
}
