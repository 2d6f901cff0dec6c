import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  WEEKLY_MAINTENANCE,
  currentMaintenance,
  maintenanceNotice,
  maintenancePeriods,
  nextMaintenance,
  secondsUntilEnd,
  weeklyOccurrences,
  type ExtraWindow,
  type MaintenanceSchedule,
} from "@/lib/maintenance/window";
import { commissionClock } from "@/lib/time/commission-clock";

// Toronto is UTC-5 in winter (EST) and UTC-4 in summer (EDT).
const winter = (iso: string) => new Date(`${iso}-05:00`);
const summer = (iso: string) => new Date(`${iso}-04:00`);

const weeklyOnly: MaintenanceSchedule = { weekly: WEEKLY_MAINTENANCE, extras: [], cancelledWeekly: [] };
const message = { fr: "Mise à niveau de la base de données.", en: "Database upgrade." };

function extra(id: string, startsAt: Date, endsAt: Date): ExtraWindow {
  return { id, startsAt, endsAt, message };
}

function schedule(changes: Partial<MaintenanceSchedule>): MaintenanceSchedule {
  return { ...weeklyOnly, ...changes };
}

const isOpen = (now: Date, rules: MaintenanceSchedule = weeklyOnly) => currentMaintenance(now, rules) === null;

describe("currentMaintenance: the weekly window", () => {
  it("covers Sunday from 4:00 to 7:00, Toronto time: the first minute in, the minute of the end out", () => {
    expect(isOpen(winter("2026-11-29T03:59:59"))).toBe(true);
    expect(isOpen(winter("2026-11-29T04:00:00"))).toBe(false);
    expect(isOpen(winter("2026-11-29T06:59:59"))).toBe(false);
    expect(isOpen(winter("2026-11-29T07:00:00"))).toBe(true);
  });

  it("says when the window ends", () => {
    expect(currentMaintenance(winter("2026-11-29T05:12:00"), weeklyOnly)).toEqual({
      startsAt: winter("2026-11-29T04:00:00"),
      endsAt: winter("2026-11-29T07:00:00"),
      messages: [],
    });
  });

  it("follows daylight saving time in summer", () => {
    expect(isOpen(summer("2026-07-05T04:30:00"))).toBe(false);
    // 4:30 EDT is 8:30 UTC: a UTC-based rule would get this wrong.
    expect(isOpen(new Date("2026-07-05T04:30:00Z"))).toBe(true);
  });

  it("holds on the second Sunday of March, when clocks go forward at 2:00 (4:00 EDT is 08:00 UTC)", () => {
    expect(isOpen(new Date("2026-03-08T07:59:00Z"))).toBe(true); // 3:59 EDT
    expect(isOpen(new Date("2026-03-08T08:00:00Z"))).toBe(false); // 4:00 EDT
    expect(isOpen(new Date("2026-03-08T10:59:00Z"))).toBe(false); // 6:59 EDT
    expect(isOpen(new Date("2026-03-08T11:00:00Z"))).toBe(true); // 7:00 EDT
    expect(currentMaintenance(new Date("2026-03-08T09:00:00Z"), weeklyOnly)?.endsAt).toEqual(
      new Date("2026-03-08T11:00:00Z"),
    );
  });

  it("holds on the first Sunday of November, when clocks go back at 2:00 (4:00 EST is 09:00 UTC)", () => {
    expect(isOpen(new Date("2026-11-01T08:30:00Z"))).toBe(true); // 3:30 EST, which would be 4:30 EDT
    expect(isOpen(new Date("2026-11-01T08:59:00Z"))).toBe(true); // 3:59 EST
    expect(isOpen(new Date("2026-11-01T09:00:00Z"))).toBe(false); // 4:00 EST
    expect(isOpen(new Date("2026-11-01T11:59:00Z"))).toBe(false); // 6:59 EST
    expect(isOpen(new Date("2026-11-01T12:00:00Z"))).toBe(true); // 7:00 EST
  });

  it("lasts three hours every Sunday of the year, whatever the clocks do", () => {
    const year = weeklyOccurrences(
      WEEKLY_MAINTENANCE,
      new Date("2026-01-01T00:00:00Z"),
      new Date("2027-01-01T00:00:00Z"),
    );
    expect(year).toHaveLength(52);
    for (const occurrence of year) {
      expect(occurrence.endsAt.getTime() - occurrence.startsAt.getTime()).toBe(3 * 60 * 60 * 1000);
      expect(commissionClock(occurrence.startsAt)).toMatchObject({ weekday: 0, minutes: 4 * 60 });
    }
  });

  it("is closed on other days at the same hours", () => {
    expect(isOpen(winter("2026-11-28T05:00:00"))).toBe(true);
    expect(isOpen(winter("2026-11-30T05:00:00"))).toBe(true);
  });
});

