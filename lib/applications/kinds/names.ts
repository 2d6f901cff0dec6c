import type { Messages } from "next-intl";
import type { ApplicationKindDefinition, SectionDefinition } from "../engine";

/** Every namespace of messages/en.json named `…Application` holds the messages of one application kind. */
export type KindNamespace = Extract<keyof Messages, `${string}Application`>;

/** The keys under `part` in these namespaces (a union over them when there are several). */
type KeysOf<N extends KindNamespace, Part extends string> = N extends KindNamespace
  ? Messages[N] extends Record<Part, infer Keys>
    ? keyof Keys & string
    : never
  : never;

/** The names a kind may declare: those its messages translate. */
export type KindNamesOf<N extends KindNamespace> = {
  namespace: N;
  section: KeysOf<N, "sections">;
  group: KeysOf<N, "groups">;
  document: KeysOf<N, "documentTitles">;
  list: KeysOf<N, "items">;
};

/** A kind declared against its own messages (a section id it has no title for does not compile). */
export type KindDeclaration<N extends KindNamespace> = ApplicationKindDefinition<KindNamesOf<N>>;

/** The names of all the portal's kinds together: those of some kind's messages. */
export type PortalNames = KindNamesOf<KindNamespace>;

/** Any of the portal's kinds, as the registry hands them out. */
export type PortalKind = ApplicationKindDefinition<PortalNames>;

export type PortalSection = SectionDefinition<PortalNames>;
