import { daysBetween, type IsoDate } from "./commission-date";

/**
 * Licences that end on their holder's birthday (horse racing). Pure calendar arithmetic on ISO
 * dates: a 29 February birthday falls on 28 February in the years that have no 29th.
 */

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The holder's birthday in `year`. */
export function birthdayIn(year: number, dateOfBirth: IsoDate): IsoDate {
  const [, month, day] = dateOfBirth.split("-");
  const date = month === "02" && day === "29" && !isLeapYear(year) ? "02-28" : `${month}-${day}`;
  return `${String(year).padStart(4, "0")}-${date}` as IsoDate;
}

/**
 * The first birthday after `today` that is more than `atLeastDays` away: a licence issued a few
 * days before the holder's birthday runs to the next one rather than expiring inside its own
 * renewal window.
 */
export function nextBirthday(today: IsoDate, dateOfBirth: IsoDate, atLeastDays = 0): IsoDate {
  let year = Number(today.slice(0, 4));
  let candidate = birthdayIn(year, dateOfBirth);
  while (daysBetween(today, candidate) <= atLeastDays) {
    year += 1;
    candidate = birthdayIn(year, dateOfBirth);
  }
  return candidate;
}
