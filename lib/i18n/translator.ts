import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { AppLocale } from "./routing";

const catalogues = { fr, en } satisfies Record<AppLocale, Messages>;

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/**
 * Messages in a given language outside a page's request (e-mails, PDFs, a route answering in the
 * asked language): typed like `getTranslations`, optionally scoped to one namespace.
 */
export function translatorFor<const N extends Namespace = never>(locale: AppLocale, namespace?: N) {
  return createTranslator({ locale, messages: catalogues[locale] as Messages, namespace });
}

export type TranslatorFor<N extends Namespace = never> = ReturnType<typeof translatorFor<N>>;
