import "server-only";
import { getTranslations } from "next-intl/server";
import type { RuleBreach } from "@/lib/applications/outcome";
import type { KindNamespace } from "@/lib/applications/kinds/names";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import { withDynamicKeys } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { readableRuleValues } from "./rule-values";

/** What a broken rule says to the reader: `rules.<rule>` in the kind's messages, or a general sentence. */
export async function ruleBreachText(breach: RuleBreach, namespace: KindNamespace, locale: AppLocale): Promise<string> {
  const tKind = withDynamicKeys(await getKindTranslations(namespace));
  const key = `rules.${breach.rule}`;
  if (tKind.has(key)) return tKind(key, readableRuleValues(breach.values, locale));
  return (await getTranslations("ReviewPage"))("ruleBroken");
}
