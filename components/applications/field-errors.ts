import "server-only";
import { getTranslations } from "next-intl/server";
import { fieldErrors, type FieldDefinition, type FieldsNamespace } from "@/lib/applications/fields";
import { withDynamicKeys } from "@/lib/i18n/message-keys";

/**
 * The saved answers' errors, translated for the page: input id → message. An address part's
 * message names its address ("Mailing address: enter the street address"), so two addresses on
 * one page never give the same line twice in the error summary.
 */
export async function translatedFieldErrors(
  fields: readonly FieldDefinition[],
  values: unknown,
  namespace: FieldsNamespace,
): Promise<Record<string, string>> {
  const t = withDynamicKeys(await getTranslations());
  const errors: Record<string, string> = {};
  for (const [id, key] of Object.entries(fieldErrors(fields, values, namespace))) {
    const address = key.startsWith("Address.errors.") ? t(`${namespace}.fields.${id.split(".")[0]}.label`) : undefined;
    errors[id] = t(key, address ? { address } : undefined);
  }
  return errors;
}
