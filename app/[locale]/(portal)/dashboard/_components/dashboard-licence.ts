import type { listMyLicences } from "@/lib/licences/queries";
import type { RenewalState } from "@/lib/licences/renewal-window";

type MyLicence = Awaited<ReturnType<typeof listMyLicences>>[number];

/** A licence as the main menu shows it: with where its renewal stands and the status it displays today. */
export type DashboardLicence = MyLicence & { renewal: RenewalState; displayedStatus: MyLicence["status"] | "expired" };
