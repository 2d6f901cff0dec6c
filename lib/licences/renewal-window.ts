import { addDays, commissionToday, daysBetween, utcToIsoDate, type IsoDate } from "@/lib/time/commission-date";

/**
 * When a licence may be renewed (seed, "Comment puis-je renouveler mon permis d'alcool?"): from 60
 * days before its expiry date to the expiry date inclusive, counted in Commission time
 * (America/Toronto). After that day the licence has expired: it cannot be renewed, a new
 * application is needed, and no alcohol may be sold or served under it.
 */
export const RENEWAL_WINDOW_DAYS = 60;

export type RenewalState =
  | { state: "notYet"; opensOn: IsoDate }
  | { state: "open"; daysLeft: number }
  | { state: "expired" }
  /** Suspended, surrendered or cancelled: renewal isn't the way forward. */
  | { state: "notRenewable" }
  /** A renewal was paid by the expiry date and is being reviewed: the licence stays in force. */
  | { state: "renewalReceived" };

type LicenceDates = {
  status: string;
  expiresOn: Date;
  renewalUnderReview?: boolean;
  /** False for what is never renewed (a permit for its event days): its kind declares no renewal. */
  renewable?: boolean;
};

export function renewalState(licence: LicenceDates, now: Date): RenewalState {
  if (licence.status === "active" && licence.renewalUnderReview) return { state: "renewalReceived" };
  const today = commissionToday(now);
  const expiresOn = utcToIsoDate(licence.expiresOn);
  if (licence.status === "expired" || today > expiresOn) return { state: "expired" };
  if (licence.status !== "active" || licence.renewable === false) return { state: "notRenewable" };
  const opensOn = addDays(expiresOn, -RENEWAL_WINDOW_DAYS);
  if (today < opensOn) return { state: "notYet", opensOn };
  return { state: "open", daysLeft: daysBetween(today, expiresOn) };
}

export function canRenewLicence(licence: LicenceDates, now: Date): boolean {
  return renewalState(licence, now).state === "open";
}
