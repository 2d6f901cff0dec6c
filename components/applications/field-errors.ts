import "server-only";
import { getTranslations } from "next-intl/server";
import { fieldErrors, type FieldDefinition } from "@/lib/applications/fields";

/**
 * The saved answers' errors, translated for the page: input id → message. An address part's
 * message names its address ("Mailing address: enter the street address"), so two addresses on
 * one page never give the same line twice in the error summary.
 */
export async function translatedFieldErrors(
  fields: readonly FieldDefinition[],
  values: unknown,
  namespace: string,
): Promise<Record<string, string>> {
  const t = await getTranslations();
  const errors: Record<string, string> = {};
  for (const [id, key] of Object.entries(fieldErrors(fields, values, namespace))) {
    const address = key.startsWith("Address.errors.")
      ? t(`${namespace}.fields.${id.split(".")[0]}.label` as never)
      : undefined;
    errors[id] = t(key as never, address ? ({ address } as never) : undefined);
  }
  return errors;
}
