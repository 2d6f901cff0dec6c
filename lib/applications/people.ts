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
  "associated_entity",
] as const;
export type RoleOnFile = (typeof rolesOnFile)[number];

/**
 * The roles of the persons who own or run the business: every role but a premises manager's and an
 * associated entity's (a business, which only the lists of entities review).
 */
export const ownerRoles: readonly RoleOnFile[] = rolesOnFile.filter(
  (role) => role !== "premises_manager" && role !== "associated_entity",
);

/** How an associated entity is tied to the holder (prisma EntityRelationship). */
export const entityRelationships = ["shareholder", "partner", "parent_company"] as const;
export type EntityRelationship = (typeof entityRelationships)[number];

const isRoleOnFile = (role: string): role is RoleOnFile => (rolesOnFile as readonly string[]).includes(role);
const isRelationship = (value: string): value is EntityRelationship =>
  (entityRelationships as readonly string[]).includes(value);

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

/**
 * The items of a list of associated entities (entityName, relationship, entitySharePercent when held
 * as a shareholder, signingOfficerEmail): each on file by its legal name, with its signing officer's e-mail.
 */
export function associatedEntities(answers: SavedAnswers, section: string): PersonRecord[] {
  return listItems(answers, section).map((item) => {
    const relationship = String(item.relationship ?? "");
    return {
      firstName: "",
      lastName: "",
      organisationName: String(item.entityName ?? "").trim(),
      email: optionalText(item.signingOfficerEmail),
      role: "associated_entity",
      relationship: isRelationship(relationship) ? relationship : null,
      shareBasisPoints: relationship === "shareholder" ? shareBasisPoints(item.entitySharePercent) : null,
    };
  });
}

const normalisedName = (name: string) => name.replace(/\s+/g, " ").trim().toLocaleLowerCase("fr-CA");

type Keyed = { firstName: string; lastName: string; role: string; organisationName?: string | null };

/**
 * A person as the file knows them: the same name (whatever its case and spacing) in the same role;
 * an associated entity, by its legal name.
 */
export function personKey(person: Keyed): string {
  const name =
    person.role === "associated_entity" ? (person.organisationName ?? "") : `${person.firstName} ${person.lastName}`;
  return `${person.role}:${normalisedName(name)}`;
}

/** A premises manager's list item as the file would know them (a renewal asks nothing of a kept manager). */
export function managerKeyOnFile(item: Record<string, unknown>): string {
  return personKey({
    firstName: String(item.firstName ?? ""),
    lastName: String(item.lastName ?? ""),
    role: "premises_manager",
  });
}

/** Whether the record names someone: a person by their names, an entity by its legal name. */
const isNamed = (person: Keyed) =>
  (person.role === "associated_entity"
    ? (person.organisationName ?? "")
    : `${person.firstName}${person.lastName}`
  ).trim() !== "";

export type PersonOnFile = PersonRecord & { id: string };

export type PeopleChanges = {
  /** Listed, not on file: they join it. */
  join: PersonRecord[];
  /** On file in a role the list is complete for, and not listed: they leave it. */
  leave: PersonOnFile[];
  /** On file and listed with another e-mail, share or (an entity's) relationship: the file takes the disclosed one. */
  update: Array<{ id: string; email: string | null; shareBasisPoints: number | null; relationship?: string | null }>;
};

/**
 * What approval changes on file. Only roles the Commission keeps, and people with a name, count; a
 * person listed twice in one role counts once (the last listing wins).
 */
export function peopleChanges(onFile: readonly PersonOnFile[], disclosed: DisclosedPeople): PeopleChanges {
  const listed = new Map<string, PersonRecord>();
  for (const person of disclosed.people) {
    if (!isRoleOnFile(person.role) || !isNamed(person)) continue;
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
    const relationship = person.relationship ?? null;
    const isEntity = person.role === "associated_entity";
    if (
      email === known.email &&
      person.shareBasisPoints === known.shareBasisPoints &&
      (!isEntity || relationship === (known.relationship ?? null))
    )
      return [];
    return [{ id: known.id, email, shareBasisPoints: person.shareBasisPoints, ...(isEntity ? { relationship } : {}) }];
  });
  return { join, leave, update };
}

/** A new application's people: those listed join the file; nobody on file leaves. */
export function joining(...lists: PersonRecord[][]): DisclosedPeople {
  return { people: lists.flat(), completeFor: [] };
}

/**
 * A renewal's people: the lists are the whole truth for the roles they review (the owners', and the
 * managers' and entities' when listed).
 */
export function reviewing(roles: readonly RoleOnFile[], ...lists: PersonRecord[][]): DisclosedPeople {
  return { people: lists.flat(), completeFor: roles };
}
