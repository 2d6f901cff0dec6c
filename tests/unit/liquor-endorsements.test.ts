import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fieldErrors, readFields, schemaOf, type FieldDefinition } from "@/lib/applications/fields";
import {
  applicableSections,
  missingItems,
  requiredDocuments,
  sectionStates,
  type SavedAnswers,
} from "@/lib/applications/engine";
import {
  applicationTypeFields,
  chosenEndorsements,
  endorsementDetails,
  endorsements,
  type Endorsement,
} from "@/lib/applications/kinds/liquor-endorsements";
import { liquorSalesNew as kind } from "@/lib/applications/kinds/liquor-sales";
import { printedDetails } from "@/lib/licences/printed-details";
import { translatorFor } from "@/lib/i18n/translator";

const checkboxes: FieldDefinition = { name: "extras", control: "checkboxes", options: ["a", "b", "c"] };

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("a checkbox group (fields as data)", () => {
  it("reads the ticked options in the options' order, and no box ticked as the answer “none”", () => {
    expect(
      readFields(
        [checkboxes],
        form([
          ["extras", "c"],
          ["extras", "a"],
        ]),
      ),
    ).toEqual({ extras: ["a", "c"] });
    expect(readFields([checkboxes], form([]))).toEqual({ extras: [] });
  });

  it("keeps only the options it offers, each once, whatever a tampered form sends", () => {
    const tampered = form([
      ["extras", "b"],
      ["extras", "b"],
      ["extras", "admin"],
      ["extras", "__proto__"],
      ["extras", " a "],
      ["other", "a"],
    ]);
    expect(readFields([checkboxes], tampered)).toEqual({ extras: ["b"] });
  });

  it("reads any form into a subset of its options that its own schema accepts", () => {
    const sent = fc.array(
      fc.tuple(fc.constantFrom("extras", "other", "extras.a"), fc.oneof(fc.string(), fc.constantFrom("a", "b", "c"))),
    );
    fc.assert(
      fc.property(sent, (entries) => {
        const values = readFields([checkboxes], form(entries));
        const ticked = values.extras as string[];
        expect(ticked).toEqual(["a", "b", "c"].filter((option) => ticked.includes(option)));
        expect(schemaOf([checkboxes]).safeParse(values).success).toBe(true);
      }),
    );
  });

  it("refuses a saved answer that is not a list of its options, each once", () => {
    for (const extras of [undefined, "a", ["d"], ["a", "a"], [1], {}])
      expect(fieldErrors([checkboxes], { extras }, "LiquorSalesApplication"), JSON.stringify(extras)).toEqual({
        extras: "LiquorSalesApplication.errors.extras",
      });
    expect(fieldErrors([checkboxes], { extras: [] }, "LiquorSalesApplication")).toEqual({});
  });
});

/** The answers of an application for these endorsements (the rest of the application does not matter here). */
const applyingFor = (...chosen: Endorsement[]): SavedAnswers => ({ applicationType: { endorsements: chosen } });

const endorsementSectionIds: Record<Endorsement, string> = {
  catering: "cateringDetails",
  room_service: "roomServiceDetails",
  mini_bar: "miniBarDetails",
  golf_course: "golfCourseDetails",
  brew_pub: "brewPubDetails",
  wine_pub: "winePubDetails",
};
const endorsementDocumentIds: Partial<Record<Endorsement, string>> = {
  catering: "cateringFoodSafety",
  golf_course: "golfCourseMap",
};

const subsetOfEndorsements = fc.subarray([...endorsements]);

