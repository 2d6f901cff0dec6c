import type { Formats } from "next-intl";
import { COMMISSION_TIME_ZONE } from "@/lib/time/time-zone";

/**
 * The named formats of next-intl's formatter (`format.dateTime(date, "day")`), per locale. Outside
 * a page's formatter, `./format.ts` writes the same dates and amounts.
 */
export const formats = {
  dateTime: {
    /** A calendar day stored as a `@db.Date` (midnight UTC): formatted in UTC, or Toronto shows the day before. */
    day: { dateStyle: "long", timeZone: "UTC" },
    /** The day of a moment, Commission time. */
    long: { day: "numeric", month: "long", year: "numeric", timeZone: COMMISSION_TIME_ZONE },
    /** The time of a moment, Commission time. */
    time: { hour: "numeric", minute: "2-digit", timeZone: COMMISSION_TIME_ZONE },
    /** A moment's day and time together. */
    moment: {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone: COMMISSION_TIME_ZONE,
    },
  },
} satisfies Formats;
