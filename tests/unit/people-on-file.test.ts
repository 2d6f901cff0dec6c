import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  associatedEntities,
  associatedPeople,
  joining,
  managerKeyOnFile,
  ownerRoles,
  peopleChanges,
  personKey,
  premisesManagers,
  reviewing,
  rolesOnFile,
  shareBasisPoints,
  type PersonOnFile,
} from "@/lib/applications/people";
import type { PersonRecord } from "@/lib/applications/outcome";

const person = (
  firstName: string,
  lastName: string,
  role: string,
  extra: Partial<PersonRecord> = {},
): PersonRecord => ({
  firstName,
  lastName,
  email: null,
  role,
  shareBasisPoints: null,
  ...extra,
});
const onFile = (id: string, record: PersonRecord): PersonOnFile => ({ id, ...record });
const entity = (organisationName: string, extra: Partial<PersonRecord> = {}): PersonRecord => ({
  firstName: "",
  lastName: "",
  email: null,
  role: "associated_entity",
  shareBasisPoints: null,
  organisationName,
  relationship: "parent_company",
  ...extra,
});

describe("the people an application lists", () => {
  it("reads a share as basis points, and nothing else", () => {
    expect(shareBasisPoints("12.5")).toBe(1250);
    expect(shareBasisPoints("100")).toBe(10000);
    for (const bad of ["", undefined, null, "abc", "-1", "100.01", "Infinity"])
      expect(shareBasisPoints(bad)).toBeNull();
  });

  it("puts an owner listed with a share on file in both roles, a shareholder once", () => {
    const answers = {
      associatedPersons: {
        items: [
          {
            id: "1",
            firstName: " Marie ",
            lastName: "Tremblay",
            email: "m@example.com",
            role: "officer",
            sharePercent: "60",
          },
          { id: "2", firstName: "Luc", lastName: "Gagnon", role: "shareholder", sharePercent: "40" },
          { id: "3", firstName: "Inès", lastName: "Haddad", email: "", role: "director", sharePercent: "0" },
        ],
      },
    };
    expect(associatedPeople(answers, "associatedPersons")).toEqual([
      person("Marie", "Tremblay", "officer", { email: "m@example.com" }),
      person("Marie", "Tremblay", "shareholder", { email: "m@example.com", shareBasisPoints: 6000 }),
      person("Luc", "Gagnon", "shareholder", { shareBasisPoints: 4000 }),
      person("Inès", "Haddad", "director"),
    ]);
    expect(
      premisesManagers(
        {
          premisesManagers: {
            items: [{ id: "1", firstName: "Chantal", lastName: "Côté", managerEmail: "c@example.com" }],
          },
        },
        "premisesManagers",
      ),
    ).toEqual([person("Chantal", "Côté", "premises_manager", { email: "c@example.com" })]);
  });

  it("knows a person by name and role, whatever the case and spacing", () => {
    expect(personKey(person("Marie ", " TREMBLAY", "officer"))).toBe(personKey(person("marie", "tremblay", "officer")));
    expect(personKey(person("Marie", "Tremblay", "officer"))).not.toBe(
      personKey(person("Marie", "Tremblay", "director")),
    );
  });

  it("reads associated entities by their legal name, with their tie, a shareholder's share and the signing officer's e-mail", () => {
    const answers = {
      associatedEntities: {
        items: [
          {
            id: "1",
            entityName: " Gestion Cormoran inc. ",
            relationship: "shareholder",
            entitySharePercent: "60",
            signingOfficerEmail: "signataire@cormoran.example",
          },
          // A share typed before the tie changed to "partner" is not a share.
          { id: "2", entityName: "Fiducie Tremblay", relationship: "partner", entitySharePercent: "10" },
          { id: "3", entityName: "Holding Nord", relationship: "<script>" },
        ],
      },
    };
    expect(associatedEntities(answers, "associatedEntities")).toEqual([
      entity("Gestion Cormoran inc.", {
        relationship: "shareholder",
        shareBasisPoints: 6000,
        email: "signataire@cormoran.example",
      }),
      entity("Fiducie Tremblay", { relationship: "partner" }),
      entity("Holding Nord", { relationship: null }),
    ]);
  });

  it("knows an entity by its legal name, whatever the case and spacing, and never as a person", () => {
    expect(personKey(entity("Gestion  Cormoran INC."))).toBe(personKey(entity("gestion cormoran inc.")));
    // A person whose names read like an entity's name is someone else.
    expect(personKey(entity("Marie Tremblay"))).not.toBe(personKey(person("Marie", "Tremblay", "shareholder")));
  });

  it("knows a premises manager's list item as the file would", () => {
    expect(managerKeyOnFile({ id: "1", firstName: " Chantal", lastName: "CÔTÉ", managerEmail: "c@example.com" })).toBe(
      personKey(person("Chantal", "Côté", "premises_manager")),
    );
  });
});

