import { createKindRegistry } from "./engine";
import { gamingOperatorNew } from "./kinds/gaming-operator";
import { liquorSalesRenewal } from "./kinds/liquor-renewal";
import { liquorSalesNew } from "./kinds/liquor-sales";
import type { PortalNames } from "./kinds/names";

/** Every application kind the portal offers. A new kind is one more declaration here. */
export const applicationKinds = createKindRegistry<PortalNames>([
  liquorSalesNew,
  liquorSalesRenewal,
  gamingOperatorNew,
]);
