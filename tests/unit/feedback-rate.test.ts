import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  commissionMonth,
  feedbackJourneys,
  isSurveyOpen,
  monthStart,
  monthsFrom,
  rateByJourney,
  rateByMonth,
  reportPeriod,
  satisfactionTally,
  surveyJourney,
  type CommissionMonth,
  type FeedbackJourney,
} from "@/lib/feedback/rate";
import { csvCell, csvDocument, neutraliseFormula, toCsv, type CsvCell } from "@/lib/feedback/csv";
import { commissionDateTime, exportLines, type ExportLabels } from "@/lib/feedback/export";
import { COMMENT_MAX_LENGTH, portalFeedbackSchema, surveySchema } from "@/lib/feedback/schemas";

const rated = (satisfaction: number | null, skipped = false) => ({ satisfaction, skipped });

/** Any answer as stored: a rating 1–5 or none, skipped or not. */
const anyAnswer = fc.record({
  satisfaction: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  skipped: fc.boolean(),
});
/** A moment between 2020 and 2030 (both daylight-saving changes of each year included). */
const anyMoment = fc.date({
  min: new Date("2020-01-01T00:00:00Z"),
  max: new Date("2030-12-31T23:59:59Z"),
  noInvalidDate: true,
});
const anyMonth = fc
  .tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }))
  .map(([year, month]) => `${year}-${String(month).padStart(2, "0")}` as CommissionMonth);
const anyJourney = fc.constantFrom(...feedbackJourneys);

