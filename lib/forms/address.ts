import { z } from "zod";

/**
 * An address as forms ask it, in Canada: the parts in the order they are asked, and their schema.
 * The application engine's address control (lib/applications/fields.ts) and a change request's
 * new address (lib/licences/change-proposals.ts) read it the same way.
 */

export const provinces = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"] as const;

export function isProvince(value: unknown): value is (typeof provinces)[number] {
  return provinces.some((province) => province === value);
}

const text = (max: number) => z.string().trim().min(1).max(max);

export const addressSchema = z.object({
  line1: text(200),
  line2: z.string().trim().max(200).optional(),
  city: text(100),
  province: z.enum(provinces),
  postalCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/),
});

/** The parts of an address, in the order they are asked (`address.postalCode`…). */
export const addressParts = ["line1", "line2", "city", "province", "postalCode"] as const;