describe("currentMaintenance: extra windows", () => {
  const tuesday = extra("a", winter("2026-12-01T21:00:00"), winter("2026-12-01T23:30:00"));

  it("closes the portal on any day, from its start to its end, with its message", () => {
    const rules = schedule({ extras: [tuesday] });
    expect(isOpen(winter("2026-12-01T20:59:00"), rules)).toBe(true);
    expect(currentMaintenance(winter("2026-12-01T21:00:00"), rules)).toEqual({
      startsAt: tuesday.startsAt,
      endsAt: tuesday.endsAt,
      messages: [message],
    });
    expect(isOpen(winter("2026-12-01T23:29:59"), rules)).toBe(false);
    expect(isOpen(winter("2026-12-01T23:30:00"), rules)).toBe(true);
  });

  it("extends the weekly window it overlaps: one period, until the later end", () => {
    const rules = schedule({ extras: [extra("b", winter("2026-11-29T06:00:00"), winter("2026-11-29T09:00:00"))] });
    const at5 = currentMaintenance(winter("2026-11-29T05:00:00"), rules);
    expect(at5).toEqual({
      startsAt: winter("2026-11-29T04:00:00"),
      endsAt: winter("2026-11-29T09:00:00"),
      messages: [message],
    });
    expect(currentMaintenance(winter("2026-11-29T08:00:00"), rules)?.endsAt).toEqual(winter("2026-11-29T09:00:00"));
    expect(isOpen(winter("2026-11-29T09:00:00"), rules)).toBe(true);
  });

  it("starts the period earlier when it begins before the weekly window", () => {
    const rules = schedule({ extras: [extra("c", winter("2026-11-29T01:00:00"), winter("2026-11-29T05:00:00"))] });
    expect(currentMaintenance(winter("2026-11-29T06:00:00"), rules)).toMatchObject({
      startsAt: winter("2026-11-29T01:00:00"),
      endsAt: winter("2026-11-29T07:00:00"),
    });
  });

  it("joins a window that starts the minute the weekly one ends, and leaves one inside it unchanged", () => {
    const touching = schedule({ extras: [extra("d", winter("2026-11-29T07:00:00"), winter("2026-11-29T08:00:00"))] });
    expect(currentMaintenance(winter("2026-11-29T04:30:00"), touching)?.endsAt).toEqual(winter("2026-11-29T08:00:00"));
    const inside = schedule({ extras: [extra("e", winter("2026-11-29T05:00:00"), winter("2026-11-29T06:00:00"))] });
    expect(currentMaintenance(winter("2026-11-29T04:30:00"), inside)?.endsAt).toEqual(winter("2026-11-29T07:00:00"));
  });
});

describe("currentMaintenance: a cancelled weekly occurrence", () => {
  const cancelled = schedule({ cancelledWeekly: [winter("2026-11-29T04:00:00")] });

  it("leaves that Sunday open and the next one closed", () => {
    expect(isOpen(winter("2026-11-29T05:00:00"), cancelled)).toBe(true);
    expect(isOpen(winter("2026-12-06T05:00:00"), cancelled)).toBe(false);
  });

  it("does not cancel an extra window at the same time", () => {
    const rules = { ...cancelled, extras: [extra("f", winter("2026-11-29T05:00:00"), winter("2026-11-29T06:00:00"))] };
    expect(isOpen(winter("2026-11-29T04:30:00"), rules)).toBe(true);
    expect(currentMaintenance(winter("2026-11-29T05:30:00"), rules)?.endsAt).toEqual(winter("2026-11-29T06:00:00"));
  });
});

