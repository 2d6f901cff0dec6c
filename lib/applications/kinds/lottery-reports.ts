import { z } from "zod";
import type { KindDeclaration } from "./names";
import { text } from "../fields";
import type { RuleBreach } from "../outcome";
import type { SavedAnswers } from "../engine";
import { yesNo } from "./liquor-sales";

/**
 * What a lottery licence's holder reports (KINDS.md "Charitable gaming"): the post-event report —
 * attendance, receipts, prizes, expenses and net proceeds and their use — due 30 days after the
 * licence's last day (not confirmed: kept here as the kind's data), and an incident report filed
 * whenever something happens. Both owe nothing, go straight to the officers' queue, and change
 * nothing on the licence when accepted. Messages live in the LotteryReportApplication and
 * LotteryIncidentApplication namespaces.
 */

/** Days after the lottery's last day by which the post-event report is due. */
export const POST_EVENT_REPORT_DAYS = 30;

const dollars = z.coerce.number().int().min(0).max(100_000_000);
const amount = (name: string) => ({ name, control: "text", schema: dollars, width: "medium", numeric: true }) as const;

/** Net proceeds are what is left of the receipts once prizes and expenses are paid. */
export function netProceedsBreaches(answers: SavedAnswers): RuleBreach[] {
  const results = answers.results ?? {};
  const [gross, prizes, expenses, net] = ["grossReceipts", "prizesPaid", "expenses", "netProceeds"].map((field) =>
    dollars.safeParse(results[field]),
  );
  if (!gross?.success || !prizes?.success || !expenses?.success || !net?.success) return [];
  const expected = gross.data - prizes.data - expenses.data;
  return net.data === expected ? [] : [{ rule: "netDoesNotAddUp", section: "results", values: { expected } }];
}

export const lotteryPostEventReport: KindDeclaration<"LotteryReportApplication"> = {
  id: "lottery_post_event_report",
  prefix: "LOT",
  type: "report",
  messages: "LotteryReportApplication",
  sector: "lotteryGaming",
  sections: [
    {
      id: "attendance",
      groupKey: "report",
      page: "form",
      fields: [
        {
          name: "attendance",
          control: "text",
          schema: z.coerce.number().int().min(0).max(10_000_000),
          width: "short",
          numeric: true,
        },
      ],
    },
    {
      id: "results",
      groupKey: "report",
      page: "form",
      fields: [amount("grossReceipts"), amount("prizesPaid"), amount("expenses"), amount("netProceeds")],
    },
    {
      id: "proceeds",
      groupKey: "report",
      page: "form",
      fields: [{ name: "proceedsUse", control: "textarea", schema: text(2000) }],
    },
    {
      id: "declaration",
      groupKey: "report",
      page: "form",
      fields: [{ name: "confirmed", control: "checkbox" }],
    },
  ],
  documents: [{ id: "additionalInformation", isRequired: () => false }],
  terms: [],
  onLicence: { licenceKinds: ["charitable_gaming"] },
  report: { dueDaysAfterLastDay: POST_EVENT_REPORT_DAYS },
  outcome: {
    applicant: "business",
    approval: () => ({ type: "record" }),
    fee: () => "none",
    review: "staff",
    blockers: (answers) => netProceedsBreaches(answers),
  },
};

export const lotteryIncidentReport: KindDeclaration<"LotteryIncidentApplication"> = {
  id: "lottery_incident_report",
  prefix: "LOT",
  type: "report",
  messages: "LotteryIncidentApplication",
  sector: "lotteryGaming",
  sections: [
    {
      id: "incident",
      groupKey: "report",
      page: "form",
      fields: [
        { name: "occurredOn", control: "date" },
        { name: "place", control: "text", schema: text() },
        { name: "description", control: "textarea", schema: text(4000) },
      ],
    },
    {
      id: "notified",
      groupKey: "report",
      page: "form",
      fields: [
        { name: "policeNotified", control: "radio", options: yesNo, inline: true },
        { name: "whoWasTold", control: "textarea", schema: text(2000) },
      ],
    },
    {
      id: "declaration",
      groupKey: "report",
      page: "form",
      fields: [{ name: "confirmed", control: "checkbox" }],
    },
  ],
  documents: [{ id: "additionalInformation", isRequired: () => false }],
  terms: [],
  onLicence: { licenceKinds: ["charitable_gaming"] },
  outcome: {
    applicant: "business",
    approval: () => ({ type: "record" }),
    fee: () => "none",
    review: "staff",
  },
};
