import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  allDisclosureFields,
  answersOfForm,
  disclosureFields,
  disclosureFormFields,
  entityDisclosureFields,
  managerDisclosureFields,
} from "@/lib/disclosures/form";
import {
  disclosureForms,
  fieldsSchema,
  isDisclosureAsked,
  missingItems,
  needsDisclosureRequest,
  sectionStates,
  type ApplicationFacts,
  type ListSection,
} from "@/lib/applications/engine";
import { liquorSalesNew } from "@/lib/applications/kinds/liquor-sales";
import { liquorSalesRenewal } from "@/lib/applications/kinds/liquor-renewal";
import { managerKeyOnFile, personKey } from "@/lib/applications/people";
import { renewalChanges } from "@/lib/applications/renewal-changes";

type Tree = { [key: string]: string | Tree };
const messages = (locale: string): Tree =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Tree;
const at = (tree: Tree, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

const address = { line1: "45, rue Elgin", city: "Ottawa", province: "ON", postalCode: "K1P 5K7" };
const managerAnswers = {
  dateOfBirth: { day: "14", month: "2", year: "1982" },
  homeAddress: address,
  trainingCertificate: "SS-1234567",
  trainingDate: { day: "15", month: "6", year: "2024" },
  managementExperience: "Gérant de salle, Bistro Cormoran, 2019–2025.",
  convictions: "no",
  otherInterests: "no",
  declaration: "yes",
};
const entityAnswers = {
  incorporationJurisdiction: "Ontario",
  incorporationDate: { day: "4", month: "9", year: "2012" },
  headOffice: "100, rue King Ouest, Toronto (Ontario) M5X 1A9, Canada",
  directorsAndOfficers: "Inès Haddad, présidente\nNoé Bélanger, secrétaire",
  entityConvictions: "no",
  entityOtherInterests: "yes",
  signingOfficerName: "Inès Haddad",
  signingOfficerTitle: "Présidente",
  entityDeclaration: "yes",
};
const valid = (form: keyof typeof disclosureFormFields, answers: Record<string, unknown>) =>
  fieldsSchema(disclosureFormFields[form]).safeParse(answers).success;

describe("the disclosure forms", () => {
  it("declare a form for each form a request can ask for", () => {
    expect(Object.keys(disclosureFormFields).sort()).toEqual([...disclosureForms].sort());
    expect(disclosureFormFields.person).toBe(disclosureFields);
  });

  it("have a label in both languages for every question, and a message for every way one can be wrong", () => {
    for (const locale of ["fr", "en"]) {
      const tree = messages(locale);
      for (const field of allDisclosureFields) {
        expect(at(tree, `DisclosurePage.fields.${field.name}.label`), `${locale} ${field.name}`).toEqual(
          expect.any(String),
        );
        expect(at(tree, `AdminApplicationPage.disclosureFields.${field.name}`), `${locale} ${field.name}`).toEqual(
          expect.any(String),
        );
        // An address's errors are the shared Address messages.
        if (field.control !== "address")
          expect(at(tree, `DisclosurePage.errors.${field.name}`), `${locale} ${field.name}`).toEqual(
            expect.any(String),
          );
      }
      for (const form of disclosureForms) {
        for (const text of ["metaTitle", "title", "lead", "submit", "doneTitle"])
          expect(at(tree, `DisclosurePage.forms.${form}.${text}`), `${locale} ${form} ${text}`).toEqual(
            expect.any(String),
          );
        expect(at(tree, `AdminApplicationPage.disclosureForms.${form}`)).toEqual(expect.any(String));
      }
    }
  });

  it("ask a premises manager who they are, their training and experience, and their declaration", () => {
    expect(managerDisclosureFields.map((field) => field.name)).toEqual([
      "dateOfBirth",
      "homeAddress",
      "trainingCertificate",
      "trainingDate",
      "managementExperience",
      "convictions",
      "otherInterests",
      "declaration",
    ]);
    expect(valid("premises_manager", managerAnswers)).toBe(true);
    // A person's answers are not a manager's.
    expect(
      valid("premises_manager", {
        dateOfBirth: managerAnswers.dateOfBirth,
        homeAddress: address,
        convictions: "no",
        otherInterests: "no",
        declaration: "yes",
      }),
    ).toBe(false);
  });

  it("refuse a manager's certificate number that is not one, and training not yet done", () => {
    for (const trainingCertificate of ["", "12", "SS 123 456", "<script>", "x".repeat(31)])
      expect(valid("premises_manager", { ...managerAnswers, trainingCertificate }), trainingCertificate).toBe(false);
    const nextYear = String(new Date().getUTCFullYear() + 1);
    expect(
      valid("premises_manager", { ...managerAnswers, trainingDate: { day: "1", month: "1", year: nextYear } }),
    ).toBe(false);
    expect(
      valid("premises_manager", { ...managerAnswers, trainingDate: { day: "31", month: "2", year: "2024" } }),
    ).toBe(false);
    expect(valid("premises_manager", { ...managerAnswers, declaration: "no" })).toBe(false);
  });

  it("ask an entity where and when it was formed, who runs and owns it, its record, and a signing officer's declaration", () => {
    expect(valid("entity", entityAnswers)).toBe(true);
    // No shareholder over 10 % is a possible answer.
    expect(valid("entity", { ...entityAnswers, majorShareholders: "Gestion Nord inc., 60 %" })).toBe(true);
    for (const missing of [
      "incorporationJurisdiction",
      "incorporationDate",
      "headOffice",
      "directorsAndOfficers",
      "entityConvictions",
      "signingOfficerName",
      "signingOfficerTitle",
      "entityDeclaration",
    ]) {
      const answers: Record<string, unknown> = { ...entityAnswers };
      delete answers[missing];
      expect(valid("entity", answers), missing).toBe(false);
    }
    expect(valid("entity", { ...entityAnswers, majorShareholders: "x".repeat(4001) })).toBe(false);
    expect(entityDisclosureFields.find((field) => field.name === "majorShareholders")?.optional).toBe(true);
  });

  it("keep only the questions of the request's own form", () => {
    const tampered = { ...managerAnswers, ...entityAnswers, status: "completed", fileNumber: "LSL-N-2026-000000" };
    expect(answersOfForm("premises_manager", tampered)).toEqual(managerAnswers);
    expect(answersOfForm("entity", tampered)).toEqual(entityAnswers);
    expect(Object.keys(answersOfForm("person", tampered)).sort()).toEqual(
      ["convictions", "dateOfBirth", "declaration", "homeAddress", "otherInterests"].sort(),
    );
  });

  it("are read once, whatever form a question belongs to", () => {
    const names = allDisclosureFields.map((field) => field.name);
    expect(new Set(names).size).toBe(names.length);
    for (const form of disclosureForms)
      for (const field of disclosureFormFields[form]) expect(names).toContain(field.name);
  });
});

const section = (id: string) => {
  const found = [...liquorSalesNew.sections, ...liquorSalesRenewal.sections].find(
    (candidate) => candidate.id === id && candidate.page === "list",
  );
  return found as ListSection;
};

describe("who is asked for a disclosure", () => {
  const managers = liquorSalesRenewal.sections.find((candidate) => candidate.id === "premisesManagers") as ListSection;
  const kept = { id: "m1", firstName: "Chantal", lastName: "Côté", managerEmail: "chantal@example.com" };
  const added = { id: "m2", firstName: "Hugo", lastName: "Roy", managerEmail: "hugo@example.com" };
  const onFile = [personKey({ firstName: "Chantal", lastName: "Côté", role: "premises_manager" })];
  const facts = (extra: Partial<ApplicationFacts> = {}): ApplicationFacts => ({
    documents: {},
    disclosures: {},
    onFile,
    ...extra,
  });

  it("the new licence asks each premises manager for a manager's disclosure, and each entity for an entity's", () => {
    expect(section("premisesManagers").disclosures).toMatchObject({
      emailField: "managerEmail",
      form: "premises_manager",
    });
    const entities = liquorSalesNew.sections.find((candidate) => candidate.id === "associatedEntities") as ListSection;
    expect(entities).toMatchObject({ min: 0, disclosures: { emailField: "signingOfficerEmail", form: "entity" } });
    // Someone on the holder's file is asked all the same: only the renewal spares a kept manager.
    const newManagers = liquorSalesNew.sections.find((candidate) => candidate.id === "premisesManagers") as ListSection;
    expect(isDisclosureAsked(newManagers, kept, facts())).toBe(true);
  });

  it("the renewal asks nothing of a manager already on file, whatever the case and spacing of their name", () => {
    expect(managers.disclosures?.keyOnFile).toBe(managerKeyOnFile);
    expect(isDisclosureAsked(managers, kept, facts())).toBe(false);
    expect(isDisclosureAsked(managers, { ...kept, firstName: " chantal ", lastName: "CÔTÉ" }, facts())).toBe(false);
    expect(needsDisclosureRequest(managers, kept, facts())).toBe(false);
    // A new manager, or a kept one renamed into someone else, is asked.
    expect(needsDisclosureRequest(managers, added, facts())).toBe(true);
    expect(needsDisclosureRequest(managers, { ...kept, firstName: "Chloé" }, facts())).toBe(true);
    // A manager on file only as an owner is not on file as a manager.
    const asOwner = [personKey({ firstName: "Hugo", lastName: "Roy", role: "officer" })];
    expect(isDisclosureAsked(managers, added, facts({ onFile: asOwner }))).toBe(true);
  });

  it("the renewal's managers are complete once every new manager has a request, and the review waits only for theirs", () => {
    const answers = { premisesManagers: { items: [kept, added] } };
    const state = () => sectionStates(liquorSalesRenewal, answers, facts());
    expect(state().find((candidate) => candidate.id === "premisesManagers")?.status).toBe("inProgress");
    const sent = facts({ disclosures: { m2: { status: "sent", email: "hugo@example.com" } } });
    expect(
      sectionStates(liquorSalesRenewal, answers, sent).find((candidate) => candidate.id === "premisesManagers")?.status,
    ).toBe("completed");
    const waiting = missingItems(liquorSalesRenewal, answers, sent).filter((item) => item.type === "disclosure");
    expect(waiting).toEqual([{ type: "disclosure", section: "premisesManagers", personId: "m2", name: "Hugo Roy" }]);
    const done = facts({ disclosures: { m2: { status: "completed", email: "hugo@example.com" } } });
    expect(missingItems(liquorSalesRenewal, answers, done).filter((item) => item.type === "disclosure")).toEqual([]);
  });

  it("an optional list of entities is complete empty, and waits for each entity listed", () => {
    const entities = liquorSalesNew.sections.find((candidate) => candidate.id === "associatedEntities") as ListSection;
    const item = {
      id: "e1",
      entityName: "Gestion Cormoran inc.",
      relationship: "shareholder",
      entitySharePercent: "60",
      signingOfficerEmail: "signataire@cormoran.example",
    };
    const states = (answers: Record<string, unknown>, extra: Partial<ApplicationFacts> = {}) =>
      sectionStates(liquorSalesNew, answers as never, facts(extra)).find(
        (candidate) => candidate.id === "associatedEntities",
      )?.status;
    const typed = { applicantType: { applicantType: "corporation" } };
    expect(states(typed)).toBe("completed");
    expect(states({ ...typed, associatedEntities: { items: [item] } })).toBe("inProgress");
    expect(
      states(
        { ...typed, associatedEntities: { items: [item] } },
        { disclosures: { e1: { status: "sent", email: "signataire@cormoran.example" } } },
      ),
    ).toBe("completed");
    expect(needsDisclosureRequest(entities, item, facts())).toBe(true);
    // A shareholder entity without its share, or a share of nothing, is incomplete.
    const withoutShare = {
      id: item.id,
      entityName: item.entityName,
      relationship: item.relationship,
      signingOfficerEmail: item.signingOfficerEmail,
    };
    expect(states({ ...typed, associatedEntities: { items: [withoutShare] } })).toBe("inProgress");
    expect(fieldsSchema(entities.fields).safeParse({ ...item, entitySharePercent: "0" }).success).toBe(false);
    // A parent company has no share to give.
    expect(fieldsSchema(entities.fields).safeParse({ ...withoutShare, relationship: "parent_company" }).success).toBe(
      true,
    );
  });
});

describe("the renewal's entities", () => {
  it("are pre-filled from those on file, with their tie, share and signing officer", () => {
    const prefilled = liquorSalesRenewal.onLicence?.prefill?.({
      licence: {
        id: "l1",
        kind: "liquor_sales",
        number: "LSL-2025-000101",
        status: "active",
        expiresOn: "2027-01-31",
        termYears: 2,
        areas: [],
        details: null,
      },
      people: [],
      managers: [],
      entities: [
        {
          organisationName: "Gestion Cormoran inc.",
          relationship: "shareholder",
          email: "signataire@cormoran.example",
          shareBasisPoints: 6000,
        },
        { organisationName: "Holding Nord", relationship: "parent_company", email: null, shareBasisPoints: null },
      ],
      previousAnswers: {},
    });
    expect(prefilled?.associatedEntities?.items).toEqual([
      {
        id: expect.any(String),
        entityName: "Gestion Cormoran inc.",
        relationship: "shareholder",
        entitySharePercent: "60",
        signingOfficerEmail: "signataire@cormoran.example",
      },
      { id: expect.any(String), entityName: "Holding Nord", relationship: "parent_company" },
    ]);
  });

  it("say which entities were added and which are no longer listed, only for a renewal that lists them", () => {
    const onFile = [
      { firstName: "", lastName: "", role: "associated_entity", organisationName: "Holding Nord" },
      { firstName: "", lastName: "", role: "associated_entity", organisationName: "Gestion Cormoran inc." },
      { firstName: "Marie", lastName: "Tremblay", role: "officer", organisationName: null },
    ];
    const answers = {
      associatedPersons: { items: [{ id: "p1", firstName: "Marie", lastName: "Tremblay" }] },
      associatedEntities: {
        items: [
          { id: "e1", entityName: "gestion cormoran INC." },
          { id: "e2", entityName: "Fiducie Tremblay" },
        ],
      },
    };
    const changes = renewalChanges(answers, onFile, 2, true);
    expect(changes.entitiesAdded).toEqual(["Fiducie Tremblay"]);
    expect(changes.entitiesRemoved).toEqual(["Holding Nord"]);
    // The entities are never read as people with no name.
    expect(changes.peopleRemoved).toEqual([]);
    expect(renewalChanges(answers, onFile, 2, false)).toMatchObject({ entitiesAdded: [], entitiesRemoved: [] });
  });
});
