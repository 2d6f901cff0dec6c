import { z } from "zod";
import type { KindDeclaration } from "./names";
import { dateAnswer, text } from "../fields";
import type { SavedAnswers } from "../engine";
import type { CertificateDetail } from "../outcome";
import { yesNo } from "./liquor-sales";
import {
  datesBreaches,
  eligibilityBreaches,
  lotteryFee,
  lotteryTypes,
  needsLetterOfCredit,
  type LotteryType,
} from "./lottery-licence-rules";

/**
 * A charitable lottery licence — bingo, raffle (electronic or not), break-open tickets or special
 * occasion gaming — for an organisation that is eligible: it quotes its eligibility number, or the
 * file number of its eligibility application still being processed (then it waits, at approval,
 * until the eligibility is approved). Its rules are in ./lottery-licence-rules.ts. Approved, it is
 * issued to the eligible organisation and lasts until its last day. Messages live in the
 * LotteryLicenceApplication namespace.
 */
function lotteryType(answers: SavedAnswers): LotteryType | null {
  return lotteryTypes.find((type) => type === answers.lottery?.lotteryType) ?? null;
}

function prizeDollars(answers: SavedAnswers): number {
  return Number(answers.prizes?.prizeValue);
}

const isBingo = (answers: SavedAnswers) => lotteryType(answers) === "bingo";

export const lotteryLicence: KindDeclaration<"LotteryLicenceApplication"> = {
  id: "charitable_lottery_licence",
  prefix: "LOT",
  type: "new",
  messages: "LotteryLicenceApplication",
  sector: "lotteryGaming",
  sections: [
    {
      id: "eligibility",
      groupKey: "lottery",
      page: "form",
      fields: [
        {
          name: "eligibilityNumber",
          control: "text",
          schema: z
            .string()
            .trim()
            .regex(/^CGE-(N-)?\d{4}-[0-9A-Z]{6}$/i),
          width: "medium",
        },
      ],
    },
    {
      id: "lottery",
      groupKey: "lottery",
      page: "form",
      fields: [
        { name: "lotteryType", control: "radio", options: lotteryTypes },
        {
          name: "electronic",
          control: "radio",
          options: yesNo,
          inline: true,
          when: { field: "lotteryType", equals: "raffle" },
        },
      ],
    },
    {
      id: "dates",
      groupKey: "lottery",
      page: "form",
      fields: [
        { name: "firstDay", control: "date", range: "future" },
        { name: "lastDay", control: "date", range: "future" },
      ],
    },
    {
      id: "prizes",
      groupKey: "lottery",
      page: "form",
      fields: [
        {
          name: "prizeValue",
          control: "text",
          schema: z.coerce.number().int().min(1).max(10_000_000),
          width: "medium",
          numeric: true,
        },
        { name: "proceedsUse", control: "textarea", schema: text(2000) },
      ],
    },
    { id: "documents", groupKey: "submit", page: "documents", requires: ["lottery", "prizes"] },
    {
      id: "declaration",
      groupKey: "submit",
      page: "form",
      fields: [{ name: "confirmed", control: "checkbox" }],
    },
  ],
  documents: [
    { id: "gameSchedule", isRequired: isBingo },
    { id: "rulesOfPlay", isRequired: (answers) => isBingo(answers) || lotteryType(answers) === "raffle" },
    { id: "principalsSignatures", isRequired: isBingo },
    { id: "letterOfCredit", isRequired: (answers) => needsLetterOfCredit(lotteryType(answers), prizeDollars(answers)) },
    { id: "additionalInformation", isRequired: () => false },
  ],
  terms: [],
  quotes: {
    section: "eligibility",
    field: "eligibilityNumber",
    licenceKinds: ["charitable_gaming_eligibility"],
    applicationKinds: ["charitable_gaming_eligibility_new"],
  },
  catalogue: { guidanceUrl: "https://www.agco.ca/en/lottery-and-gaming/charitable-gaming-lottery-licences" },
  outcome: {
    // The organisation whose eligibility the application quotes (see `quotes`).
    applicant: "business",
    approval: (answers, { today }) => {
      const firstDay = dateAnswer(answers.dates?.firstDay) ?? today;
      const lastDay = dateAnswer(answers.dates?.lastDay) ?? firstDay;
      const details: CertificateDetail[] = [
        { label: "lotteryType", values: [{ term: `lottery_${lotteryType(answers) ?? "raffle"}` }] },
        { label: "lotteryDays", values: [{ day: firstDay }, ...(lastDay !== firstDay ? [{ day: lastDay }] : [])] },
        { label: "prizeValue", values: [{ text: String(prizeDollars(answers)) }] },
      ];
      return {
        type: "issue",
        issued: {
          licenceKind: "charitable_gaming",
          numberPrefix: "LOT",
          validity: { type: "until", lastDay },
          premises: null,
          details,
        },
      };
    },
    fee: (answers) => lotteryFee(prizeDollars(answers)),
    review: "staff",
    blockers: (answers, { today, quoted, stage }) => [
      ...eligibilityBreaches(quoted, stage),
      ...datesBreaches(dateAnswer(answers.dates?.firstDay), dateAnswer(answers.dates?.lastDay), today),
    ],
  },
};
