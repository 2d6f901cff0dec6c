import type { Formats } from "next-intl";

/** Dates in the Commission's time zone and money in CAD, formatted per locale (fr-CA / en-CA). */
export const formats = {
  dateTime: {
    long: { day: "numeric", month: "long", year: "numeric", timeZone: "America/Toronto" },
    time: { hour: "numeric", minute: "2-digit", timeZone: "America/Toronto" },
  },
  number: {
    // narrowSymbol: "$1,055.00" and « 1 055,00 $ », not "CA$" or « $ CA », on a Canadian portal.
    money: { style: "currency", currency: "CAD", currencyDisplay: "narrowSymbol" },
  },
} satisfies Formats;
