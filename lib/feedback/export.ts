import { commissionClock } from "@/lib/time/commission-clock";
import type { CsvCell } from "./csv";
import type { FeedbackJourney } from "./rate";

/**
 * The CSV export's lines: a header, then one answer a line, oldest first. Times are on the
 * Commission's clock ("2026-11-26 14:32"), as a spreadsheet sorts them; words come translated from
 * the caller (the staff member's language).
 */
export type ExportAnswer = {
  createdAt: Date;
  journey: FeedbackJourney;
  satisfaction: number | null;
  ease: number | null;
  skipped: boolean;
  comment: string | null;
  locale: string;
};

export type ExportLabels = {
  headers: {
    date: string;
    journey: string;
    satisfaction: string;
    ease: string;
    skipped: string;
    comment: string;
    language: string;
  };
  journeys: Record<FeedbackJourney, string>;
  yes: string;
  no: string;
};

/** A moment as the Commission's clock showed it, "2026-11-26 14:32". */
export function commissionDateTime(moment: Date): string {
  const { date, minutes } = commissionClock(moment);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function exportLines(answers: readonly ExportAnswer[], labels: ExportLabels): CsvCell[][] {
  const { headers } = labels;
  return [
    [
      headers.date,
      headers.journey,
      headers.satisfaction,
      headers.ease,
      headers.skipped,
      headers.comment,
      headers.language,
    ],
    ...answers.map((answer) => [
      commissionDateTime(answer.createdAt),
      labels.journeys[answer.journey],
      answer.satisfaction,
      answer.ease,
      answer.skipped ? labels.yes : labels.no,
      answer.comment,
      answer.locale,
    ]),
  ];
}