describe("the liquor sales licence's type of application (step 3)", () => {
  it("asks for the licence and any endorsements with it: none is a complete answer", () => {
    expect(applicationTypeFields).toEqual([{ name: "endorsements", control: "checkboxes", options: endorsements }]);
    const state = (saved: SavedAnswers) =>
      sectionStates(kind, saved).find((section) => section.id === "applicationType");
    expect(state({})?.status).toBe("notStarted");
    expect(state(applyingFor())?.status).toBe("completed");
    expect(state(applyingFor("catering", "golf_course"))?.status).toBe("completed");
    expect(state({ applicationType: { endorsements: ["casino"] } })?.status).toBe("inProgress");
  });

  it("asks the establishment type with the premises, no longer at step 3", () => {
    const premises = kind.sections.find((section) => section.id === "premisesDetails");
    expect(premises?.page === "form" && premises.fields.map((field) => field.name)).toEqual([
      "premisesName",
      "establishment",
      "description",
    ]);
    const type = kind.sections.find((section) => section.id === "applicationType");
    expect(type?.page === "form" && type.fields.map((field) => field.name)).toEqual(["endorsements"]);
  });

  it("reads the chosen endorsements in the list's order, ignoring anything else saved there", () => {
    expect(chosenEndorsements(applyingFor("wine_pub", "catering"))).toEqual(["catering", "wine_pub"]);
    expect(chosenEndorsements({ applicationType: { endorsements: ["catering", "casino", 3] } })).toEqual(["catering"]);
    expect(chosenEndorsements({ applicationType: { endorsements: "catering" } })).toEqual([]);
    expect(chosenEndorsements({})).toEqual([]);
  });

  it("asks each chosen endorsement's questions on its own page, and no other endorsement's", () => {
    fc.assert(
      fc.property(subsetOfEndorsements, (chosen) => {
        const shown = applicableSections(kind, applyingFor(...chosen)).map((section) => section.id);
        for (const endorsement of endorsements)
          expect(shown.includes(endorsementSectionIds[endorsement] as never), endorsement).toBe(
            chosen.includes(endorsement),
          );
      }),
    );
    // They come after the licensed areas, before the questions.
    const ids = applicableSections(kind, applyingFor(...endorsements)).map((section) => section.id);
    expect(ids.slice(ids.indexOf("licensedAreas") + 1, ids.indexOf("questions"))).toEqual(
      Object.values(endorsementSectionIds),
    );
  });

  it("requires the kitchen's inspection for catering and the course map for a golf course, only when chosen", () => {
    const endorsementDocuments = (saved: SavedAnswers) =>
      requiredDocuments(kind, saved)
        .map((document) => document.id)
        .filter((id) => Object.values(endorsementDocumentIds).includes(id));
    expect(endorsementDocuments(applyingFor())).toEqual([]);
    expect(endorsementDocuments(applyingFor("catering"))).toEqual(["cateringFoodSafety"]);
    expect(endorsementDocuments(applyingFor("golf_course"))).toEqual(["golfCourseMap"]);
    expect(endorsementDocuments(applyingFor("room_service", "mini_bar", "brew_pub", "wine_pub"))).toEqual([]);
    fc.assert(
      fc.property(subsetOfEndorsements, (chosen) => {
        expect(endorsementDocuments(applyingFor(...chosen))).toEqual(
          chosen.flatMap((endorsement) => endorsementDocumentIds[endorsement] ?? []),
        );
      }),
    );
  });

  it("lists a chosen endorsement's page as missing until its questions are answered", () => {
    const missingSections = (saved: SavedAnswers) =>
      missingItems(kind, saved, { documents: {}, disclosures: {} }).flatMap((item) =>
        item.type === "section" && Object.values(endorsementSectionIds).includes(item.section) ? [item.section] : [],
      );
    expect(missingSections(applyingFor("room_service"))).toEqual(["roomServiceDetails"]);
    expect(missingSections({ ...applyingFor("room_service"), roomServiceDetails: { guestRooms: "0" } })).toEqual([
      "roomServiceDetails",
    ]);
    expect(missingSections({ ...applyingFor("room_service"), roomServiceDetails: { guestRooms: "120" } })).toEqual([]);
    // Answers left from an endorsement no longer chosen ask for nothing.
    expect(missingSections({ ...applyingFor(), roomServiceDetails: { guestRooms: "0" } })).toEqual([]);
  });

  it("checks each endorsement's answers: a number in range, a yes or no, what was described", () => {
    const fieldsOf = (id: string) => {
      const section = kind.sections.find((candidate) => candidate.id === id);
      return section?.page === "form" ? section.fields : [];
    };
    const errors = (id: string, values: Record<string, unknown>) =>
      Object.keys(fieldErrors(fieldsOf(id), values, "LiquorSalesApplication"));
    expect(errors("golfCourseDetails", { golfHoles: "18", beverageCarts: "yes", golfServiceAreas: "Cart" })).toEqual(
      [],
    );
    expect(errors("golfCourseDetails", { golfHoles: "73", beverageCarts: "maybe", golfServiceAreas: " " })).toEqual([
      "golfHoles",
      "beverageCarts",
      "golfServiceAreas",
    ]);
    expect(errors("miniBarDetails", { miniBarRooms: "2.5", miniBarLocking: "Key at check-in" })).toEqual([
      "miniBarRooms",
    ]);
    expect(errors("brewPubDetails", { breweryLicenceNumber: "MB-1234", brewingCapacity: "800" })).toEqual([]);
    expect(errors("winePubDetails", {})).toEqual(["wineryLicenceNumber"]);
    expect(errors("cateringDetails", { cateringEvents: "Weddings" })).toEqual([
      "cateringKitchen.line1",
      "cateringKitchen.city",
      "cateringKitchen.province",
      "cateringKitchen.postalCode",
    ]);
  });
});

describe("the licence issued with endorsements", () => {
  const context = { today: "2027-03-01" as const, licence: null };
  const issued = (saved: SavedAnswers) => {
    const effect = kind.outcome.approval(saved, context);
    if (effect.type !== "issue") throw new Error("a new licence is issued");
    return effect.issued;
  };

  it("prints its endorsements, in the list's order, and nothing without them", () => {
    expect(issued(applyingFor("golf_course", "catering")).details).toEqual([
      { label: "endorsements", values: [{ term: "endorsement_catering" }, { term: "endorsement_golf_course" }] },
    ]);
    expect(issued(applyingFor()).details).toBeNull();
    expect(endorsementDetails({})).toBeNull();
  });

  it("names each endorsement in both languages on the certificate and the licence pages", () => {
    const details = endorsementDetails(applyingFor(...endorsements));
    expect(printedDetails(details, "en", translatorFor("en"))).toEqual([
      {
        label: "Endorsements",
        lines: [
          "Catering endorsement",
          "Room service endorsement",
          "Mini bar endorsement",
          "Golf course endorsement",
          "Brew pub endorsement",
          "Wine pub endorsement",
        ],
      },
    ]);
    expect(printedDetails(details, "fr", translatorFor("fr"))).toEqual([
      {
        label: "Avenants",
        lines: [
          "Avenant relatif au traiteur",
          "Avenant relatif au service aux chambres",
          "Avenant relatif au mini bar",
          "Avenant relatif au terrain de golf",
          "Avenant relatif à la brasserie",
          "Avenant relatif au vinibar",
        ],
      },
    ]);
  });
});
