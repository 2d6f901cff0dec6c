import { listItems, type SavedAnswers } from "./engine";

/**
 * "What changed since the last licence", for the renewal's review page and the officer: pure, from
 * the renewal's answers, the people on file and the licence's current term.
 */
export type RenewalChanges = {
  information: string | null;
  peopleAdded: string[];
  peopleRemoved: string[];
  /** Associated entities, by legal name (only for a renewal that lists them). */
  entitiesAdded: string[];
  entitiesRemoved: string[];
  managersRemoved: string[];
  managersAdded: string[];
  term: { from: number; to: number } | null;
};

const fullName = (person: Record<string, unknown>) =>
  `${String(person.firstName ?? "")} ${String(person.lastName ?? "")}`.trim();

/** Who a list names that the file does not, and who the file has that the list no longer names. */
function compare(listed: string[], known: string[]): { added: string[]; removed: string[] } {
  const key = (name: string) => name.replace(/\s+/g, " ").toLocaleLowerCase("fr-CA");
  const knownKeys = new Set(known.map(key));
  const listedKeys = new Set(listed.map(key));
  return {
    added: listed.filter((name) => !knownKeys.has(key(name))),
    removed: [...new Set(known)].filter((name) => !listedKeys.has(key(name))),
  };
}

/**
 * What the renewal's lists change against the file. Entities are compared only when the renewal
 * lists them (a kind without a list of entities leaves them as they are on file).
 */
export function renewalChanges(
  answers: SavedAnswers,
  onFile: ReadonlyArray<{ firstName: string; lastName: string; role: string; organisationName?: string | null }>,
  licenceTermYears: number | null,
  listsEntities = false,
): RenewalChanges {
  const isManager = (person: { role: string }) => person.role === "premises_manager";
  const isEntity = (person: { role: string }) => person.role === "associated_entity";
  const people = compare(
    listItems(answers, "associatedPersons").map(fullName),
    onFile.filter((person) => !isManager(person) && !isEntity(person)).map(fullName),
  );
  const entities = listsEntities
    ? compare(
        listItems(answers, "associatedEntities").map((item) => String(item.entityName ?? "").trim()),
        onFile.filter(isEntity).map((entity) => entity.organisationName ?? ""),
      )
    : { added: [], removed: [] };
  const managers = compare(
    listItems(answers, "premisesManagers").map(fullName),
    onFile.filter(isManager).map(fullName),
  );
  const chosen = Number(answers.term?.termYears);
  return {
    information:
      answers.reviewInformation?.informationCorrect === "no" ? String(answers.reviewInformation.changes ?? "") : null,
    peopleAdded: people.added,
    peopleRemoved: people.removed,
    entitiesAdded: entities.added,
    entitiesRemoved: entities.removed,
    managersRemoved: managers.removed,
    managersAdded: managers.added,
    term:
      Number.isInteger(chosen) && licenceTermYears !== null && chosen !== licenceTermYears
        ? { from: licenceTermYears, to: chosen }
        : null,
  };
}

export function hasChanges(changes: RenewalChanges): boolean {
  return Boolean(
    changes.information ||
    changes.peopleAdded.length ||
    changes.peopleRemoved.length ||
    changes.entitiesAdded.length ||
    changes.entitiesRemoved.length ||
    changes.managersRemoved.length ||
    changes.managersAdded.length ||
    changes.term,
  );
}