describe("what approval changes on file", () => {
  it("a new application adds who is not on file and ends nobody", () => {
    const file = [
      onFile("a", person("Marie", "Tremblay", "officer")),
      onFile("b", person("Chantal", "Côté", "premises_manager")),
    ];
    const changes = peopleChanges(
      file,
      joining([person("marie", "tremblay", "officer"), person("Noé", "Bélanger", "director")]),
    );
    expect(changes).toEqual({ join: [person("Noé", "Bélanger", "director")], leave: [], update: [] });
  });

  it("a renewal ends the owners it no longer lists, but not the managers it does not review", () => {
    const file = [
      onFile("a", person("Marie", "Tremblay", "officer")),
      onFile("b", person("Luc", "Gagnon", "director")),
      onFile("c", person("Chantal", "Côté", "premises_manager")),
    ];
    const changes = peopleChanges(
      file,
      reviewing(ownerRoles, [person("Marie", "Tremblay", "officer", { email: "m@example.com" })]),
    );
    expect(changes.join).toEqual([]);
    expect(changes.leave.map((left) => left.id)).toEqual(["b"]);
    expect(changes.update).toEqual([{ id: "a", email: "m@example.com", shareBasisPoints: null }]);
  });

  it("puts a new entity on file, changes its tie or share, and ends it only when a renewal reviewing entities no longer lists it", () => {
    const file = [
      onFile("a", entity("Gestion Cormoran inc.", { relationship: "shareholder", shareBasisPoints: 6000 })),
      onFile("b", entity("Holding Nord")),
      onFile("c", person("Marie", "Tremblay", "officer")),
    ];
    const listed = [
      entity("GESTION CORMORAN INC.", { relationship: "shareholder", shareBasisPoints: 4000 }),
      entity("Fiducie Tremblay", { relationship: "partner" }),
      person("Marie", "Tremblay", "officer"),
    ];
    expect(peopleChanges(file, joining(listed))).toEqual({
      join: [entity("Fiducie Tremblay", { relationship: "partner" })],
      leave: [],
      update: [{ id: "a", email: null, shareBasisPoints: 4000, relationship: "shareholder" }],
    });
    expect(peopleChanges(file, reviewing(rolesOnFile, listed)).leave.map((left) => left.id)).toEqual(["b"]);
    // A renewal that reviews only the owners who are persons leaves the entities as they are.
    expect(peopleChanges(file, reviewing(ownerRoles, [person("Marie", "Tremblay", "officer")])).leave).toEqual([]);
    // The same entity with a new tie is updated, not added twice.
    expect(
      peopleChanges(
        [onFile("b", entity("Holding Nord"))],
        joining([entity("Holding Nord", { relationship: "partner" })]),
      ),
    ).toEqual({
      join: [],
      leave: [],
      update: [{ id: "b", email: null, shareBasisPoints: null, relationship: "partner" }],
    });
  });

  it("ignores roles the Commission does not keep and people without a name", () => {
    const changes = peopleChanges(
      [],
      joining([person("Ana", "Lima", "other_interest"), person(" ", "", "officer"), entity(" ")]),
    );
    expect(changes).toEqual({ join: [], leave: [], update: [] });
  });

  const arbitraryPerson = fc.record({
    firstName: fc.constantFrom("Marie", "marie", "Luc", "Inès", " Noé", ""),
    lastName: fc.constantFrom("Tremblay", "Gagnon", "HADDAD", ""),
    email: fc.option(fc.constantFrom("a@example.com", "b@example.com"), { nil: null }),
    role: fc.constantFrom(...rolesOnFile, "other_interest", "<script>"),
    shareBasisPoints: fc.option(fc.integer({ min: 0, max: 10000 }), { nil: null }),
  });
  const arbitraryEntity = fc.record({
    firstName: fc.constant(""),
    lastName: fc.constant(""),
    email: fc.option(fc.constantFrom("a@example.com", "b@example.com"), { nil: null }),
    role: fc.constant("associated_entity"),
    shareBasisPoints: fc.option(fc.integer({ min: 0, max: 10000 }), { nil: null }),
    organisationName: fc.constantFrom("Gestion Cormoran inc.", "gestion cormoran INC.", "Holding Nord", " "),
    relationship: fc.constantFrom("shareholder", "partner", "parent_company"),
  });
  const arbitraryParty = fc.oneof(arbitraryPerson, arbitraryEntity);
  const isNamed = (party: PersonRecord) =>
    (party.role === "associated_entity"
      ? (party.organisationName ?? "")
      : `${party.firstName}${party.lastName}`
    ).trim();

  it("after the changes, the file holds everyone listed once, and loses only unlisted people in reviewed roles", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryParty, { selector: personKey, maxLength: 8 }),
        fc.array(arbitraryParty, { maxLength: 8 }),
        fc.constantFrom("join", "owners", "everyone"),
        (current, listed, mode) => {
          const file = current
            // The file holds only named people (and entities) in the roles it keeps.
            .filter((known) => (rolesOnFile as readonly string[]).includes(known.role) && isNamed(known))
            .map((known, index) => onFile(String(index), known));
          const reviewed: readonly string[] = mode === "owners" ? ownerRoles : mode === "everyone" ? rolesOnFile : [];
          const disclosed =
            mode === "owners"
              ? reviewing(ownerRoles, listed)
              : mode === "everyone"
                ? reviewing(rolesOnFile, listed)
                : joining(listed);
          const { join, leave } = peopleChanges(file, disclosed);
          const after = [...file.filter((known) => !leave.includes(known)), ...join];
          const keys = after.map(personKey);
          // Nobody twice in the same role.
          expect(new Set(keys).size).toBe(keys.length);
          for (const named of listed) {
            const kept = (rolesOnFile as readonly string[]).includes(named.role) && isNamed(named);
            if (kept) expect(keys).toContain(personKey(named));
          }
          for (const left of leave) {
            expect(reviewed).toContain(left.role);
            expect(listed.map(personKey)).not.toContain(personKey(left));
          }
          if (mode === "join") expect(leave).toEqual([]);
        },
      ),
    );
  });
});
