import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { PortalKind } from "@/lib/applications/kinds/names";
import { horseRacingNew } from "@/lib/applications/kinds/horse-racing";
import { horseRacingRenewal } from "@/lib/applications/kinds/horse-racing-renewal";
import { lotteryRetailerNew } from "@/lib/applications/kinds/lottery-retailer";
import { lotteryRetailerRenewal } from "@/lib/applications/kinds/lottery-retailer-renewal";
import { withDynamicKeys } from "@/lib/i18n/message-keys";

/**
 * The pages draw a kind's forms from its declaration and look every word up by name: a key the
 * messages lack shows as a key. Each of these kinds names everything it declares, in both languages.
 */
const listTexts = ["add", "addAnother", "addTitle", "changeTitle", "intro", "empty"];

function missingMessages(kind: PortalKind, rules: readonly string[]): string[] {
  const missing: string[] = [];
  for (const [locale, messages] of [
    ["en", en],
    ["fr", fr],
  ] as const) {
    const t = withDynamicKeys(createTranslator({ locale, messages, namespace: kind.messages }));
    const choices = withDynamicKeys(createTranslator({ locale, messages, namespace: "Choices" }));
    const need = (key: string, found = t.has(key)) => {
      if (!found) missing.push(`${locale} ${kind.messages}.${key}`);
    };
    need("title");
    for (const section of kind.sections) {
      need(`sections.${section.id}`);
      need(`groups.${section.groupKey}`);
      if (section.page === "documents") continue;
      if (section.page === "list") for (const text of listTexts) need(`items.${section.id}.${text}`);
      for (const field of section.fields) {
        need(`fields.${field.name}.label`);
        // An address's errors are the Address namespace's, one per part.
        if (field.control !== "address") need(`errors.${field.name}`);
        if (field.control === "radio" || field.control === "select")
          for (const option of field.options)
            need(`options.${field.name}.${option}`, t.has(`options.${field.name}.${option}`) || choices.has(option));
      }
    }
    for (const document of kind.documents) need(`documentTitles.${document.id}`);
    for (const rule of rules) need(`rules.${rule}`);
  }
  return missing;
}

describe("the messages of the horse racing and lottery retailer kinds", () => {
  const kinds: [PortalKind, readonly string[]][] = [
    [horseRacingNew, ["chooseCategory"]],
    [horseRacingRenewal, []],
    [lotteryRetailerNew, []],
    [lotteryRetailerRenewal, []],
  ];

  it.each(kinds.map(([kind, rules]) => [kind.id, kind, rules] as const))(
    "%s names every group, section, field, option, error, document and rule in both languages",
    (_id, kind, rules) => {
      expect(missingMessages(kind, rules)).toEqual([]);
    },
  );
});
