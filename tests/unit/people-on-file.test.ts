import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  associatedPeople,
  joining,
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

  it("ignores roles the Commission does not keep and people without a name", () => {
    const changes = peopleChanges([], joining([person("Ana", "Lima", "other_interest"), person(" ", "", "officer")]));
    expect(changes).toEqual({ join: [], leave: [], update: [] });
  });

  const arbitraryPerson = fc.record({
    firstName: fc.constantFrom("Marie", "marie", "Luc", "Inès", " Noé", ""),
    lastName: fc.constantFrom("Tremblay", "Gagnon", "HADDAD", ""),
    email: fc.option(fc.constantFrom("a@example.com", "b@example.com"), { nil: null }),
    role: fc.constantFrom(...rolesOnFile, "other_interest", "<script>"),
    shareBasisPoints: fc.option(fc.integer({ min: 0, max: 10000 }), { nil: null }),
  });

  it("after the changes, the file holds everyone listed once, and loses only unlisted people in reviewed roles", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryPerson, { selector: personKey, maxLength: 8 }),
        fc.array(arbitraryPerson, { maxLength: 8 }),
        fc.boolean(),
        (current, listed, review) => {
          const file = current
            .filter((known) => (rolesOnFile as readonly string[]).includes(known.role))
            .map((known, index) => onFile(String(index), known));
          const disclosed = review ? reviewing(ownerRoles, listed) : joining(listed);
          const { join, leave } = peopleChanges(file, disclosed);
          const after = [...file.filter((known) => !leave.includes(known)), ...join];
          const keys = after.map(personKey);
          // Nobody twice in the same role.
          expect(new Set(keys).size).toBe(keys.length);
          for (const named of listed) {
            const kept =
              (rolesOnFile as readonly string[]).includes(named.role) && `${named.firstName}${named.lastName}`.trim();
            if (kept) expect(keys).toContain(personKey(named));
          }
          for (const left of leave) {
            expect(review && (ownerRoles as readonly string[]).includes(left.role)).toBe(true);
            expect(listed.map(personKey)).not.toContain(personKey(left));
          }
          if (!review) expect(leave).toEqual([]);
        },
      ),
    );
  });
});
