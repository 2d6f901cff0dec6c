import "server-only";
import type { Messages, createTranslator } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { KindNamespace } from "./kinds/names";

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (both: infer I) => void
  ? I
  : never;

/** Every kind's messages in one shape: the keys a kind's own section, group and document ids make. */
type KindMessages = UnionToIntersection<Messages[KindNamespace]>;

export type KindTranslator = ReturnType<typeof createTranslator<{ Kind: KindMessages }, "Kind">>;

/**
 * The messages of this application's kind. TypeScript cannot tie an id to the namespace of the kind
 * it came from, so the keys are typed as those of all kinds together; each kind's ids are typed from
 * its own messages (kinds/names.ts), so a key built from the kind's own data is one its namespace has.
 */
export async function getKindTranslations(namespace: KindNamespace): Promise<KindTranslator> {
  return (await getTranslations(namespace)) as KindTranslator;
}
