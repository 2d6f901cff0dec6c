import { z, type ZodType } from "zod";
import { answerText, dateAnswer, schemaOf, type FieldDefinition } from "./fields";
import type { IsoDate } from "@/lib/time/commission-date";
import type { KindOutcome, LicenceFacts } from "./outcome";

/**
 * What an application kind declares; the engine reads only this, so a new kind (special occasion
 * permit, delivery licence…) is a new declaration, not a change to the engine. Pure: the data
 * layer passes in the facts that live outside the answers (documents, disclosures).
 */
export type SectionStatus = "notStarted" | "inProgress" | "completed" | "cannotStart";

export type Answers = Record<string, unknown>;
export type SavedAnswers = Record<string, Answers | undefined>;

/** What the answers alone cannot tell: uploaded documents and sent or completed disclosures. */
export type ApplicationFacts = {
  /** Requirement id → number of files uploaded for it. */
  documents: Record<string, number>;
  /** Associated person id → the disclosure request sent to them. */
  disclosures: Record<string, { status: "sent" | "completed"; email: string }>;
  /**
   * Who is on the holder's file now, each as lib/applications/people.ts's `personKey` names them:
   * a list that asks no disclosure of someone already on file (a kept premises manager) reads it.
   */
  onFile?: readonly string[];
  /**
   * The business number in the answers belongs to an entity already on file that the account is
   * not linked to: the application cannot be for it until the account holds a link.
   */
  businessOnFileNotLinked?: boolean;
};

export const noFacts: ApplicationFacts = { documents: {}, disclosures: {} };

/**
 * The names a kind's declaration uses, each a message key in the kind's namespace. The engine needs
 * only strings; the portal's kinds narrow them to the keys of their messages (kinds/names.ts), so a
 * page translates `sections.<id>` without a cast and a misspelt id is a type error.
 */
export type KindNames = {
  /** The namespace of the kind's messages. */
  namespace: string;
  /** `sections.<id>`. */
  section: string;
  /** `groups.<groupKey>`. */
  group: string;
  /** `documentTitles.<id>`. */
  document: string;
  /** A list section's id: its texts are `items.<id>.*`. */
  list: string;
};

type SectionBase<K extends KindNames> = {
  /** Also the message key of its title (`sections.<id>`) and its URL segment. */
  id: K["section"];
  /** Group heading on the task list (`groups.<groupKey>`). */
  groupKey: K["group"];
  /** Sections that must be completed first ("Cannot start yet"). */
  requires?: readonly K["section"][];
  /** Asked only when the answers call for it (a public event's proof of significance); absent otherwise. */
  appliesWhen?: (saved: SavedAnswers) => boolean;
};

/** One page of questions. */
export type FormSection<K extends KindNames = KindNames> = SectionBase<K> & {
  page: "form";
  fields: readonly FieldDefinition[];
  /** A renewal's "is it still correct?": the licence on file is shown above the question, so the applicant reviews what it says. */
  showsLicence?: true;
};

/** Things added one by one (people, areas): each item is a form of its own. */
export type ListSection<K extends KindNames = KindNames> = Omit<SectionBase<K>, "id"> & {
  id: K["list"] & K["section"];
  page: "list";
  fields: readonly FieldDefinition[];
  min: number;
  max: number;
  /** The fields that name an item in the list ("Marie Tremblay"). */
  labelFields: readonly string[];
  /** Each item is a person (or an entity) who completes their own disclosure from an e-mailed link. */
  disclosures?: ListDisclosures;
};

/** The disclosure forms (lib/disclosures/form.ts declares each one's questions; prisma DisclosureForm). */
export const disclosureForms = ["person", "premises_manager", "entity"] as const;
export type DisclosureForm = (typeof disclosureForms)[number];

export type ListDisclosures = {
  /** The item's field that holds the address the link is e-mailed to. */
  emailField: string;
  /** The form the link opens; a person's when absent. */
  form?: DisclosureForm;
  /**
   * The item as the holder's file would know it (its `personKey`): an item already on file is not
   * asked again (a renewal's kept premises manager). Absent: every item is asked.
   */
  keyOnFile?: (item: Answers) => string;
};

/** The form a list's disclosure links open. */
export function disclosureFormOf(section: ListSection): DisclosureForm {
  return section.disclosures?.form ?? "person";
}

/** The kind's required documents, each with its uploads. */
export type DocumentsSection<K extends KindNames = KindNames> = SectionBase<K> & { page: "documents" };

export type SectionDefinition<K extends KindNames = KindNames> = FormSection<K> | ListSection<K> | DocumentsSection<K>;

