import { createKindRegistry, type Sector } from "./engine";
import { charitableEligibility } from "./kinds/charitable-eligibility";
import { lotteryLicence } from "./kinds/lottery-licence";
import { lotteryIncidentReport, lotteryPostEventReport } from "./kinds/lottery-reports";
import { gamingAssistantNew } from "./kinds/gaming-assistant";
import { gamingRegistrationNew } from "./kinds/gaming-registration";
import { gamingRegistrationRenewal } from "./kinds/gaming-registration-renewal";
import { gamingRegistrationChange } from "./kinds/gaming-registration-change";
import { horseRacingNew } from "./kinds/horse-racing";
import { horseRacingRenewal } from "./kinds/horse-racing-renewal";
import { liquorSalesRenewal } from "./kinds/liquor-renewal";
import { liquorSalesNew } from "./kinds/liquor-sales";
import { liquorSalesChange } from "./kinds/liquor-change";
import { liquorSalesTransfer } from "./kinds/liquor-transfer";
import { lotteryRetailerNew } from "./kinds/lottery-retailer";
import { lotteryRetailerRenewal } from "./kinds/lottery-retailer-renewal";
import type { PortalNames } from "./kinds/names";
import { specialOccasionPermit } from "./kinds/special-occasion";
import { specialOccasionChange } from "./kinds/special-occasion-change";

/** Every application kind the portal offers. A new kind is one more declaration here. */
export const applicationKinds = createKindRegistry<PortalNames>([
  liquorSalesNew,
  liquorSalesRenewal,
  liquorSalesChange,
  liquorSalesTransfer,
  gamingRegistrationNew,
  gamingRegistrationRenewal,
  gamingRegistrationChange,
  gamingAssistantNew,
  charitableEligibility,
  lotteryLicence,
  lotteryPostEventReport,
  lotteryIncidentReport,
  specialOccasionPermit,
  specialOccasionChange,
  horseRacingNew,
  horseRacingRenewal,
  lotteryRetailerNew,
  lotteryRetailerRenewal,
]);

/** The licence kinds some kind renews: only these get renewal reminders and a Renew button. */
export function renewableLicenceKinds(): string[] {
  return applicationKinds
    .all()
    .flatMap((kind) => (kind.type === "renewal" ? (kind.onLicence?.licenceKinds ?? []) : []));
}

/**
 * The sector a licence kind belongs to: that of the kinds applied for on it (its renewal, its
 * change, its reports). Says, for one, whether an expired licence is about selling alcohol.
 */
export function sectorOfLicence(licenceKind: string): Sector | null {
  return applicationKinds.all().find((kind) => kind.onLicence?.licenceKinds.includes(licenceKind))?.sector ?? null;
}

export function isRenewable(licenceKind: string): boolean {
  return applicationKinds.onLicence(licenceKind, "renewal") !== null;
}
