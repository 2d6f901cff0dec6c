import { z } from "zod";
import { provinces } from "./address-parts";

export { addressParts, isProvince, provinces } from "./address-parts";

/**
 * An address as forms ask it, in Canada: the parts in the order they are asked, and their schema.
 * The application engine's address control (lib/applications/fields.ts) and a change request's
 * new address (lib/licences/change-proposals.ts) read it the same way.
 */

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
