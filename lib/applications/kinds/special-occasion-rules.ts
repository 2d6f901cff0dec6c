import { addDays, type IsoDate } from "@/lib/time/commission-date";
import { daysBetween, type FeeBasis, type RuleBreach } from "../outcome";

/**
 * The rules of a special occasion permit (SOP), as pure functions of the event's facts: how early
 * the application must come, what it costs and when it is issued without an officer. The numbers
 * are the published ones gathered in KINDS.md ("Special occasion permits", the domain facts of issue 14).
 */

export const eventTypes = ["private", "public", "tailgate", "industry"] as const;
export type EventType = (typeof eventTypes)[number];

export const settings = ["indoor", "outdoor"] as const;
export type Setting = (typeof settings)[number];

export const eventClasses = ["sale", "no_sale"] as const;
export type EventClass = (typeof eventClasses)[number];

/** KINDS.md: an indoor private event is applied for at least 10 days before the event. */
export const INDOOR_PRIVATE_NOTICE_DAYS = 10;
/** KINDS.md: every other event at least 30 days before. */
export const NOTICE_DAYS = 30;
/** KINDS.md: an outdoor event expecting this many people or more gives its notices 60 days before, not 30. */
export const LARGE_OUTDOOR_ATTENDANCE = 5_000;
/** KINDS.md: the notices of a large outdoor event (municipal clerk, police, fire, health) go out 60 days before. */
export const LARGE_OUTDOOR_NOTICE_DAYS = 60;

/** The facts the deadline depends on. */
export type EventFacts = { eventType: EventType; setting: Setting; expectedAttendance: number };

/** KINDS.md: a tailgate event is held outdoors, beside a live sports event, whatever the answers say. */
export function effectiveSetting(eventType: EventType, setting: Setting): Setting {
  return eventType === "tailgate" ? "outdoor" : setting;
}

/**
 * How many days before the first event day the application must be received.
 *
 * Our reading of KINDS.md: the outdoor notices (30 days under 5,000 expected attendees, 60 days at
 * 5,000 or more) are copied with the application, so they exist when it is sent; the application
 * of a large outdoor event therefore comes at least 60 days before. Under 5,000 the notices' 30
 * days equal the general 30-day deadline. An indoor private event is the only one with 10 days.
 */
export function minimumNoticeDays(event: EventFacts): number {
  const setting = effectiveSetting(event.eventType, event.setting);
  if (setting === "outdoor" && event.expectedAttendance >= LARGE_OUTDOOR_ATTENDANCE) return LARGE_OUTDOOR_NOTICE_DAYS;
  if (event.eventType === "private" && setting === "indoor") return INDOOR_PRIVATE_NOTICE_DAYS;
  return NOTICE_DAYS;
}

/** Whether an application made today is early enough for an event whose first day is `firstDay`. */
export function isEarlyEnough(event: EventFacts, firstDay: IsoDate, today: IsoDate): boolean {
  return daysBetween(today, firstDay) >= minimumNoticeDays(event);
}

/** The last day on which the application may be made for an event starting on `firstDay`. */
export function lastDayToApply(event: EventFacts, firstDay: IsoDate): IsoDate {
  return addDays(firstDay, -minimumNoticeDays(event));
}

/** The fee-schedule rows of a permit, each priced per event day (KINDS.md: Sale $150, No Sale $50, tailgate $150). */
export const feeScheduleKinds = {
  sale: "special_occasion_sale",
  // KINDS.md: one source says $45 for an industry promotional No Sale event; the schedule keeps $50 for all.
  no_sale: "special_occasion_no_sale",
  tailgate: "special_occasion_tailgate",
} as const;

/**
 * The fee: the schedule's row for the class (a tailgate event has no class and its own row), paid
 * once per event day. Null while the class of a non-tailgate event is not chosen, or no day is listed.
 */
export function permitFee(eventType: EventType, eventClass: EventClass | null, days: number): FeeBasis | null {
  if (days < 1) return null;
  const row = eventType === "tailgate" ? feeScheduleKinds.tailgate : eventClass ? feeScheduleKinds[eventClass] : null;
  return row ? { scheduleKind: row, action: "new", termYears: null, quantity: days } : null;
}

/**
 * KINDS.md / issue 14: a private event that meets every rule is issued as soon as it is paid; every
 * other permit, or a private event with a broken rule or a missing answer, goes to an officer.
 */
export function isIssuedOnPayment(eventType: EventType, breaches: readonly RuleBreach[], complete: boolean): boolean {
  return eventType === "private" && breaches.length === 0 && complete;
}

/** "14:00" or "9:30" as minutes after midnight; null for anything else. */
export function minutesOf(time: string): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** "9:30" → "09:30", as the certificate prints hours. */
export function normalizedTime(time: string): string {
  const minutes = minutesOf(time);
  if (minutes === null) return time;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * The latest closing read as the next morning: an evening event may end at 01:00 or 02:00 (the
 * usual last hour of a permit's service), so an end by this hour, after a start later than it,
 * ends the next day. Not a rule of KINDS.md: the portal's reading of "end after start".
 */
export const LATEST_NEXT_MORNING_END = "02:00";

/** Whether an event day's hours make sense: the end after the start, or early the next morning. */
export function hoursMakeSense(start: string, end: string): boolean {
  const [from, to, latest] = [minutesOf(start), minutesOf(end), minutesOf(LATEST_NEXT_MORNING_END)];
  if (from === null || to === null || latest === null) return false;
  return to > from || (to <= latest && from > latest);
}
