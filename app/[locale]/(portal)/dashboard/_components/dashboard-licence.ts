import type { licenceNames, listMyLicences } from "@/lib/licences/queries";
import type { RenewalState } from "@/lib/licences/renewal-window";

type MyLicence = Awaited<ReturnType<typeof listMyLicences>>[number];

/** The names a licence card shows: its premises, or its holder when it has none. */
export type LicenceNames = NonNullable<ReturnType<Awaited<ReturnType<typeof licenceNames>>["get"]>>;

/** A licence as the main menu shows it: with where its renewal stands and the status it displays today. */
export type DashboardLicence = MyLicence & { renewal: RenewalState; displayedStatus: MyLicence["status"] | "expired" };

/**
 * A permit (issued for its days, with no term in years) whose last day has passed: it leaves the
 * list of licences for "Past permits", since nothing can be done with it any more.
 */
export function isPastPermit(licence: Pick<DashboardLicence, "termYears" | "renewal">): boolean {
  return licence.termYears === null && licence.renewal.state === "expired";
}

/** Renewal open, suspended or expired: what the holder must act on comes first on the main menu. */
function needsAttention(licence: Pick<DashboardLicence, "renewal" | "displayedStatus">): boolean {
  return (
    licence.renewal.state === "open" || licence.displayedStatus === "suspended" || licence.displayedStatus === "expired"
  );
}

/**
 * The licences the main menu shows as cards, at most `limit`: those needing attention first, each
 * group in the order given (the soonest to expire first). The rest are on "My licences".
 */
export function mainMenuLicences<T extends Pick<DashboardLicence, "renewal" | "displayedStatus">>(
  licences: readonly T[],
  limit: number,
): T[] {
  return [...licences.filter(needsAttention), ...licences.filter((licence) => !needsAttention(licence))].slice(
    0,
    limit,
  );
}

/** The main menu lists this many past permits; all of them are on "My licences". */
export const MAIN_MENU_PAST_PERMITS = 10;

/** The past permits the main menu lists: the newest (latest last day) first, at most `limit`. */
export function newestPastPermits<T extends Pick<DashboardLicence, "expiresOn">>(
  permits: readonly T[],
  limit: number,
): T[] {
  return [...permits].sort((a, b) => b.expiresOn.getTime() - a.expiresOn.getTime()).slice(0, limit);
}

/** The attention banner names this many licences open for renewal; it counts the rest. */
export const MAIN_MENU_RENEWAL_REMINDERS = 5;

/**
 * The licences open for renewal the attention banner names (the soonest to expire first, as given)
 * and how many more there are: an agent may have dozens open at once, which "My licences" lists
 * in the same order.
 */
export function renewalReminders<T extends Pick<DashboardLicence, "renewal">>(
  licences: readonly T[],
  limit: number,
): { named: T[]; more: number } {
  const open = licences.filter((licence) => licence.renewal.state === "open");
  return { named: open.slice(0, limit), more: Math.max(0, open.length - limit) };
}