export type DocumentRequirement<K extends KindNames = KindNames> = {
  id: K["document"];
  /** Whether the answers make this document necessary (e.g. a floor plan for an outdoor area). */
  isRequired: (answers: SavedAnswers) => boolean;
};

/** What a draft started on a licence is pre-filled from: nothing the Commission knows is asked again. */
type PersonOnFileFacts = {
  firstName: string;
  lastName: string;
  email: string | null;
  role: string;
  shareBasisPoints: number | null;
};

/** An associated entity on file (prisma EntityPerson with role associated_entity). */
type EntityOnFileFacts = {
  organisationName: string | null;
  relationship: string | null;
  /** Its signing officer's e-mail. */
  email: string | null;
  shareBasisPoints: number | null;
};

export type PrefillFacts = {
  licence: LicenceFacts;
  /** The holder's associated persons on file (not premises managers, not entities). */
  people: PersonOnFileFacts[];
  /** The holder's associated entities on file (absent: none, for kinds that list no entities). */
  entities?: EntityOnFileFacts[];
  /** The holder's premises managers on file. */
  managers: PersonOnFileFacts[];
  /** The answers of the licence's last approved application, if any. */
  previousAnswers: SavedAnswers;
};

/** The sectors the start page groups kinds under. */
export const sectors = ["alcohol", "lotteryGaming", "horseRacing"] as const;
export type Sector = (typeof sectors)[number];

export type ApplicationKindDefinition<K extends KindNames = KindNames> = {
  /** Stored on each application (snake case, e.g. the new liquor sales licence's id). */
  id: string;
  /** File-number prefix, e.g. "LSL". */
  prefix: string;
  /** A report is filed on a licence (see `report`), owes nothing and changes nothing when accepted. */
  type: "new" | "renewal" | "change" | "transfer" | "report";
  /** Namespace of the kind's messages. */
  messages: K["namespace"];
  sections: readonly SectionDefinition<K>[];
  documents: readonly DocumentRequirement<K>[];
  /** The terms offered, in years; their fees come from the fee schedule (lib/fees/rules.ts). */
  terms: readonly number[];
  /** Which answer holds the chosen term, in years (kinds with terms). */
  termAnswer?: { section: K["section"]; field: string };
  /** Which answer quotes a business number that may already be on file. */
  businessNumberAnswer?: { section: K["section"]; field: string };
  /** The sector it belongs to: the start page groups kinds by it and staff filter their queue by it. */
  sector: Sector;
  /**
   * A report filed on the licence, due this many days after the licence's last day (a lottery's
   * post-event report); absent for a report filed when something happens (an incident).
   */
  report?: { dueDaysAfterLastDay: number };
  /**
   * Quotes another file by its number: a licence of `licenceKinds` the account is linked to, or the
   * file number of the account's own application of `applicationKinds` (still in progress, or
   * approved). The data layer resolves it into the rules' context (`quoted`), and a submitted file
   * goes to the quoted file's holder.
   */
  quotes?: {
    section: K["section"];
    field: string;
    licenceKinds: readonly string[];
    applicationKinds: readonly string[];
  };
  /** Offered on the start page, with the Commission's guidance; absent for kinds started from a licence. */
  catalogue?: { guidanceUrl: string };
  /**
   * Answered on the start page, before the draft exists: the kind's `blockers` judge these answers
   * there (a public event inside 30 days is refused before anything is typed), and they pre-fill the draft.
   */
  startSection?: K["section"];
  /** What the start section's answers put in the rest of the draft (the first event day in the list of days). */
  draftFromStart?: (start: Answers) => SavedAnswers;
  /**
   * Applied for on an existing licence of one of these kinds: by an account holding it (renewal,
   * change), started from the licence and pre-filled from what the Commission already knows; or,
   * with `numberAnswer`, by anyone quoting its number on the start page (a buyer's transfer).
   */
  onLicence?: {
    licenceKinds: readonly string[];
    numberAnswer?: { section: K["section"]; field: string };
    prefill?: (facts: PrefillFacts) => SavedAnswers;
  };
  outcome: KindOutcome;
};

export type ListItem = Answers & { id: string };

const itemsSchema = z.array(z.looseObject({ id: z.string() }));

/** The items saved in a list section, whatever state they are in. */
export function listItems(saved: SavedAnswers, sectionId: string): ListItem[] {
  const parsed = itemsSchema.safeParse(saved[sectionId]?.items);
  return parsed.success ? (parsed.data as ListItem[]) : [];
}

const schemas = new WeakMap<readonly FieldDefinition[], ZodType<Record<string, unknown>>>();

