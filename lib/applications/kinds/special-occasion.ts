import { z } from "zod";
import type { KindDeclaration } from "./names";
import { dateAnswer, text, type FieldDefinition } from "../fields";
import { listItems, sectionStates, type Answers, type SavedAnswers } from "../engine";
import type { CertificateDetail, DetailValue, RuleBreach } from "../outcome";
import type { IsoDate } from "@/lib/time/commission-date";
import {
  effectiveSetting,
  eventClasses,
  eventTypes,
  hoursMakeSense,
  isEarlyEnough,
  isIssuedOnPayment,
  minimumNoticeDays,
  normalizedTime,
  permitFee,
  settings,
  type EventClass,
  type EventFacts,
  type EventType,
} from "./special-occasion-rules";

/**
 * The special occasion permit (SOP): one event — private, public, tailgate or industry promotional —
 * on one or more days at one place. Its deadlines, fees and "issued on payment" rule are in
 * ./special-occasion-rules.ts; this file says which answers feed them. Messages live in the
 * SpecialOccasionApplication namespace.
 */

const count = (max: number) => z.coerce.number().int().min(1).max(max);
const time = z
  .string()
  .trim()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/);

/** An event day and its hours: shared with the change to a permit. */
export const eventDayFields: readonly FieldDefinition[] = [
  { name: "day", control: "date", range: "future" },
  { name: "startTime", control: "text", schema: time, width: "short" },
  { name: "endTime", control: "text", schema: time, width: "short" },
];

/** Where the event is held: shared with the change to a permit. */
export const placeFields: readonly FieldDefinition[] = [
  { name: "placeName", control: "text", schema: text() },
  { name: "address", control: "address" },
  { name: "capacity", control: "text", schema: count(1_000_000), width: "short", numeric: true },
];

/** The most days one permit covers. */
const MAX_EVENT_DAYS = 30;

function oneOf<T extends string>(options: readonly T[], value: unknown): T | null {
  return options.find((option) => option === value) ?? null;
}

/** The type, setting and attendance the start section gives; null until they are all answered. */
export function eventFacts(answers: SavedAnswers): EventFacts | null {
  const event = answers.event ?? {};
  const eventType = oneOf(eventTypes, event.eventType);
  const setting = oneOf(settings, event.setting);
  const expectedAttendance = Number(event.expectedAttendance);
  if (!eventType || !setting || !Number.isInteger(expectedAttendance) || expectedAttendance < 1) return null;
  return { eventType, setting, expectedAttendance };
}

function eventType(answers: SavedAnswers): EventType | null {
  return oneOf(eventTypes, answers.event?.eventType);
}

function eventClass(answers: SavedAnswers): EventClass | null {
  return oneOf(eventClasses, answers.eventClass?.eventClass);
}

/** An event day as the answers hold it: its date (null until it is a real one) and hours as typed. */
type EventDay = { day: IsoDate | null; from: string; to: string };

function daysOf(items: readonly Answers[]): EventDay[] {
  return items.map((item) => ({
    day: dateAnswer(item.day),
    from: typeof item.startTime === "string" ? item.startTime : "",
    to: typeof item.endTime === "string" ? item.endTime : "",
  }));
}

/** The event's days with a real date, earliest first. */
export function datedDays(items: readonly Answers[]): (EventDay & { day: IsoDate })[] {
  return daysOf(items)
    .filter((day): day is EventDay & { day: IsoDate } => day.day !== null)
    .sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * The rules on the listed days, shared with the change to a permit: no day already past, no day
 * listed twice, and hours that make sense.
 */
export function eventDayBreaches(items: readonly Answers[], today: IsoDate): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  const seen = new Set<IsoDate>();
  for (const { day, from, to } of datedDays(items)) {
    const values = { date: day };
    if (day < today) breaches.push({ rule: "dayInPast", section: "eventDays", values });
    if (seen.has(day)) breaches.push({ rule: "repeatedDay", section: "eventDays", values });
    if (from !== "" && to !== "" && !hoursMakeSense(from, to))
      breaches.push({ rule: "hours", section: "eventDays", values });
    seen.add(day);
  }
  return breaches;
}

