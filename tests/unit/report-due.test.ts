import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { reportDue } from "@/lib/applications/report-due";
import { addDays, type IsoDate } from "@/lib/time/commission-date";
import { netProceedsBreaches } from "@/lib/applications/kinds/lottery-reports";

const day = fc.integer({ min: 0, max: 3_000 }).map((offset) => addDays("2026-01-01" as IsoDate, offset));

describe("a report due after a licence's last day", () => {
  it("is not yet due while the licence runs, due for its days, overdue after, and done once filed", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -100, max: 200 }),
        fc.integer({ min: 1, max: 90 }),
        (lastDay, offset, days) => {
          const today = addDays(lastDay, offset);
          const due = reportDue(lastDay, days, false, today);
          const dueOn = addDays(lastDay, days);
          if (offset <= 0) expect(due).toEqual({ state: "notYet", dueOn });
          else if (offset <= days) expect(due).toEqual({ state: "due", dueOn, daysLeft: days - offset });
          else expect(due).toEqual({ state: "overdue", dueOn, daysLate: offset - days });
          expect(reportDue(lastDay, days, true, today)).toEqual({ state: "filed" });
        },
      ),
    );
  });
});

describe("a post-event report's net proceeds", () => {
  it("must be the receipts less prizes and expenses, judged once all four are numbers", () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.nat(1_000_000),
        fc.nat(1_000_000),
        fc.integer({ min: -5, max: 5 }),
        (g, p, e, off) => {
          const net = g - p - e + off;
          const answers = {
            results: { grossReceipts: String(g), prizesPaid: String(p), expenses: String(e), netProceeds: String(net) },
          };
          const breaches = netProceedsBreaches(answers);
          if (net < 0) expect(breaches).toEqual([]);
          else if (off === 0) expect(breaches).toEqual([]);
          else
            expect(breaches).toEqual([
              { rule: "netDoesNotAddUp", section: "results", values: { expected: g - p - e } },
            ]);
        },
      ),
    );
    expect(netProceedsBreaches({ results: { grossReceipts: "100" } })).toEqual([]);
  });
});
