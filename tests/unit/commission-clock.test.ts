import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commissionClock, commissionDays, commissionMoment } from "@/lib/time/commission-clock";
import type { IsoDate } from "@/lib/time/commission-date";

describe("commissionClock", () => {
  it("reads the date, the day of the week and the minutes in Toronto", () => {
    // 03:30 UTC on Sunday 29 November is still Saturday evening in Toronto.
    expect(commissionClock(new Date("2026-11-29T03:30:00Z"))).toEqual({
      date: "2026-11-28",
      weekday: 6,
      minutes: 22 * 60 + 30,
    });
    expect(commissionClock(new Date("2026-07-05T08:30:00Z"))).toEqual({ date: "2026-07-05", weekday: 0, minutes: 270 });
  });
});

describe("commissionMoment", () => {
  it("is the moment Toronto's clock shows a date and time, in winter and in summer", () => {
    expect(commissionMoment("2026-11-29", 4 * 60)).toEqual(new Date("2026-11-29T09:00:00Z"));
    expect(commissionMoment("2026-07-05", 4 * 60)).toEqual(new Date("2026-07-05T08:00:00Z"));
  });

  it("gives the same moment when asked again, as a Date of its own that the caller may change", () => {
    const first = commissionMoment("2026-12-06", 4 * 60);
    first.setTime(0);
    expect(commissionMoment("2026-12-06", 4 * 60)).toEqual(new Date("2026-12-06T09:00:00Z"));
  });

  it("reads a time the clocks skip in March as the same time on the new clock", () => {
    // 2:30 does not exist on 8 March 2026: 3:30 EDT.
    expect(commissionMoment("2026-03-08", 2 * 60 + 30)).toEqual(new Date("2026-03-08T07:30:00Z"));
  });

  it("reads a time the clocks show twice in November as the first of the two", () => {
    // 1:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST).
    expect(commissionMoment("2026-11-01", 90)).toEqual(new Date("2026-11-01T05:30:00Z"));
  });

  it("goes back and forth with commissionClock for every minute the clock shows", () => {
    const day = fc
      .date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10) as IsoDate);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 24 * 60 - 1 }), (date, minutes) => {
        const moment = commissionMoment(date, minutes);
        const clock = commissionClock(moment);
        const skipped = clock.minutes !== minutes;
        // Only the hour skipped in spring moves, by one hour forward.
        if (skipped) expect(clock).toMatchObject({ date, minutes: minutes + 60 });
        else expect(clock).toMatchObject({ date, minutes });
      }),
      { numRuns: 500 },
    );
  });
});

describe("commissionDays", () => {
  it("lists Toronto's days between two moments, both included", () => {
    expect(commissionDays(new Date("2026-11-29T03:00:00Z"), new Date("2026-11-30T12:00:00Z"))).toEqual([
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
    ]);
  });
});
