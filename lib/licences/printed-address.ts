import { z } from "zod";

/** An address stored as JSON (an entity's, a premises'): read defensively, since any shape may be stored. */
const addressSchema = z
  .object({ line1: z.string(), city: z.string(), province: z.string(), postalCode: z.string() })
  .partial();

/** The address as printed lines (certificates, letters): street, then city, province and postal code. */
export function addressLines(address: unknown): string[] {
  const parsed = addressSchema.safeParse(address);
  if (!parsed.success) return [];
  const { line1, city, province, postalCode } = parsed.data;
  const cityLine = [[city, province].filter(Boolean).join(" "), postalCode].filter(Boolean).join("  ");
  return [line1, cityLine].filter((line): line is string => Boolean(line?.trim()));
}
