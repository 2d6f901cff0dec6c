import type { listMyLicences } from "@/lib/licences/queries";
import type { RenewalState } from "@/lib/licences/renewal-window";

type MyLicence = Awaited<ReturnType<typeof listMyLicences>>[number];

/** A licence as the main menu shows it: with where its renewal stands and the status it displays today. */
export type DashboardLicence = MyLicence & { renewal: RenewalState; displayedStatus: MyLicence["status"] | "expired" };

/**
 * A permit (issued for its days, with no term in years) whose last day has passed: it leaves the
 * list of licences for "Past permits", since nothing can be done with it any more.
 */
export function isPastPermit(licence: Pick<DashboardLicence, "termYears" | "renewal">): boolean {
  return licence.termYears === null && licence.renewal.state === "expired";
}