/** The schema a form's (or an item's) answers must meet, derived once from its fields. */
export function fieldsSchema(fields: readonly FieldDefinition[]): ZodType<Record<string, unknown>> {
  let schema = schemas.get(fields);
  if (!schema) schemas.set(fields, (schema = schemaOf(fields)));
  return schema;
}

export function isItemComplete(section: ListSection, item: Answers): boolean {
  return fieldsSchema(section.fields).safeParse(item).success;
}

/** Whether the item is asked for a disclosure at all: not when the list asks none, nor of someone it finds on file. */
export function isDisclosureAsked(section: ListSection, item: Answers, facts: ApplicationFacts): boolean {
  if (!section.disclosures) return false;
  const { keyOnFile } = section.disclosures;
  return !keyOnFile || !(facts.onFile ?? []).includes(keyOnFile(item));
}

/**
 * A person asked for a disclosure needs (again) a request when none was sent or it went to another
 * address; nothing is needed from someone not asked.
 */
export function needsDisclosureRequest(section: ListSection, item: ListItem, facts: ApplicationFacts): boolean {
  if (!isDisclosureAsked(section, item, facts)) return false;
  const sent = facts.disclosures[item.id];
  return !sent || sent.email !== item[section.disclosures?.emailField ?? "email"];
}

/** The documents these answers call for. */
export function requiredDocuments<K extends KindNames>(
  kind: ApplicationKindDefinition<K>,
  saved: SavedAnswers,
): DocumentRequirement<K>[] {
  return kind.documents.filter((document) => document.isRequired(saved));
}

/** The sections these answers call for, in order. */
export function applicableSections<K extends KindNames>(
  kind: ApplicationKindDefinition<K>,
  saved: SavedAnswers,
): SectionDefinition<K>[] {
  return kind.sections.filter((section) => section.appliesWhen?.(saved) ?? true);
}

function isSectionComplete(
  kind: ApplicationKindDefinition,
  section: SectionDefinition,
  saved: SavedAnswers,
  facts: ApplicationFacts,
): boolean {
  switch (section.page) {
    case "form":
      return fieldsSchema(section.fields).safeParse(saved[section.id] ?? {}).success && saved[section.id] !== undefined;
    case "list": {
      const items = listItems(saved, section.id);
      if (items.length < section.min || items.length > section.max) return false;
      if (!items.every((item) => isItemComplete(section, item))) return false;
      return items.every((item) => !needsDisclosureRequest(section, item, facts));
    }
    case "documents":
      return requiredDocuments(kind, saved).every((requirement) => (facts.documents[requirement.id] ?? 0) > 0);
  }
}

function isSectionStarted(section: SectionDefinition, saved: SavedAnswers, facts: ApplicationFacts): boolean {
  if (section.page === "documents") return Object.values(facts.documents).some((count) => count > 0);
  if (section.page === "list") return listItems(saved, section.id).length > 0;
  return Object.keys(saved[section.id] ?? {}).length > 0;
}

export type SectionState = { id: string; status: SectionStatus };

/**
 * Each section's status: completed when its answers (and facts) meet its rules, in progress when
 * something is saved, cannot start while a section it depends on isn't completed.
 */
export function sectionStates(
  kind: ApplicationKindDefinition,
  saved: SavedAnswers,
  facts: ApplicationFacts = noFacts,
): SectionState[] {
  const sections = applicableSections(kind, saved);
  const completed = new Set(
    sections.filter((section) => isSectionComplete(kind, section, saved, facts)).map((section) => section.id),
  );
  return sections.map((section) => {
    if ((section.requires ?? []).some((required) => !completed.has(required)))
      return { id: section.id, status: "cannotStart" };
    if (completed.has(section.id)) return { id: section.id, status: "completed" };
    return { id: section.id, status: isSectionStarted(section, saved, facts) ? "inProgress" : "notStarted" };
  });
}

/** "3 of 9 sections completed". */
export function progress(states: readonly SectionState[]): { completed: number; total: number } {
  return { completed: states.filter((state) => state.status === "completed").length, total: states.length };
}

/** What still stands between the applicant and the fees page, each pointing to where it is fixed. */
export type MissingItem<K extends KindNames = KindNames> =
  | { type: "section"; section: K["section"] }
  | { type: "document"; section: K["section"]; requirement: K["document"] }
  | { type: "disclosure"; section: K["section"]; personId: string; name: string }
  | { type: "businessOnFile"; section: K["section"] };

/** The business number the applicant quoted, if any: what ties a new application to an entity on file. */
export function quotedBusinessNumber(kind: ApplicationKindDefinition, saved: SavedAnswers): string | null {
  if (!kind.businessNumberAnswer) return null;
  const value = saved[kind.businessNumberAnswer.section]?.[kind.businessNumberAnswer.field];
  return typeof value === "string" && value !== "" ? value : null;
}

