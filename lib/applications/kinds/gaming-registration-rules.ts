import type { CertificateDetail, FeeBasis } from "../outcome";

/**
 * Gaming registrations (KINDS.md "Gaming registrations"): who registers, and what each category
 * costs a year. The amounts are rows of the fee schedule; this file only says which row prices a
 * category and how many times (an operator pays for each of its sites).
 */
export const businessCategories = [
  "commercial_operator",
  "charitable_operator_frequent",
  "charitable_operator",
  "equipment_manufacturer",
  "gaming_supplier",
  "non_gaming_supplier",
  "seller",
] as const;
export const assistantCategories = ["gaming_assistant_1", "gaming_assistant_2"] as const;
export const registrationCategories = [...businessCategories, ...assistantCategories] as const;

export type BusinessCategory = (typeof businessCategories)[number];
export type RegistrationCategory = (typeof registrationCategories)[number];

/**
 * The fee schedule's kind for each category (prisma/migrations: the registrations' rows); null for
 * a category the Commission registers without a fee (a charity's break-open ticket seller).
 */
const scheduleKinds: Record<RegistrationCategory, string | null> = {
  commercial_operator: "gaming_operator_new",
  charitable_operator_frequent: "charitable_gaming_site_operator_frequent",
  charitable_operator: "charitable_gaming_site_operator",
  equipment_manufacturer: "gaming_equipment_manufacturer_new",
  gaming_supplier: "gaming_related_supplier_new",
  non_gaming_supplier: "non_gaming_supplier_new",
  seller: null,
  gaming_assistant_1: "gaming_assistant_category_1",
  gaming_assistant_2: "gaming_assistant_category_2",
};

export function isRegistrationCategory(value: unknown): value is RegistrationCategory {
  return registrationCategories.some((category) => category === value);
}

/** Operators register their gaming sites and pay for each one. */
export function isOperator(category: RegistrationCategory | null): boolean {
  return (
    category === "commercial_operator" ||
    category === "charitable_operator_frequent" ||
    category === "charitable_operator"
  );
}

export function isAssistant(category: RegistrationCategory | null): boolean {
  return category === "gaming_assistant_1" || category === "gaming_assistant_2";
}

/**
 * A year's registration: one row of the schedule, paid once for each site by an operator, once by
 * anyone else; "none" for a seller. Null while the category (or an operator's first site) is not
 * known: nothing to price.
 */
export function registrationFee(
  category: RegistrationCategory | null,
  siteCount: number,
  action: "new" | "renewal",
): FeeBasis | "none" | null {
  if (category === null) return null;
  const scheduleKind = scheduleKinds[category];
  if (scheduleKind === null) return "none";
  const quantity = isOperator(category) ? siteCount : 1;
  if (!Number.isInteger(quantity) || quantity < 1) return null;
  return { scheduleKind, action, termYears: null, quantity };
}

/** The certificate's line naming the category: the registration's renewal reads it back. */
export function categoryDetail(category: RegistrationCategory): CertificateDetail {
  return { label: "registrationCategory", values: [{ term: category }] };
}

/** The certificate's list of sites, one line each: the renewal counts them to price each site. */
export function sitesDetail(sites: readonly string[]): CertificateDetail {
  return { label: "sites", values: sites.map((text) => ({ text })) };
}

/**
 * What a registration on file says about itself (its printed details, written at approval): the
 * category and how many sites. Null when the details name no category (a registration issued
 * before categories were recorded).
 */
export function registrationOnFile(
  details: readonly CertificateDetail[] | null,
): { category: RegistrationCategory; siteCount: number } | null {
  const value = details?.find((detail) => detail.label === "registrationCategory")?.values[0];
  const category = value && "term" in value ? value.term : null;
  if (!isRegistrationCategory(category)) return null;
  const sites = details?.find((detail) => detail.label === "sites")?.values.length ?? 0;
  return { category, siteCount: sites };
}
