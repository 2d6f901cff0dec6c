import { createKindRegistry } from "./engine";
import { gamingOperatorNew } from "./kinds/gaming-operator";
import { liquorSalesRenewal } from "./kinds/liquor-renewal";
import { liquorSalesNew } from "./kinds/liquor-sales";
import { liquorSalesChange } from "./kinds/liquor-change";
import { liquorSalesTransfer } from "./kinds/liquor-transfer";
import type { PortalNames } from "./kinds/names";
import { specialOccasionPermit } from "./kinds/special-occasion";
import { specialOccasionChange } from "./kinds/special-occasion-change";

/** Every application kind the portal offers. A new kind is one more declaration here. */
export const applicationKinds = createKindRegistry<PortalNames>([
  liquorSalesNew,
  liquorSalesRenewal,
  liquorSalesChange,
  liquorSalesTransfer,
  gamingOperatorNew,
  specialOccasionPermit,
  specialOccasionChange,
]);

/** The licence kinds some kind renews: only these get renewal reminders and a Renew button. */
export function renewableLicenceKinds(): string[] {
  return applicationKinds
    .all()
    .flatMap((kind) => (kind.type === "renewal" ? (kind.onLicence?.licenceKinds ?? []) : []));
}

export function isRenewable(licenceKind: string): boolean {
  return applicationKinds.onLicence(licenceKind, "renewal") !== null;
}