export function missingItems<K extends KindNames>(
  kind: ApplicationKindDefinition<K>,
  saved: SavedAnswers,
  facts: ApplicationFacts,
): MissingItem<K>[] {
  const states = sectionStates(kind, saved, facts);
  const missing: MissingItem<K>[] = [];
  for (const section of applicableSections(kind, saved)) {
    if (states.find((state) => state.id === section.id)?.status !== "completed")
      missing.push({ type: "section", section: section.id });
    if (section.page === "documents") {
      for (const requirement of requiredDocuments(kind, saved)) {
        if (!facts.documents[requirement.id])
          missing.push({ type: "document", section: section.id, requirement: requirement.id });
      }
    }
    if (section.page === "list" && section.disclosures) {
      for (const item of listItems(saved, section.id)) {
        if (isDisclosureAsked(section, item, facts) && facts.disclosures[item.id]?.status !== "completed") {
          missing.push({ type: "disclosure", section: section.id, personId: item.id, name: itemLabel(section, item) });
        }
      }
    }
  }
  if (facts.businessOnFileNotLinked && kind.businessNumberAnswer)
    missing.push({ type: "businessOnFile", section: kind.businessNumberAnswer.section });
  return missing;
}

/**
 * The words that name a list item ("Marie Tremblay", an event day). A date answer is named by
 * `formatDay` when the page gives one (in the reader's language), else as its ISO date.
 */
export function itemLabel(section: ListSection, item: Answers, formatDay?: (day: IsoDate) => string): string {
  return section.labelFields
    .map((field) => {
      const day = dateAnswer(item[field]);
      return day ? (formatDay?.(day) ?? day) : answerText(item[field]);
    })
    .join(" ")
    .trim();
}

/** The chosen term, in years, or null while none (or one not offered) is chosen. */
export function chosenTerm(kind: ApplicationKindDefinition, saved: SavedAnswers): number | null {
  if (!kind.termAnswer) return null;
  const years = Number(saved[kind.termAnswer.section]?.[kind.termAnswer.field]);
  return kind.terms.includes(years) ? years : null;
}

/** The section after this one among those the answers call for, or null at the end (then the review). */
export function nextSection<K extends KindNames>(
  kind: ApplicationKindDefinition<K>,
  sectionId: string,
  saved: SavedAnswers,
): SectionDefinition<K> | null {
  const sections = applicableSections(kind, saved);
  const index = sections.findIndex((section) => section.id === sectionId);
  return index >= 0 ? (sections[index + 1] ?? null) : null;
}

export function previousSection<K extends KindNames>(
  kind: ApplicationKindDefinition<K>,
  sectionId: string,
  saved: SavedAnswers,
): SectionDefinition<K> | null {
  const sections = applicableSections(kind, saved);
  const index = sections.findIndex((section) => section.id === sectionId);
  return index > 0 ? (sections[index - 1] ?? null) : null;
}

/** Registry of kinds: declared once, looked up by id, by sector, or by the licence they apply to. */
export function createKindRegistry<K extends KindNames>(kinds: readonly ApplicationKindDefinition<K>[]) {
  const byId = new Map(kinds.map((kind) => [kind.id, kind]));
  if (byId.size !== kinds.length) throw new Error("Two application kinds share an id");
  const all = [...byId.values()];
  return {
    get: (id: string) => byId.get(id) ?? null,
    all: () => all,
    /** The kinds offered on the start page, grouped by sector in the sectors' order. */
    catalogue: () =>
      sectors
        .map((sector) => ({ sector, kinds: all.filter((kind) => kind.catalogue && kind.sector === sector) }))
        .filter((group) => group.kinds.length > 0),
    /** The ids of the kinds of a sector, catalogued or not (a renewal belongs with its licence's sector). */
    idsOfSector: (sector: Sector) => all.filter((kind) => kind.sector === sector).map((kind) => kind.id),
    /** The reports filed on a licence of this kind (a lottery's post-event report, an incident). */
    reportsOn: (licenceKind: string) =>
      all.filter((kind) => kind.type === "report" && kind.onLicence?.licenceKinds.includes(licenceKind)),
    /** The kind of this type applied for on a licence of this kind (its renewal, its change), if any. */
    onLicence: (licenceKind: string, type: ApplicationKindDefinition["type"]) =>
      all.find((kind) => kind.type === type && kind.onLicence?.licenceKinds.includes(licenceKind)) ?? null,
  };
}
