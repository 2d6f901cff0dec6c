import "server-only";
import { applicationKinds } from "@/lib/applications/registry";
import type { FormSection } from "@/lib/applications/engine";
import type { PortalKind, PortalNames } from "@/lib/applications/kinds/names";

export type CataloguedKind = PortalKind & { catalogue: NonNullable<PortalKind["catalogue"]> };

/** The kind a start page's URL names, if the start page offers it; anything else is not found. */
export function cataloguedKind(id: string): CataloguedKind | null {
  const kind = applicationKinds.get(id);
  return kind?.catalogue ? { ...kind, catalogue: kind.catalogue } : null;
}

/** The questions a kind asks before its draft exists, if any. */
export function startSectionOf(kind: PortalKind): FormSection<PortalNames> | null {
  const section = kind.sections.find((candidate) => candidate.id === kind.startSection);
  return section?.page === "form" ? section : null;
}