/** The certificate's line of days: each day with its hours, in order. */
export function eventDaysDetail(items: readonly Answers[]): CertificateDetail {
  return {
    label: "eventDays",
    values: datedDays(items).map(({ day, from, to }) => ({
      day,
      ...(from ? { from: normalizedTime(from) } : {}),
      ...(to ? { to: normalizedTime(to) } : {}),
    })),
  };
}

/** The place's name and address as the certificate prints them, with the setting when it is known. */
export function placeDetails(place: Answers, setting: DetailValue | null): CertificateDetail[] {
  const address = (place.address ?? {}) as Record<string, unknown>;
  const part = (key: string) => (typeof address[key] === "string" ? String(address[key]) : "");
  const lines = [
    String(place.placeName ?? ""),
    [part("line1"), part("line2")].filter(Boolean).join(", "),
    [[part("city"), part("province")].filter(Boolean).join(", "), part("postalCode")].filter(Boolean).join("  "),
  ].filter(Boolean);
  return [
    { label: "place", values: [...lines.map((line) => ({ text: line })), ...(setting ? [setting] : [])] },
    { label: "capacity", values: [{ text: String(place.capacity ?? "") }] },
  ];
}

/** The day the rules judge the deadline on: the earliest listed day, or the first day given at the start. */
function firstEventDay(answers: SavedAnswers): IsoDate | null {
  return datedDays(listItems(answers, "eventDays"))[0]?.day ?? dateAnswer(answers.event?.firstDay);
}

function blockers(answers: SavedAnswers, { today }: { today: IsoDate }): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  const facts = eventFacts(answers);
  if (answers.event?.eventType === "tailgate" && answers.event.setting === "indoor")
    breaches.push({ rule: "tailgateIndoors", section: "event" });
  const firstDay = firstEventDay(answers);
  if (facts && firstDay && firstDay >= today && !isEarlyEnough(facts, firstDay, today)) {
    // Fixed where the first day is: the list once it holds dates, the start answers before.
    const section = datedDays(listItems(answers, "eventDays")).length > 0 ? "eventDays" : "event";
    breaches.push({ rule: "deadline", section, values: { days: minimumNoticeDays(facts), date: firstDay } });
  }
  const items = listItems(answers, "eventDays");
  if (items.length > 0) breaches.push(...eventDayBreaches(items, today));
  else if (firstDay && firstDay < today)
    breaches.push({ rule: "dayInPast", section: "event", values: { date: firstDay } });
  return breaches;
}

/**
 * Every question the answers call for is answered (documents aside: they are facts of the file,
 * checked when it is submitted).
 */
function answersComplete(answers: SavedAnswers): boolean {
  const documentSections = new Set<string>(
    specialOccasionPermit.sections.filter((section) => section.page === "documents").map((section) => section.id),
  );
  return sectionStates(specialOccasionPermit, answers)
    .filter((state) => !documentSections.has(state.id))
    .every((state) => state.status === "completed");
}

