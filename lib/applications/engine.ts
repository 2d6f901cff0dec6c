import type { ZodType } from "zod";

/**
 * What an application kind declares; the engine reads only this, so a new kind (special occasion
 * permit, delivery licence…) is a new declaration, not a change to the engine.
 */
export type SectionStatus = "notStarted" | "inProgress" | "completed" | "cannotStart";

export type Answers = Record<string, unknown>;

export type SectionDefinition = {
  id: string;
  /** Message key of the section's title in the kind's namespace. */
  titleKey: string;
  /** Group heading on the task list (message key). */
  groupKey: string;
  /** The whole section's answers, validated on every read and write. */
  schema: ZodType;
  /** Sections that must be completed first ("Cannot start yet"). */
  requires?: readonly string[];
};

export type DocumentRequirement = {
  id: string;
  titleKey: string;
  /** Whether the answers make this document necessary (e.g. a floor plan for an outdoor area). */
  isRequired: (answers: Record<string, Answers>) => boolean;
};

export type ApplicationKindDefinition = {
  /** e.g. "liquor_sales_new" */
  id: string;
  /** File-number prefix, e.g. "LSL". */
  prefix: string;
  type: "new" | "renewal" | "change";
  /** Namespace of the kind's messages. */
  messages: string;
  sections: readonly SectionDefinition[];
  documents: readonly DocumentRequirement[];
};

export type SectionState = { id: string; status: SectionStatus };

/**
 * Each section's status from the saved answers: completed when its schema accepts them, in
 * progress when something is saved but not yet valid, cannot start while a required section isn't
 * completed.
 */
export function sectionStates(kind: ApplicationKindDefinition, saved: Record<string, Answers | undefined>): SectionState[] {
  const completed = new Set(kind.sections.filter((section) => section.schema.safeParse(saved[section.id]).success).map((section) => section.id));
  return kind.sections.map((section) => {
    if (completed.has(section.id)) return { id: section.id, status: "completed" };
    if ((section.requires ?? []).some((required) => !completed.has(required))) return { id: section.id, status: "cannotStart" };
    const answers = saved[section.id];
    return { id: section.id, status: answers && Object.keys(answers).length > 0 ? "inProgress" : "notStarted" };
  });
}

/** "3 of 9 sections completed". */
export function progress(states: readonly SectionState[]): { completed: number; total: number } {
  return { completed: states.filter((state) => state.status === "completed").length, total: states.length };
}

/** The documents these answers call for. */
export function requiredDocuments(kind: ApplicationKindDefinition, saved: Record<string, Answers>): DocumentRequirement[] {
  return kind.documents.filter((document) => document.isRequired(saved));
}

/** Registry of kinds: declared once, looked up by id. */
export function createKindRegistry(kinds: readonly ApplicationKindDefinition[]) {
  const byId = new Map(kinds.map((kind) => [kind.id, kind]));
  if (byId.size !== kinds.length) throw new Error("Two application kinds share an id");
  return {
    get: (id: string) => byId.get(id) ?? null,
    all: () => [...byId.values()],
  };
}
