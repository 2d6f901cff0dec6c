import { listItems, type SavedAnswers } from "./engine";
import type { DisclosedPeople, PersonRecord } from "./outcome";

/**
 * The people an application discloses, and what approving it changes on the holder's file: pure
 * rules, carried out by lib/entities/people.ts.
 */

/** The roles the Commission keeps on file (prisma EntityPersonRole); "other interest" is disclosed only. */
export const rolesOnFile = [
  "officer",
  "director",
  "shareholder",
  "partner",
  "sole_proprietor",
  "premises_manager",
] as const;
export type RoleOnFile = (typeof rolesOnFile)[number];

/** The roles of the people who own or run the business (every role but a premises manager's). */
export const ownerRoles: readonly RoleOnFile[] = rolesOnFile.filter((role) => role !== "premises_manager");

const isRoleOnFile = (role: string): role is RoleOnFile => (rolesOnFile as readonly string[]).includes(role);

const optionalText = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);

/** A share typed as a percentage ("12.5") in basis points (1250); null when none was given. */
export function shareBasisPoints(value: unknown): number | null {
  if (value === undefined || value === null || value === "") return null;
  const share = Number(value);
  return Number.isFinite(share) && share >= 0 && share <= 100 ? Math.round(share * 100) : null;
}

/**
 * The items of a list of associated persons (firstName, lastName, email, role, sharePercent). A
 * person listed once with a role and a share — an officer who also holds shares, as a renewal lists
 * them — is on file in both roles.
 */
export function associatedPeople(answers: SavedAnswers, section: string): PersonRecord[] {
  return listItems(answers, section).flatMap((item) => {
    const person = {
      firstName: String(item.firstName ?? "").trim(),
      lastName: String(item.lastName ?? "").trim(),
      email: optionalText(item.email),
    };
    const role = String(item.role ?? "");
    const share = shareBasisPoints(item.sharePercent);
    if (role === "shareholder") return [{ ...person, role, shareBasisPoints: share }];
    const records: PersonRecord[] = [{ ...person, role, shareBasisPoints: null }];
    if (share !== null && share > 0) records.push({ ...person, role: "shareholder", shareBasisPoints: share });
    return records;
  });
}

/** The items of a list of premises managers (firstName, lastName, managerEmail). */
export function premisesManagers(answers: SavedAnswers, section: string): PersonRecord[] {
  return listItems(answers, section).map((item) => ({
    firstName: String(item.firstName ?? "").trim(),
    lastName: String(item.lastName ?? "").trim(),
    email: optionalText(item.managerEmail),
    role: "premises_manager",
    shareBasisPoints: null,
  }));
}

/** A person as the file knows them: the same name (whatever its case and spacing) in the same role. */
export function personKey(person: { firstName: string; lastName: string; role: string }): string {
  const name = `${person.firstName} ${person.lastName}`.replace(/\s+/g, " ").trim().toLocaleLowerCase("fr-CA");
  return `${person.role}:${name}`;
}

export type PersonOnFile = PersonRecord & { id: string };

export type PeopleChanges = {
  /** Listed, not on file: they join it. */
  join: PersonRecord[];
  /** On file in a role the list is complete for, and not listed: they leave it. */
  leave: PersonOnFile[];
  /** On file and listed with another e-mail or share: the file takes the disclosed one. */
  update: Array<{ id: string; email: string | null; shareBasisPoints: number | null }>;
};

/**
 * What approval changes on file. Only roles the Commission keeps, and people with a name, count; a
 * person listed twice in one role counts once (the last listing wins).
 */
export function peopleChanges(onFile: readonly PersonOnFile[], disclosed: DisclosedPeople): PeopleChanges {
  const listed = new Map<string, PersonRecord>();
  for (const person of disclosed.people) {
    if (!isRoleOnFile(person.role) || `${person.firstName}${person.lastName}`.trim() === "") continue;
    listed.set(personKey(person), person);
  }
  const current = new Map(onFile.map((person) => [personKey(person), person]));
  const join = [...listed].filter(([key]) => !current.has(key)).map(([, person]) => person);
  const leave = onFile.filter(
    (person) => disclosed.completeFor.includes(person.role) && !listed.has(personKey(person)),
  );
  const update = [...listed].flatMap(([key, person]) => {
    const known = current.get(key);
    if (!known) return [];
    const email = person.email ?? known.email;
    if (email === known.email && person.shareBasisPoints === known.shareBasisPoints) return [];
    return [{ id: known.id, email, shareBasisPoints: person.shareBasisPoints }];
  });
  return { join, leave, update };
}

/** A new application's people: those listed join the file; nobody on file leaves. */
export function joining(...lists: PersonRecord[][]): DisclosedPeople {
  return { people: lists.flat(), completeFor: [] };
}

/** A renewal's people: the lists are the whole truth for the roles they review (the owners', and the managers' when listed). */
export function reviewing(roles: readonly RoleOnFile[], ...lists: PersonRecord[][]): DisclosedPeople {
  return { people: lists.flat(), completeFor: roles };
}