export const specialOccasionPermit: KindDeclaration<"SpecialOccasionApplication"> = {
  id: "special_occasion_permit",
  prefix: "SOP",
  type: "new",
  messages: "SpecialOccasionApplication",
  sector: "alcohol",
  sections: [
    {
      id: "event",
      groupKey: "event",
      page: "form",
      fields: [
        { name: "eventType", control: "radio", options: eventTypes },
        { name: "setting", control: "radio", options: settings, inline: true },
        { name: "firstDay", control: "date", range: "future" },
        { name: "expectedAttendance", control: "text", schema: count(1_000_000), width: "short", numeric: true },
      ],
    },
    {
      id: "eventClass",
      groupKey: "event",
      page: "form",
      appliesWhen: (saved) => eventType(saved) !== "tailgate",
      fields: [
        { name: "eventClass", control: "radio", options: eventClasses },
        {
          name: "salesMethod",
          control: "radio",
          options: ["tickets", "cash_bar", "admission", "collected_before"],
          when: { field: "eventClass", equals: "sale" },
        },
      ],
    },
    {
      id: "eventDays",
      groupKey: "event",
      page: "list",
      min: 1,
      max: MAX_EVENT_DAYS,
      // A day is a date answer, not text: the list names an item by it where itemLabel reads date answers (answerText).
      labelFields: ["day"],
      fields: eventDayFields,
    },
    { id: "place", groupKey: "event", page: "form", fields: placeFields },
    {
      id: "publicEvent",
      groupKey: "details",
      page: "form",
      appliesWhen: (saved) => eventType(saved) === "public",
      fields: [
        { name: "significance", control: "radio", options: ["municipal", "provincial", "national", "charitable"] },
        { name: "details", control: "textarea", schema: text(2000) },
      ],
    },
    {
      id: "privateEvent",
      groupKey: "details",
      page: "form",
      appliesWhen: (saved) => eventType(saved) === "private",
      fields: [{ name: "invitedOnly", control: "checkbox" }],
    },
    {
      id: "tailgateEvent",
      groupKey: "details",
      page: "form",
      appliesWhen: (saved) => eventType(saved) === "tailgate",
      fields: [{ name: "sportsEvent", control: "text", schema: text() }],
    },
    {
      id: "industryEvent",
      groupKey: "details",
      page: "form",
      appliesWhen: (saved) => eventType(saved) === "industry",
      fields: [{ name: "manufacturer", control: "text", schema: text() }],
    },
    { id: "documents", groupKey: "submit", page: "documents", requires: ["event"] },
    { id: "declaration", groupKey: "submit", page: "form", fields: [{ name: "confirmed", control: "checkbox" }] },
  ],
  documents: [
    { id: "proofOfSignificance", isRequired: (answers) => eventType(answers) === "public" },
    {
      id: "outdoorNotices",
      isRequired: (answers) => {
        const facts = eventFacts(answers);
        return facts !== null && effectiveSetting(facts.eventType, facts.setting) === "outdoor";
      },
    },
    { id: "boundarySketch", isRequired: (answers) => eventType(answers) === "tailgate" },
    // Never required: what an applicant adds when a licensing officer asks for more information.
    { id: "additionalInformation", isRequired: () => false },
  ],
  terms: [],
  catalogue: { guidanceUrl: "https://www.agco.ca/en/alcohol/special-occasion-permits" },
  startSection: "event",
  draftFromStart: (start) => ({
    eventDays: { items: [{ id: crypto.randomUUID(), ...(start.firstDay ? { day: start.firstDay } : {}) }] },
  }),
  outcome: {
    // A person for themselves; an organisation the account is linked to is chosen on the start page
    // (the draft then carries its entity, which the engine keeps).
    applicant: "either",
    applicantRecord: () => ({ type: "individual" }),
    approval: (answers, { today }) => {
      const type = eventType(answers) ?? "private";
      const klass = eventClass(answers);
      const facts = eventFacts(answers);
      // A file is submitted with its days listed; `today` only stands in for a file that somehow has none.
      const lastDay = datedDays(listItems(answers, "eventDays")).at(-1)?.day ?? firstEventDay(answers) ?? today;
      return {
        type: "issue",
        issued: {
          licenceKind: "special_occasion_permit",
          numberPrefix: "SOP",
          validity: { type: "until", lastDay },
          premises: null,
          details: [
            { label: "eventType", values: [{ term: type }] },
            ...(type !== "tailgate" && klass ? [{ label: "eventClass", values: [{ term: klass }] }] : []),
            eventDaysDetail(listItems(answers, "eventDays")),
            ...placeDetails(
              answers.place ?? {},
              facts ? { term: effectiveSetting(facts.eventType, facts.setting) } : null,
            ),
          ],
        },
      };
    },
    fee: (answers) => {
      const type = eventType(answers);
      return type ? permitFee(type, eventClass(answers), listItems(answers, "eventDays").length) : null;
    },
    review: {
      issuedOnPaymentWhen: (answers, context) => {
        const type = eventType(answers);
        return type !== null && isIssuedOnPayment(type, blockers(answers, context), answersComplete(answers));
      },
    },
    blockers,
  },
};