describe("nextMaintenance and maintenanceNotice", () => {
  it("warns a day ahead, from the minute 24 hours before the start", () => {
    expect(maintenanceNotice(winter("2026-11-28T03:59:00"), weeklyOnly)).toBeNull();
    expect(maintenanceNotice(winter("2026-11-28T04:00:00"), weeklyOnly)).toMatchObject({
      phase: "withinDay",
      period: { startsAt: winter("2026-11-29T04:00:00") },
    });
  });

  it("warns again an hour ahead, then says it is under way", () => {
    expect(maintenanceNotice(winter("2026-11-29T02:59:00"), weeklyOnly)?.phase).toBe("withinDay");
    expect(maintenanceNotice(winter("2026-11-29T03:00:00"), weeklyOnly)?.phase).toBe("withinHour");
    expect(maintenanceNotice(winter("2026-11-29T03:59:00"), weeklyOnly)?.phase).toBe("withinHour");
    expect(maintenanceNotice(winter("2026-11-29T04:00:00"), weeklyOnly)?.phase).toBe("underWay");
  });

  it("says nothing once the window is over", () => {
    expect(maintenanceNotice(winter("2026-11-29T07:00:00"), weeklyOnly)).toBeNull();
  });

  it("counts the day ahead in real hours on the weekend clocks go forward (from 3:00 EST on Saturday)", () => {
    expect(nextMaintenance(new Date("2026-03-07T07:59:00Z"), weeklyOnly)).toBeNull();
    expect(nextMaintenance(new Date("2026-03-07T08:00:00Z"), weeklyOnly)?.startsAt).toEqual(
      new Date("2026-03-08T08:00:00Z"),
    );
  });

  it("does not warn of a cancelled occurrence, and warns of an extra window with its message", () => {
    const rules = schedule({
      cancelledWeekly: [winter("2026-11-29T04:00:00")],
      extras: [extra("g", winter("2026-11-29T12:00:00"), winter("2026-11-29T13:00:00"))],
    });
    expect(maintenanceNotice(winter("2026-11-29T03:30:00"), rules)).toMatchObject({
      phase: "withinDay",
      period: { startsAt: winter("2026-11-29T12:00:00"), messages: [message] },
    });
  });
});

describe("secondsUntilEnd", () => {
  it("is the Retry-After of a refusal: whole seconds, at least one", () => {
    const period = { startsAt: winter("2026-11-29T04:00:00"), endsAt: winter("2026-11-29T07:00:00"), messages: [] };
    expect(secondsUntilEnd(winter("2026-11-29T06:59:30"), period)).toBe(30);
    expect(secondsUntilEnd(new Date(winter("2026-11-29T07:00:00").getTime() - 1), period)).toBe(1);
  });
});

describe("properties", () => {
  const instant = fc.date({
    min: new Date("2026-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  });
  const window = fc
    .tuple(instant, fc.integer({ min: 1, max: 72 * 60 }))
    .map(([start, minutes]) => extra("x", start, new Date(start.getTime() + minutes * 60_000)));

  it("the weekly window alone is exactly Sunday 4:00–7:00 on the Commission's clock", () => {
    fc.assert(
      fc.property(instant, (now) => {
        const clock = commissionClock(now);
        const expected = clock.weekday === 0 && clock.minutes >= 240 && clock.minutes < 420;
        expect(currentMaintenance(now, weeklyOnly) !== null).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("any moment inside a window is under maintenance, until at least that window's end", () => {
    fc.assert(
      fc.property(
        fc.array(window, { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (extras, share) => {
          const [first] = extras as [ExtraWindow];
          const now = new Date(
            first.startsAt.getTime() + Math.floor(share * (first.endsAt.getTime() - first.startsAt.getTime() - 1)),
          );
          const period = currentMaintenance(now, schedule({ extras }));
          if (!period) throw new Error(`open at ${now.toISOString()}, inside a window`);
          expect(period.startsAt <= now && now < period.endsAt).toBe(true);
          expect(period.endsAt >= first.endsAt).toBe(true);
          // The end of a period is open again: windows that touch are one period.
          expect(currentMaintenance(period.endsAt, schedule({ extras }))).toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });

  it("periods come in order, apart from each other", () => {
    fc.assert(
      fc.property(fc.array(window, { maxLength: 6 }), instant, (extras, from) => {
        const to = new Date(from.getTime() + 30 * 24 * 60 * 60 * 1000);
        const periods = maintenancePeriods(schedule({ extras }), from, to);
        for (const [index, period] of periods.entries()) {
          expect(period.startsAt < period.endsAt).toBe(true);
          const next = periods[index + 1];
          if (next) expect(period.endsAt < next.startsAt).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("with every weekly occurrence cancelled and no extra window, the portal is always open", () => {
    const cancelledWeekly = weeklyOccurrences(
      WEEKLY_MAINTENANCE,
      new Date("2025-12-20T00:00:00Z"),
      new Date("2031-01-10T00:00:00Z"),
    ).map((occurrence) => occurrence.startsAt);
    fc.assert(
      fc.property(instant, (now) => {
        expect(maintenanceNotice(now, schedule({ cancelledWeekly }))).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
