import { addDays, daysBetween, type IsoDate } from "@/lib/time/commission-date";

/**
 * Where a report due after a licence's last day stands (a lottery's post-event report, due a set
 * number of days after it): filed, not yet due (the licence still runs), due, or overdue. Pure,
 * so the main menu, the licence page and the reminders agree.
 */
export type ReportDue =
  | { state: "filed" }
  | { state: "notYet"; dueOn: IsoDate }
  | { state: "due"; dueOn: IsoDate; daysLeft: number }
  | { state: "overdue"; dueOn: IsoDate; daysLate: number };

export function reportDue(lastDay: IsoDate, dueDaysAfterLastDay: number, filed: boolean, today: IsoDate): ReportDue {
  if (filed) return { state: "filed" };
  const dueOn = addDays(lastDay, dueDaysAfterLastDay);
  if (today <= lastDay) return { state: "notYet", dueOn };
  if (today <= dueOn) return { state: "due", dueOn, daysLeft: daysBetween(today, dueOn) };
  return { state: "overdue", dueOn, daysLate: daysBetween(dueOn, today) };
}
