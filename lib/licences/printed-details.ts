import { z } from "zod";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatCalendarDay } from "@/lib/i18n/format";
import type { TranslatorFor } from "@/lib/i18n/translator";
import { withDynamicKeys } from "@/lib/i18n/message-keys";
import { calendarDate, type IsoDate } from "@/lib/time/commission-date";

/**
 * What a licence's kind asked to print beyond the facts every licence has (a permit's event days,
 * place and class: `CertificateDetail[]` in lib/applications/outcome.ts), as label and lines. The
 * certificate PDF and the licence page show the same rows from this one function.
 */

/** A label and its lines, in the reader's language. */
export type PrintedDetail = { label: string; lines: string[] };

/** "2026-07-18", and a day that exists (not 31 February). */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => calendarDate(day.slice(0, 4), day.slice(5, 7), day.slice(8, 10)) !== null);
/** "14:00": hours and minutes on a 24-hour clock. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

const detailValueSchema = z.union([
  z.object({ text: z.string() }),
  z.object({ day: isoDay, from: clockTime.optional(), to: clockTime.optional() }),
  z.object({ term: z.string() }),
]);
const detailsSchema = z.array(z.object({ label: z.string(), values: z.array(detailValueSchema) }));

type StoredDetail = z.infer<typeof detailsSchema>[number];

/**
 * The printed details anyone may read on the public check: what the licence allows beyond its
 * kind (its endorsements). The rest (an event's days and place, a registrant's sites) stays with
 * the holder and the Commission.
 */
const publicLabels: ReadonlySet<string> = new Set(["endorsements"]);

export function publicDetails(details: unknown): StoredDetail[] {
  const parsed = detailsSchema.safeParse(details ?? []);
  return parsed.success ? parsed.data.filter((detail) => publicLabels.has(detail.label)) : [];
}

/** « 14 h 00 », "2:00 p.m.": a time of day as the reader writes it. */
function formatClockTime(time: string, locale: AppLocale): string {
  const [hours, minutes] = time.split(":").map(Number);
  return new Intl.DateTimeFormat(`${locale}-CA`, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, 0, 1, hours, minutes)),
  );
}

/**
 * The printed details, read defensively from the licence's JSON column: any shape other than the
 * declared one gives no rows, and a label or word the messages lack is left out rather than shown
 * as a key.
 */
export function printedDetails(details: unknown, locale: AppLocale, t: TranslatorFor): PrintedDetail[] {
  const parsed = detailsSchema.safeParse(details ?? []);
  if (!parsed.success) return [];
  const translate = withDynamicKeys(t);
  return parsed.data.flatMap(({ label, values }) => {
    const labelKey = `Certificate.details.${label}`;
    if (!translate.has(labelKey)) return [];
    const lines = values.flatMap((value): string[] => {
      if ("text" in value) return value.text.trim() ? [value.text] : [];
      if ("term" in value) {
        const key = `Certificate.values.${value.term}`;
        return translate.has(key) ? [translate(key)] : [];
      }
      const day = formatCalendarDay(value.day as IsoDate, locale);
      if (!value.from || !value.to) return [day];
      return [
        t("Certificate.dayWithHours", {
          day,
          from: formatClockTime(value.from, locale),
          to: formatClockTime(value.to, locale),
        }),
      ];
    });
    return lines.length > 0 ? [{ label: translate(labelKey), lines }] : [];
  });
}
