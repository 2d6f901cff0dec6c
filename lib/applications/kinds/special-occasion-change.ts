import type { KindDeclaration } from "./names";
import { dateBoxes, text } from "../fields";
import { listItems, type Answers, type PrefillFacts, type SavedAnswers } from "../engine";
import type { CertificateDetail, DetailValue } from "../outcome";
import {
  datedDays,
  eventDayBreaches,
  eventDayFields,
  eventDaysDetail,
  placeDetails,
  placeFields,
} from "./special-occasion";

/** The certificate's row with this label, if the licence prints one. */
function detail(details: readonly CertificateDetail[] | null, label: string): CertificateDetail | null {
  return details?.find((row) => row.label === label) ?? null;
}

const texts = (row: CertificateDetail | null) =>
  (row?.values ?? []).flatMap((value) => ("text" in value ? [value.text] : []));

/**
 * The change starts from the permit as issued: its days and hours from the certificate, and its
 * place from the last approved application (the address as typed; the certificate only holds it as
 * lines), or the certificate's name and capacity when there is none.
 */
function prefill({ licence, previousAnswers }: PrefillFacts): SavedAnswers {
  const days = (detail(licence.details, "eventDays")?.values ?? []).flatMap((value) =>
    "day" in value
      ? [
          {
            id: crypto.randomUUID(),
            day: dateBoxes(value.day),
            ...(value.from ? { startTime: value.from } : {}),
            ...(value.to ? { endTime: value.to } : {}),
          },
        ]
      : [],
  );
  const [placeName] = texts(detail(licence.details, "place"));
  const [capacity] = texts(detail(licence.details, "capacity"));
  const place: Answers = previousAnswers.place ?? {
    ...(placeName ? { placeName } : {}),
    ...(capacity ? { capacity } : {}),
  };
  return { eventDays: { items: days }, place };
}

/**
 * A change to an issued special occasion permit (KINDS.md: a new date, place or capacity needs a
 * change request, or the permit can be revoked): applied for from the permit, pre-filled from it,
 * reviewed by an officer. Approval reprints the permit's days, place and capacity and moves its
 * last day. Messages live in the SpecialOccasionChangeApplication namespace.
 */
export const specialOccasionChange: KindDeclaration<"SpecialOccasionChangeApplication"> = {
  id: "special_occasion_change",
  prefix: "SOP",
  type: "change",
  messages: "SpecialOccasionChangeApplication",
  sector: "alcohol",
  sections: [
    { id: "eventDays", groupKey: "event", page: "list", min: 1, max: 30, labelFields: ["day"], fields: eventDayFields },
    { id: "place", groupKey: "event", page: "form", fields: placeFields },
    {
      id: "reason",
      groupKey: "submit",
      page: "form",
      fields: [{ name: "reason", control: "textarea", schema: text(2000) }],
    },
    { id: "documents", groupKey: "submit", page: "documents" },
  ],
  documents: [{ id: "additionalInformation", isRequired: () => false }],
  terms: [],
  onLicence: { licenceKinds: ["special_occasion_permit"], prefill },
  outcome: {
    applicant: "either",
    approval: (answers, { licence }) => {
      const items = listItems(answers, "eventDays");
      const kept = (label: string) => detail(licence?.details ?? null, label);
      // The type and class stay as issued; the setting printed with the place stays too.
      const setting: DetailValue | null = kept("place")?.values.find((value) => "term" in value) ?? null;
      const lastDay = datedDays(items).at(-1)?.day;
      return {
        type: "amend",
        details: [
          ...[kept("eventType"), kept("eventClass")].filter((row): row is CertificateDetail => row !== null),
          eventDaysDetail(items),
          ...placeDetails(answers.place ?? {}, setting),
        ],
        ...(lastDay ? { lastDay } : {}),
      };
    },
    fee: () => ({ scheduleKind: "special_occasion_change", action: "change", termYears: null, quantity: 1 }),
    review: "staff",
    blockers: (answers, { today }) => eventDayBreaches(listItems(answers, "eventDays"), today),
  },
};
