/**
 * An address's parts and the provinces, without its schema (./address.ts): the form state that
 * every form's browser code reads needs these, and must not bring zod into the page's first load.
 */

export const provinces = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"] as const;

export function isProvince(value: unknown): value is (typeof provinces)[number] {
  return provinces.some((province) => province === value);
}

/** The parts of an address, in the order they are asked (`address.postalCode`…). */
export const addressParts = ["line1", "line2", "city", "province", "postalCode"] as const;
