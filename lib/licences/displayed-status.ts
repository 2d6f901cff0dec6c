import { renewalState } from "./renewal-window";

type LicenceOnFile<S extends string> = { status: S; expiresOn: Date; renewalUnderReview?: boolean };

/**
 * The status a licence shows on `now`: an "active" licence whose expiry date has passed has expired
 * even if the nightly job has not marked it yet, so no page, certificate or public answer ever
 * presents it as in force. A renewal paid by the expiry date keeps it active while it is reviewed.
 */
export function displayedLicenceStatus<S extends string>(licence: LicenceOnFile<S>, now: Date): S | "expired" {
  return renewalState(licence, now).state === "expired" ? "expired" : licence.status;
}
