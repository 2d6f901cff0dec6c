import { listItems, type SavedAnswers } from "./engine";

/**
 * "What changed since the last licence", for the renewal's review page and the officer: pure, from
 * the renewal's answers, the people on file and the licence's current term.
 */
export type RenewalChanges = {
  information: string | null;
  peopleAdded: string[];
  peopleRemoved: string[];
  managerRemovals: string | null;
  managersAdded: string | null;
  term: { from: number; to: number } | null;
};

const fullName = (person: Record<string, unknown>) =>
  `${String(person.firstName ?? "")} ${String(person.lastName ?? "")}`.trim();

export function renewalChanges(
  answers: SavedAnswers,
  onFile: ReadonlyArray<{ firstName: string; lastName: string }>,
  licenceTermYears: number | null,
): RenewalChanges {
  const listed = listItems(answers, "associatedPersons").map((item) => fullName(item));
  const known = [...new Set(onFile.map(fullName))];
  const key = (name: string) => name.toLocaleLowerCase("fr-CA");
  const chosen = Number(answers.term?.termYears);
  return {
    information:
      answers.reviewInformation?.informationCorrect === "no" ? String(answers.reviewInformation.changes ?? "") : null,
    peopleAdded: listed.filter((name) => !known.some((candidate) => key(candidate) === key(name))),
    peopleRemoved: known.filter((name) => !listed.some((candidate) => key(candidate) === key(name))),
    managerRemovals:
      answers.premisesManagers?.removeManagers === "yes" ? String(answers.premisesManagers.removalRequest ?? "") : null,
    managersAdded:
      answers.premisesManagers?.addManagers === "yes" ? String(answers.premisesManagers.newManagers ?? "") : null,
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
    changes.managerRemovals ||
    changes.managersAdded ||
    changes.term,
  );
}
