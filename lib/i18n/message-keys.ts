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
  const typed = t as unknown as DynamicTranslator;
  const translate = ((key: string, values?: TranslationValues) => typed(key, values)) as DynamicTranslator;
  // Keys are often built from saved answers: a part naming an object's own machinery ("__proto__")
  // would be "found" by walking the catalogue, so such a key never exists here.
  translate.has = (key: string) => !key.split(".").some((part) => PROTOTYPE_PARTS.has(part)) && typed.has(key);
  return translate;
}

/** Names every object answers to ("valueOf", "toString", "__proto__"…) besides "prototype". */
const PROTOTYPE_PARTS = new Set(["prototype", ...Object.getOwnPropertyNames(Object.prototype)]);

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
