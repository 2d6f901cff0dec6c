import type { TranslationValues } from "next-intl";

/** A translator asked with message keys made at run time. */
export type DynamicTranslator = {
  (key: string, values?: TranslationValues): string;
  has(key: string): boolean;
};

/**
 * The one way around typed message keys, for keys that only exist at run time and may belong to any
 * namespace: the field engine draws the fields of any application kind or of the disclosure form by
 * name (`fields.<name>.label`, `options.<name>.<value>`, `errors.<name>`), and forms get back message
 * keys from the server. No literal type can name them; callers ask `has` where a key may be missing.
 * Everything else (sections, documents, groups…) takes its key type from messages/en.json.
 */
export function withDynamicKeys(t: { has(key: never): boolean }): DynamicTranslator {
  return t as unknown as DynamicTranslator;
}

/**
 * Whether `t` has this message, narrowing a key made at run time to `t`'s typed keys: for keys read
 * from the catalogue itself (the help page lists the questions its messages hold).
 */
export function isMessageKey<T extends { has(key: never): boolean }>(
  t: T,
  key: string,
): key is Extract<Parameters<T["has"]>[0], string> {
  return withDynamicKeys(t).has(key);
}