describe("satisfactionTally: the satisfaction rate", () => {
  it("is the share of answers rated 4 or 5 among the answers with a rating", () => {
    expect(satisfactionTally([5, 4, 3, 1, 5].map((value) => rated(value)))).toEqual({
      answers: 5,
      satisfied: 3,
      rate: 0.6,
    });
  });

  it("counts a 4 as satisfied and a 3 as not", () => {
    expect(satisfactionTally([rated(4)]).rate).toBe(1);
    expect(satisfactionTally([rated(3)]).rate).toBe(0);
  });

  it("leaves out skipped surveys and answers without a rating (a comment only)", () => {
    expect(satisfactionTally([rated(5), rated(1), rated(null, true), rated(null), rated(null)])).toEqual({
      answers: 2,
      satisfied: 1,
      rate: 0.5,
    });
  });

  it("has no rate when nothing was rated, rather than 0 %", () => {
    expect(satisfactionTally([])).toEqual({ answers: 0, satisfied: 0, rate: null });
    expect(satisfactionTally([rated(null, true), rated(null)])).toEqual({ answers: 0, satisfied: 0, rate: null });
  });

  it("ignores a rating outside the scale, should one ever be read", () => {
    expect(satisfactionTally([rated(0), rated(6), rated(4.5), rated(5)])).toEqual({
      answers: 1,
      satisfied: 1,
      rate: 1,
    });
  });

  it("always equals satisfied ÷ rated, between 0 and 1, whatever the answers", () => {
    fc.assert(
      fc.property(fc.array(anyAnswer, { maxLength: 200 }), (answers) => {
        const counted = answers.filter((answer) => !answer.skipped && answer.satisfaction !== null);
        const satisfied = counted.filter((answer) => (answer.satisfaction ?? 0) >= 4).length;
        const tally = satisfactionTally(answers);
        expect(tally.answers).toBe(counted.length);
        expect(tally.satisfied).toBe(satisfied);
        expect(tally.rate).toBe(counted.length === 0 ? null : satisfied / counted.length);
        if (tally.rate !== null) expect(tally.rate).toBeGreaterThanOrEqual(0);
        if (tally.rate !== null) expect(tally.rate).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("does not move when skips are added", () => {
    fc.assert(
      fc.property(fc.array(anyAnswer), fc.nat({ max: 20 }), (answers, skips) => {
        const withSkips = [...answers, ...Array.from({ length: skips }, () => rated(null, true))];
        expect(satisfactionTally(withSkips)).toEqual(satisfactionTally(answers));
      }),
    );
  });
});

describe("commissionMonth: months on the Commission's clock", () => {
  it("counts 23:30 on 31 March in Toronto (03:30 UTC on 1 April) in March", () => {
    expect(commissionMonth(new Date("2026-04-01T03:30:00Z"))).toBe("2026-03");
    expect(commissionMonth(new Date("2026-04-01T04:00:00Z"))).toBe("2026-04");
  });

  it("counts New Year's Eve at 23:59 in Toronto (04:59 UTC) in December, in winter time", () => {
    expect(commissionMonth(new Date("2027-01-01T04:59:00Z"))).toBe("2026-12");
    expect(commissionMonth(new Date("2027-01-01T05:00:00Z"))).toBe("2027-01");
  });

  it("starts each month at midnight in Toronto: EST in winter, EDT in summer", () => {
    expect(monthStart("2026-03")).toEqual(new Date("2026-03-01T05:00:00Z"));
    expect(monthStart("2026-04")).toEqual(new Date("2026-04-01T04:00:00Z"));
  });

  it("puts a month's first instant in it and the instant before in the month before", () => {
    fc.assert(
      fc.property(anyMonth, (month) => {
        const start = monthStart(month);
        expect(commissionMonth(start)).toBe(month);
        expect(commissionMonth(new Date(start.getTime() - 1))).toBe(addMonths(month, -1));
      }),
    );
  });

  it("adds and removes months across years", () => {
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(addMonths("2026-11", -11)).toBe("2025-12");
    fc.assert(
      fc.property(anyMonth, fc.integer({ min: -600, max: 600 }), (month, count) => {
        expect(addMonths(addMonths(month, count), -count)).toBe(month);
      }),
    );
  });

  it("lists the months between two, both included", () => {
    expect(monthsFrom("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsFrom("2026-02", "2025-11")).toEqual([]);
  });
});

describe("reportPeriod: the staff page's last 12 months", () => {
  it("runs from the start of the month 11 months back to now", () => {
    const now = new Date("2026-11-26T15:00:00Z");
    const period = reportPeriod(now);
    expect(period.from).toEqual(new Date("2025-12-01T05:00:00Z"));
    expect(period.to).toEqual(now);
    expect(period.months).toHaveLength(12);
    expect(period.months[0]).toBe("2025-12");
    expect(period.months.at(-1)).toBe("2026-11");
  });

  it("always holds 12 months, the current one last, whatever the day", () => {
    fc.assert(
      fc.property(anyMoment, (now) => {
        const period = reportPeriod(now);
        expect(period.months).toHaveLength(12);
        expect(period.months.at(-1)).toBe(commissionMonth(now));
        expect(commissionMonth(period.from)).toBe(period.months[0]);
      }),
    );
  });

  it("takes an explicit period, its end excluded", () => {
    const period = reportPeriod(new Date("2026-11-26T15:00:00Z"), {
      from: monthStart("2020-03"),
      to: monthStart("2020-05"),
    });
    expect(period.months).toEqual(["2020-03", "2020-04"]);
  });
});

describe("rateByMonth and rateByJourney", () => {
  const at = (iso: string, satisfaction: number | null, journey: FeedbackJourney = "payment", skipped = false) => ({
    createdAt: new Date(iso),
    satisfaction,
    skipped,
    journey,
  });

  it("gives each month listed its rate, an empty month none, and ignores other months", () => {
    const rows = [
      at("2026-03-10T15:00:00Z", 5),
      at("2026-03-12T15:00:00Z", 2),
      // 23:30 on 31 March in Toronto.
      at("2026-04-01T03:30:00Z", 4),
      at("2026-05-05T15:00:00Z", 5),
      at("2026-05-06T15:00:00Z", null, "payment", true),
    ];
    expect(rateByMonth(rows, ["2026-03", "2026-04", "2026-05"])).toEqual([
      { month: "2026-03", answers: 3, satisfied: 2, rate: 2 / 3 },
      { month: "2026-04", answers: 0, satisfied: 0, rate: null },
      { month: "2026-05", answers: 1, satisfied: 1, rate: 1 },
    ]);
    expect(rateByMonth(rows, ["2026-04"])).toEqual([{ month: "2026-04", answers: 0, satisfied: 0, rate: null }]);
  });

  it("gives every journey, in a fixed order, its own rate", () => {
    const rows = [
      at("2026-03-10T15:00:00Z", 5, "renewal"),
      at("2026-03-10T15:00:00Z", 1, "renewal"),
      at("2026-03-10T15:00:00Z", 4, "portal"),
      at("2026-03-10T15:00:00Z", null, "submission", true),
    ];
    expect(rateByJourney(rows)).toEqual([
      { journey: "submission", answers: 0, satisfied: 0, rate: null },
      { journey: "payment", answers: 0, satisfied: 0, rate: null },
      { journey: "renewal", answers: 2, satisfied: 1, rate: 0.5 },
      { journey: "portal", answers: 1, satisfied: 1, rate: 1 },
    ]);
  });

  it("adds up, month by month and journey by journey, to the whole period's tally", () => {
    const row = fc
      .record({ createdAt: anyMoment, journey: anyJourney })
      .chain((base) => anyAnswer.map((answer) => ({ ...base, ...answer })));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 100 }), (rows) => {
        // 2020-01-01 00:00 UTC is still December 2019 in Toronto.
        const months = monthsFrom("2019-12", "2030-12");
        const overall = satisfactionTally(rows);
        for (const parts of [rateByMonth(rows, months), rateByJourney(rows)]) {
          expect(parts.reduce((sum, part) => sum + part.answers, 0)).toBe(overall.answers);
          expect(parts.reduce((sum, part) => sum + part.satisfied, 0)).toBe(overall.satisfied);
        }
      }),
    );
  });
});

describe("surveyJourney: decided from the file, on the server", () => {
  it("calls a renewal a renewal, paid or free", () => {
    expect(surveyJourney({ type: "renewal", hasOrder: true })).toBe("renewal");
    expect(surveyJourney({ type: "renewal", hasOrder: false })).toBe("renewal");
  });

  it("calls a file that went through payment a payment", () => {
    expect(surveyJourney({ type: "new", hasOrder: true })).toBe("payment");
    expect(surveyJourney({ type: "change", hasOrder: true })).toBe("payment");
  });

  it("calls a file submitted without a fee a submission", () => {
    expect(surveyJourney({ type: "new", hasOrder: false })).toBe("submission");
    expect(surveyJourney({ type: "report", hasOrder: false })).toBe("submission");
  });

  it("offers the survey once the Commission has received the file, not before", () => {
    expect(isSurveyOpen({ submittedAt: new Date() })).toBe(true);
    expect(isSurveyOpen({ submittedAt: null })).toBe(false);
  });
});

/** RFC 4180, as a spreadsheet reads it: quoted cells, doubled quotes, CRLF between lines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"' && text.charAt(index + 1) === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ",") {
      row.push(cell);
      cell = "";
    } else if (character === "\r" && text.charAt(index + 1) === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index += 1;
    } else cell += character;
  }
  return rows;
}

const FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"];
/** Text likely to hold what matters: formula starts, quotes, commas, line breaks, accents. */
const trickyText = fc.oneof(
  fc.string(),
  fc
    .array(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', ",", "'", "é", "«", " ", "a", "1", "SUM(A1)"), {
      maxLength: 12,
    })
    .map((parts) => parts.join("")),
);

describe("CSV", () => {
  it("writes plain text as it is and numbers as numbers", () => {
    expect(csvCell("Très bien")).toBe("Très bien");
    expect(csvCell(5)).toBe("5");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("quotes a cell with a comma, a quote or a line break, doubling its quotes", () => {
    expect(csvCell("Rapide, simple")).toBe('"Rapide, simple"');
    expect(csvCell('Le bouton « Envoyer » dit "OK"')).toBe('"Le bouton « Envoyer » dit ""OK"""');
    expect(csvCell("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
  });

  it("opens with an apostrophe a cell a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvCell("+1 613 555 0101")).toBe("'+1 613 555 0101");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("a = b")).toBe("a = b");
  });

  it("ends every line with CRLF, and the file starts with a byte-order mark", () => {
    expect(
      toCsv([
        ["a", 1],
        ["b", null],
      ]),
    ).toBe("a,1\r\nb,\r\n");
    expect(csvDocument([["é"]])).toBe("\uFEFFé\r\n");
  });

  it("reads back, cell for cell, as what was written (text neutralised)", () => {
    const cell: fc.Arbitrary<CsvCell> = fc.oneof(trickyText, fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const expected = rows.map((cells) =>
          cells.map((value) =>
            typeof value === "number"
              ? String(value)
              : value === null || value === undefined
                ? ""
                : neutraliseFormula(value),
          ),
        );
        expect(parseCsv(toCsv(rows))).toEqual(expected);
      }),
    );
  });

  it("never lets a text cell start with a formula character once read", () => {
    fc.assert(
      fc.property(fc.array(trickyText, { minLength: 1, maxLength: 6 }), (cells) => {
        const [read = []] = parseCsv(toCsv([cells]));
        for (const value of read) expect(FORMULA_STARTS).not.toContain(value.charAt(0));
      }),
    );
  });
});

describe("exportLines", () => {
  const labels: ExportLabels = {
    headers: {
      date: "Date",
      journey: "Journey",
      satisfaction: "Satisfaction",
      ease: "Ease",
      skipped: "Skipped",
      comment: "Comment",
      language: "Language",
    },
    journeys: { submission: "Submission", payment: "Payment", renewal: "Renewal", portal: "Feedback page" },
    yes: "yes",
    no: "no",
  };

  it("writes a header, then one answer a line on the Commission's clock, a hostile comment neutralised", () => {
    const csv = csvDocument(
      exportLines(
        [
          {
            createdAt: new Date("2026-04-01T03:30:00Z"),
            journey: "renewal",
            satisfaction: 4,
            ease: null,
            skipped: false,
            comment: '=HYPERLINK("http://evil.example")',
            locale: "en",
          },
          {
            createdAt: new Date("2026-04-02T15:05:00Z"),
            journey: "payment",
            satisfaction: null,
            ease: null,
            skipped: true,
            comment: null,
            locale: "fr",
          },
        ],
        labels,
      ),
    );
    expect(parseCsv(csv.slice(1))).toEqual([
      ["Date", "Journey", "Satisfaction", "Ease", "Skipped", "Comment", "Language"],
      ["2026-03-31 23:30", "Renewal", "4", "", "no", '\'=HYPERLINK("http://evil.example")', "en"],
      ["2026-04-02 11:05", "Payment", "", "", "yes", "", "fr"],
    ]);
  });

  it("writes the time as Toronto's clock shows it", () => {
    expect(commissionDateTime(new Date("2026-07-01T13:07:00Z"))).toBe("2026-07-01 09:07");
    expect(commissionDateTime(new Date("2026-12-01T04:00:00Z"))).toBe("2026-11-30 23:00");
  });
});

describe("surveySchema", () => {
  it("takes two ratings and a comment, each optional, as numbers and trimmed text", () => {
    expect(surveySchema.parse({ satisfaction: "4", ease: "2", comment: "  Merci  " })).toEqual({
      satisfaction: 4,
      ease: 2,
      comment: "Merci",
    });
    expect(surveySchema.parse({ comment: "Only a comment" })).toEqual({
      satisfaction: null,
      ease: null,
      comment: "Only a comment",
    });
    expect(surveySchema.parse({ ease: "5", comment: "" })).toEqual({ satisfaction: null, ease: 5, comment: null });
  });

  it("refuses a form sent empty, at the first question", () => {
    const result = surveySchema.safeParse({ satisfaction: "", ease: "", comment: "  " });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ path: ["satisfaction"], message: "Survey.errors.answerRequired" }]);
  });

  it("refuses a rating off the scale", () => {
    for (const value of ["0", "6", "4.5", "five", "-1"]) {
      const result = surveySchema.safeParse({ satisfaction: value });
      expect(result.error?.issues[0]).toMatchObject({ path: ["satisfaction"], message: "Survey.errors.ratingInvalid" });
    }
  });

  it("takes a comment of 2,000 characters, not one more, counting a line break once", () => {
    expect(surveySchema.safeParse({ comment: "a".repeat(COMMENT_MAX_LENGTH) }).success).toBe(true);
    expect(surveySchema.safeParse({ comment: `${"a".repeat(999)}\r\n${"a".repeat(1000)}` }).success).toBe(true);
    expect(surveySchema.safeParse({ comment: "a".repeat(COMMENT_MAX_LENGTH + 1) }).error?.issues[0]).toMatchObject({
      path: ["comment"],
      message: "Survey.errors.commentTooLong",
    });
  });

  it("drops control characters the database would refuse, and fields it does not declare", () => {
    expect(
      surveySchema.parse({ satisfaction: "5", comment: "ok\u0000\u0007 merci", journey: "portal", userId: "x" }),
    ).toEqual({ satisfaction: 5, ease: null, comment: "ok merci" });
  });

  it("never throws, whatever the form holds", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("satisfaction", "ease", "comment", "x"), fc.string()), (form) => {
        const result = surveySchema.safeParse(form);
        if (result.success) {
          const { satisfaction, ease, comment } = result.data;
          expect(satisfaction !== null || ease !== null || comment !== null).toBe(true);
          expect((comment ?? "").length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
        }
      }),
    );
  });
});

describe("portalFeedbackSchema", () => {
  it("takes a rating, a comment, or both", () => {
    expect(portalFeedbackSchema.parse({ satisfaction: "3" })).toEqual({ satisfaction: 3, comment: null });
    expect(portalFeedbackSchema.parse({ comment: "Bravo" })).toEqual({ satisfaction: null, comment: "Bravo" });
  });

  it("refuses neither, with the page's own message", () => {
    expect(portalFeedbackSchema.safeParse({}).error?.issues).toMatchObject([
      { path: ["satisfaction"], message: "FeedbackPage.errors.answerRequired" },
    ]);
  });
});
