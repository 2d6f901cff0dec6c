import type { Database } from "@/lib/db/create-client";
import type {
  DisclosureForm,
  EntityPersonRole,
  EntityType,
  LicenceKind,
  Locale,
  Prisma,
  UserRole,
} from "@/lib/db/generated/client";
import { EntityType as EntityTypes } from "@/lib/db/generated/enums";
import { applicationKinds } from "@/lib/applications/registry";
import { listItems, quotedBusinessNumber, type SavedAnswers } from "@/lib/applications/engine";
import { ownerRoles, peopleChanges } from "@/lib/applications/people";
import { lastDayOf, type IssuedRecord } from "@/lib/applications/outcome";
import { transition, type ApplicationEvent, type ApplicationStatus, type Actor } from "@/lib/applications/status";
import type { PortalKind } from "@/lib/applications/kinds/names";
import { feeInEffect } from "@/lib/fees/rules";
import { applicationReason } from "@/lib/licences/history-reasons";
import { DISCLOSURE_LINK_LIFETIME_MS } from "@/lib/disclosures/form";
import { addDays, addYears, commissionToday, isoDateToUtc, type IsoDate } from "@/lib/time/commission-date";
import { commissionMoment } from "@/lib/time/commission-clock";

/**
 * A review queue as a new licensing officer would find it (issue 16): 34 files of seven kinds, in
 * every state — drafts and files awaiting payment on the licensees' side, files submitted, under
 * review and waiting for information, approved, refused and withdrawn — across four officers
 * (David Chen and three more), some unassigned, each with its timeline, its order and payment, its
 * disclosures, and for the approved ones the licence approval issued (or renewed) and the people it
 * put on file. Applicants and businesses are this file's own: no journey signs in as them, and no
 * journey's licence or account is touched.
 *
 * Fixed ids (`fixedId`), dates counted back from the seed's day, and each file created with all its
 * rows in one transaction, only when its application is missing: a second run changes nothing.
 * Documents are not made up (the demo data has no stored files): submitted files show none.
 */

// ---------------------------------------------------------------------------------------------------
// The liquor sales kinds' answers, kept minimal and in one place: their sections are being changed.

/** A new liquor sales licence's answers: what lib/applications/kinds/liquor-sales.ts needs to be complete. */
function liquorSalesAnswers(business: DemoBusiness, premises: DemoPremises, item: ItemId): SavedAnswers {
  return {
    applicationType: { endorsements: [] },
    ...businessAnswers(business, item),
    premisesDetails: { premisesName: premises.name, establishment: premises.establishment },
    premisesAddresses: { premisesPhysical: premises.address ?? business.address, mailingSameAsPhysical: "yes" },
    premisesContact: {
      premisesContactName: business.contactName,
      premisesContactEmail: business.email,
      premisesContactPhone: business.phone,
    },
    premisesManagers: { items: [managerItem(premises.manager, item)] },
    licensedAreas: { items: premises.areas.map((area, index) => areaItem(area, item(30 + index))) },
    questions: declarationAnswers(business),
    term: { termYears: String(premises.term) },
  };
}

/** A liquor sales licence's renewal: the information still correct, the people and manager on file, the same term. */
function liquorRenewalAnswers(business: DemoBusiness, premises: DemoPremises, item: ItemId): SavedAnswers {
  return {
    reviewInformation: { informationCorrect: "yes" },
    associatedPersons: { items: personItems(business, item) },
    premisesManagers: { items: [managerItem(premises.manager, item)] },
    questions: declarationAnswers(business),
    term: { termYears: String(premises.term) },
  };
}

// ---------------------------------------------------------------------------------------------------
// Who is in the demo.

type Address = { line1: string; city: string; province: "ON" | "QC"; postalCode: string };
type DemoPerson = {
  firstName: string;
  lastName: string;
  email: string;
  role: "officer" | "director" | "partner" | "sole_proprietor";
  sharePercent?: number;
};
type DemoBusiness = {
  legalName: string;
  operatingName?: string;
  applicantType: "corporation" | "partnership" | "sole_proprietorship" | "non_profit";
  businessNumber: string;
  contactName: string;
  email: string;
  phone: string;
  address: Address;
  people: DemoPerson[];
};
type DemoArea = { name: string; setting: "indoor" | "outdoor"; floor: string; capacity: number };
type DemoPremises = {
  establishment: "restaurant" | "bar" | "hotel" | "event_venue" | "other";
  name: string;
  address?: Address;
  manager: { firstName: string; lastName: string; email: string };
  areas: DemoArea[];
  term: 2 | 4;
};
/** A person applying for themself: what their own forms ask. */
type DemoIndividual = { dateOfBirth: IsoDate; homeAddress: Address };

type DemoUser = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  locale: Locale;
  phone: string;
};

/**
 * The officers who share the queue with David Chen (officer@example.com): listed with the other
 * demo accounts (demo-data.ts), so they sign in with the demo password and the README names them.
 */
export const queueDemoOfficers: DemoUser[] = [
  {
    id: "00000000-0000-4000-8000-00000000d501",
    email: "genevieve.tremblay@example.com",
    firstName: "Geneviève",
    lastName: "Tremblay",
    role: "licensing_officer",
    locale: "fr",
    phone: "1-800-000-0000",
  },
  {
    id: "00000000-0000-4000-8000-00000000d502",
    email: "daniel.okafor@example.com",
    firstName: "Daniel",
    lastName: "Okafor",
    role: "licensing_officer",
    locale: "en",
    phone: "1-800-000-0000",
  },
  {
    id: "00000000-0000-4000-8000-00000000d503",
    email: "marie-eve.belanger@example.com",
    firstName: "Marie-Ève",
    lastName: "Bélanger-Lapointe",
    role: "licensing_officer",
    locale: "fr",
    phone: "1-800-000-0000",
  },
];

const officers = {
  chen: "00000000-0000-4000-8000-000000000012",
  tremblay: "00000000-0000-4000-8000-00000000d501",
  okafor: "00000000-0000-4000-8000-00000000d502",
  belanger: "00000000-0000-4000-8000-00000000d503",
} as const;
type Officer = keyof typeof officers;

/** The applicants: accounts of their own (the demo password works, though no journey needs it). */
const applicantList = [
  ["chloe", "Chloé", "Girard", "fr"],
  ["owen", "Owen", "Fraser", "en"],
  ["mathieu", "Mathieu", "Paradis", "fr"],
  ["david", "David", "Kowalski", "en"],
  ["claire", "Claire", "Beaulieu", "fr"],
  ["lucas", "Lucas", "Pelletier", "fr"],
  ["harpreet", "Harpreet", "Singh", "en"],
  ["patrick", "Patrick", "Murphy", "en"],
  ["sylvie", "Sylvie", "Lacroix", "fr"],
  ["nathalie", "Nathalie", "Dubé", "fr"],
  ["michael", "Michael", "O’Brien", "en"],
  ["jordan", "Jordan", "Blake", "en"],
  ["kevin", "Kevin", "Nguyen", "en"],
  ["ryan", "Ryan", "Campbell", "en"],
  ["valerie", "Valérie", "Thibault", "fr"],
  ["marcandre", "Marc-André", "Simard", "fr"],
  ["emma", "Emma", "Thompson", "en"],
  ["emilie", "Émilie", "Fortier", "fr"],
  ["aisha", "Aisha", "Mohammed", "en"],
  ["julien", "Julien", "Côté-Rivard", "fr"],
  ["isabelle", "Isabelle", "Gendron", "fr"],
  ["thomas", "Thomas", "Wright", "en"],
  ["sarahmaude", "Sarah-Maude", "Leclerc", "fr"],
  ["josee", "Josée", "Lambert", "fr"],
  ["connor", "Connor", "MacDonald", "en"],
  ["peter", "Peter", "Novak", "en"],
  ["francois", "François", "Bélisle", "fr"],
  ["oceane", "Océane", "Poirier", "fr"],
  ["tyler", "Tyler", "Evans", "en"],
  ["fatima", "Fatima Zahra", "El Idrissi", "fr"],
  ["rebecca", "Rebecca", "Stone", "en"],
  ["ben", "Ben", "Carter", "en"],
  ["ghislaine", "Ghislaine", "Vachon", "fr"],
] as const;
type ApplicantKey = (typeof applicantList)[number][0];

/** "Marc-André Côté-Rivard" → "marc-andre.cote-rivard". */
function emailName(firstName: string, lastName: string): string {
  const plain = (text: string) =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f’']/g, "")
      .toLowerCase()
      .replace(/\s+/g, "-");
  return `${plain(firstName)}.${plain(lastName)}`;
}

export const queueDemoApplicants: DemoUser[] = applicantList.map(([, firstName, lastName, locale], index) => ({
  id: `00000000-0000-4000-8000-00000000d6${String(index + 1).padStart(2, "0")}`,
  email: `${emailName(firstName, lastName)}@example.com`,
  firstName,
  lastName,
  role: "applicant",
  locale,
  phone: `613-555-0${String(300 + index + 1)}`,
}));

function applicant(key: ApplicantKey): DemoUser {
  const index = applicantList.findIndex(([candidate]) => candidate === key);
  const user = queueDemoApplicants[index];
  if (!user) throw new Error(`Unknown queue demo applicant ${key}`);
  return user;
}

const on = (line1: string, city: string, postalCode: string): Address => ({
  line1,
  city,
  province: "ON",
  postalCode,
});

/** A business whose owner (an officer with all the shares, or a partner) applies, with one more person. */
function business(
  owner: ApplicantKey,
  facts: Omit<DemoBusiness, "contactName" | "people" | "phone"> & { other: Omit<DemoPerson, "email"> },
): DemoBusiness {
  const user = applicant(owner);
  const { other, ...rest } = facts;
  const ownerRole = facts.applicantType === "partnership" ? "partner" : "officer";
  return {
    ...rest,
    contactName: `${user.firstName} ${user.lastName}`,
    phone: user.phone,
    people: [
      {
        firstName: user.firstName,
        lastName: user.lastName,
        email: user.email,
        role: ownerRole,
        ...(ownerRole === "officer" ? { sharePercent: 100 } : {}),
      },
      { ...other, email: `${emailName(other.firstName, other.lastName)}@example.org` },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------
// The answers of the other kinds, from their sections (lib/applications/kinds).

/** Answers' list items have ids; fixed here, one series per file. */
type ItemId = (serial: number) => string;

function personItems(business: DemoBusiness, item: ItemId) {
  return business.people.map((person, index) => ({
    id: item(index + 1),
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    role: person.role,
    ...(person.sharePercent === undefined ? {} : { sharePercent: String(person.sharePercent) }),
  }));
}

function managerItem(manager: DemoPremises["manager"], item: ItemId) {
  return { id: item(20), firstName: manager.firstName, lastName: manager.lastName, managerEmail: manager.email };
}

function areaItem(area: DemoArea, id: string) {
  return { id, areaName: area.name, setting: area.setting, floor: area.floor, capacity: String(area.capacity) };
}

/** Nothing to declare, and a tax compliance number made from the business number. */
function declarationAnswers(business: DemoBusiness) {
  return {
    convictions: "no",
    otherLicences: "no",
    financialInterest: "no",
    taxComplianceNumber: `TC${business.businessNumber}ON00`,
    taxComplianceStatus: "compliant",
  };
}

/** The applicant sections a business kind shares with the liquor sales licence. */
function businessAnswers(business: DemoBusiness, item: ItemId): SavedAnswers {
  return {
    applicantType: { applicantType: business.applicantType },
    applicantDetails: {
      legalName: business.legalName,
      ...(business.operatingName ? { operatingName: business.operatingName } : {}),
      businessNumber: business.businessNumber,
    },
    contactDetails: { contactName: business.contactName, email: business.email, phone: business.phone },
    addresses: { mailing: business.address, physicalSameAsMailing: "yes", businessSameAsMailing: "yes" },
    associatedPersons: { items: personItems(business, item) },
  };
}

function lotteryRetailerAnswers(
  business: DemoBusiness,
  site: { storeType: "convenience" | "grocery" | "gas_station" | "pharmacy" | "other" },
  item: ItemId,
): SavedAnswers {
  return {
    ...businessAnswers(business, item),
    siteDetails: { siteName: business.operatingName ?? business.legalName, storeType: site.storeType },
    siteAddress: { siteAddress: business.address },
    declaration: { confirmed: "yes" },
  };
}

type Organisation = {
  organisationType: "registered_charity" | "non_profit" | "religious" | "service_club";
  purpose: string;
  beneficiaries: string;
  yearsActive: number;
};

function eligibilityAnswers(business: DemoBusiness, organisation: Organisation, item: ItemId): SavedAnswers {
  return {
    organisation: {
      organisationType: organisation.organisationType,
      ...(organisation.organisationType === "registered_charity"
        ? { charityNumber: `${business.businessNumber}RR0001` }
        : {}),
      legalName: business.legalName,
      businessNumber: business.businessNumber,
    },
    contactDetails: { contactName: business.contactName, email: business.email, phone: business.phone },
    addresses: { mailing: business.address, physicalSameAsMailing: "yes", businessSameAsMailing: "yes" },
    purpose: {
      charitablePurpose: organisation.purpose,
      beneficiaries: organisation.beneficiaries,
      yearsActive: String(organisation.yearsActive),
    },
    associatedPersons: { items: personItems(business, item) },
    declaration: { confirmed: "yes" },
  };
}

function gamingRegistrationAnswers(
  business: DemoBusiness,
  category: "charitable_operator" | "gaming_supplier",
  item: ItemId,
): SavedAnswers {
  const sites =
    category === "charitable_operator"
      ? { sites: { items: [{ id: item(40), siteName: business.operatingName, address: business.address }] } }
      : {};
  return {
    category: { category },
    ...sites,
    ...businessAnswers(business, item),
    questions: declarationAnswers(business),
    declaration: { confirmed: "yes" },
  };
}

/** A date as the date boxes hold it. */
function dateBoxes(date: IsoDate) {
  const [year, month, day] = date.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year: year ?? "" };
}

function gamingAssistantAnswers(
  person: DemoIndividual,
  user: DemoUser,
  job: { category: "gaming_assistant_1" | "gaming_assistant_2"; employer: string; jobTitle: string },
): SavedAnswers {
  return {
    category: { category: job.category },
    personalDetails: { dateOfBirth: dateBoxes(person.dateOfBirth), phone: user.phone, homeAddress: person.homeAddress },
    employment: { employer: job.employer, jobTitle: job.jobTitle },
    questions: { charges: "no", refusedElsewhere: "no" },
    declaration: { confirmed: "yes" },
  };
}

function horseRacingAnswers(
  person: DemoIndividual,
  user: DemoUser,
  categories: Array<"owner" | "trainer" | "groom" | "jockey" | "driver">,
): SavedAnswers {
  return {
    personalDetails: { dateOfBirth: dateBoxes(person.dateOfBirth), phone: user.phone, homeAddress: person.homeAddress },
    categories: Object.fromEntries(categories.map((category) => [category, "yes"])),
    disclosures: { criminalRecord: "no", otherJurisdiction: "no", refusedElsewhere: "no" },
    declaration: { confirmed: "yes" },
  };
}

/**
 * What each associated person (or premises manager) declared from their e-mailed link, on the form
 * their list asks for (lib/disclosures/form.ts): nothing to report.
 */
function disclosureAnswers(index: number, address: Address, form: DisclosureForm) {
  const person = {
    dateOfBirth: dateBoxes(`${1962 + ((index * 7) % 30)}-0${1 + (index % 9)}-1${index % 10}` as IsoDate),
    homeAddress: { ...address, line1: `${12 + index * 17}, rue des Érables` },
    convictions: "no",
    otherInterests: "no",
    declaration: "yes",
  };
  if (form !== "premises_manager") return person;
  return {
    ...person,
    trainingCertificate: `SS-${String(4_100_000 + index * 731)}`,
    trainingDate: dateBoxes(`20${20 + (index % 5)}-0${1 + (index % 9)}-15` as IsoDate),
    managementExperience: "Gérance de salle dans un établissement titulaire d’un permis depuis plusieurs années.",
  };
}

// ---------------------------------------------------------------------------------------------------
// The businesses and people.

const bistrot = business("chloe", {
  legalName: "Le Bistrot du Marché inc.",
  operatingName: "Le Bistrot du Marché",
  applicantType: "corporation",
  businessNumber: "830500101",
  email: "bonjour@bistrotdumarche.example",
  address: on("54, rue York", "Ottawa", "K1N 5T1"),
  other: { firstName: "Hugo", lastName: "Girard", role: "director" },
});
const mapleRye = business("owen", {
  legalName: "Maple & Rye Kitchen Ltd.",
  operatingName: "Maple & Rye",
  applicantType: "corporation",
  businessNumber: "830500102",
  email: "hello@maplerye.example",
  address: on("312 Elgin Street", "Ottawa", "K2P 1M4"),
  other: { firstName: "Nora", lastName: "Fraser", role: "director" },
});
const valleeGatineau = business("mathieu", {
  legalName: "Coopérative de solidarité Brasserie artisanale de la Vallée-de-la-Gatineau",
  operatingName: "Brasserie de la Vallée",
  applicantType: "non_profit",
  businessNumber: "830500103",
  email: "info@brasseriedelavallee.example",
  address: on("1455, chemin de Montréal", "Cumberland", "K4C 1E1"),
  other: { firstName: "Annie", lastName: "Paradis", role: "director" },
});
const granitePeak = business("david", {
  legalName: "Granite Peak Brewing Company Ltd.",
  operatingName: "Granite Peak Taproom",
  applicantType: "corporation",
  businessNumber: "830500104",
  email: "taproom@granitepeak.example",
  address: on("88 Sparks Street", "Ottawa", "K1P 5B6"),
  other: { firstName: "Laura", lastName: "Kowalski", role: "director" },
});
const basseVille = business("claire", {
  legalName: "Le Petit Marché de la Basse-Ville inc.",
  operatingName: "Le Petit Marché",
  applicantType: "corporation",
  businessNumber: "830500105",
  email: "info@petitmarche.example",
  address: on("22, rue Dalhousie", "Ottawa", "K1N 7C8"),
  other: { firstName: "Gilles", lastName: "Beaulieu", role: "director" },
});
/** Lucas Pelletier is a consultant: he applies for two businesses he does not own. */
const beausoleil: DemoBusiness = {
  legalName: "Dépanneur Beausoleil inc.",
  operatingName: "Dépanneur Beausoleil",
  applicantType: "corporation",
  businessNumber: "830500106",
  contactName: "Lucas Pelletier",
  email: "depanneur.beausoleil@example.org",
  phone: "613-555-0331",
  address: on("401, boulevard Saint-Joseph", "Orléans", "K1C 2W8"),
  people: [
    {
      firstName: "Robert",
      lastName: "Beausoleil",
      email: "robert.beausoleil@example.org",
      role: "officer",
      sharePercent: 100,
    },
    { firstName: "Carole", lastName: "Beausoleil", email: "carole.beausoleil@example.org", role: "director" },
  ],
};
const cafeBoheme: DemoBusiness = {
  legalName: "Café Bohème S.E.N.C.",
  operatingName: "Café Bohème",
  applicantType: "partnership",
  businessNumber: "830500107",
  contactName: "Lucas Pelletier",
  email: "cafe.boheme@example.org",
  phone: "613-555-0332",
  address: on("75, rue Beechwood", "Ottawa", "K1M 1M1"),
  people: [
    { firstName: "Inès", lastName: "Morel", email: "ines.morel@example.org", role: "partner" },
    { firstName: "Félix", lastName: "Arsenault", email: "felix.arsenault@example.org", role: "partner" },
  ],
};
const quickStop = business("harpreet", {
  legalName: "Quick Stop Variety Ltd.",
  operatingName: "Quick Stop Variety",
  applicantType: "corporation",
  businessNumber: "830500108",
  email: "quickstop@example.org",
  address: on("1780 Carling Avenue", "Ottawa", "K2A 1E2"),
  other: { firstName: "Simran", lastName: "Singh", role: "director" },
});
const minorHockey = business("patrick", {
  legalName: "Ottawa Valley Minor Hockey Association",
  applicantType: "non_profit",
  businessNumber: "830500109",
  email: "treasurer@ovmha.example",
  address: on("15 Arena Road", "Arnprior", "K7S 3H2"),
  other: { firstName: "Denise", lastName: "Carr", role: "director" },
});
const optimiste = business("sylvie", {
  legalName: "Club Optimiste d’Orléans",
  applicantType: "non_profit",
  businessNumber: "830500110",
  email: "secretariat@optimiste-orleans.example",
  address: on("1240, promenade Place-d’Orléans", "Orléans", "K1C 7K3"),
  other: { firstName: "Jean-Guy", lastName: "Lalonde", role: "director" },
});
const petitsBonheurs = business("nathalie", {
  legalName: "Fondation Les Petits Bonheurs",
  applicantType: "non_profit",
  businessNumber: "830500111",
  email: "fondation@petitsbonheurs.example",
  address: on("90, rue Montreal", "Ottawa", "K1L 6E6"),
  other: { firstName: "Marc", lastName: "Dubé", role: "director" },
});
const riverside = business("michael", {
  legalName: "Riverside Community Bingo Inc.",
  operatingName: "Riverside Bingo Hall",
  applicantType: "corporation",
  businessNumber: "830500112",
  email: "bingo@riversidecommunity.example",
  address: on("2280 Riverside Drive", "Ottawa", "K1H 7X5"),
  other: { firstName: "Sean", lastName: "O’Brien", role: "director" },
});
const laurentides = business("emilie", {
  legalName: "Équipements de jeu Laurentides inc.",
  operatingName: "Jeux Laurentides",
  applicantType: "corporation",
  businessNumber: "830500113",
  email: "ventes@jeuxlaurentides.example",
  address: on("600, chemin Industriel", "Hawkesbury", "K6A 2R2"),
  other: { firstName: "Pascal", lastName: "Fortier", role: "director" },
});
const northernLights = business("aisha", {
  legalName: "Northern Lights Hospitality Group Inc.",
  operatingName: "Aurora Rooftop",
  applicantType: "corporation",
  businessNumber: "830500114",
  email: "events@northernlights.example",
  address: on("150 Laurier Avenue West", "Ottawa", "K1P 5J4"),
  other: { firstName: "Yusuf", lastName: "Mohammed", role: "director" },
});
const cantineQuai = business("julien", {
  legalName: "La Cantine du Quai inc.",
  operatingName: "La Cantine du Quai",
  applicantType: "corporation",
  businessNumber: "830500115",
  email: "allo@cantineduquai.example",
  address: on("3, quai de la Marina", "Rockland", "K4K 1K7"),
  other: { firstName: "Lise", lastName: "Rivard", role: "director" },
});
const gendron = business("isabelle", {
  legalName: "Pharmacie Gendron inc.",
  operatingName: "Pharmacie Gendron",
  applicantType: "corporation",
  businessNumber: "830500116",
  email: "pharmacie.gendron@example.org",
  address: on("2900, boulevard Saint-Joseph", "Orléans", "K1C 1G4"),
  other: { firstName: "Éric", lastName: "Gendron", role: "director" },
});
const kanataLions = business("thomas", {
  legalName: "Kanata Lions Club",
  applicantType: "non_profit",
  businessNumber: "830500117",
  email: "secretary@kanatalions.example",
  address: on("100 Walter Havill Drive", "Kanata", "K2L 3N9"),
  other: { firstName: "Margaret", lastName: "Hughes", role: "director" },
});
const atlanticGaming = business("peter", {
  legalName: "Atlantic Gaming Supply Co.",
  applicantType: "corporation",
  businessNumber: "830500118",
  email: "sales@atlanticgaming.example",
  address: on("45 Antares Drive", "Nepean", "K2E 7Y5"),
  other: { firstName: "Irene", lastName: "Novak", role: "director" },
});
const eventsEvans = business("tyler", {
  legalName: "Evans Catering Ltd.",
  operatingName: "Evans Catering",
  applicantType: "corporation",
  businessNumber: "830500119",
  email: "bookings@evanscatering.example",
  address: on("27 Iber Road", "Stittsville", "K2S 1E6"),
  other: { firstName: "Megan", lastName: "Evans", role: "director" },
});
const sunsetLounge = business("rebecca", {
  legalName: "Sunset Lounge Inc.",
  operatingName: "Sunset Lounge",
  applicantType: "corporation",
  businessNumber: "830500120",
  email: "hello@sunsetlounge.example",
  address: on("501 Preston Street", "Ottawa", "K1S 4N7"),
  other: { firstName: "Adam", lastName: "Stone", role: "director" },
});
const voixDuNord = business("ghislaine", {
  legalName: "Chorale Les Voix du Nord",
  applicantType: "non_profit",
  businessNumber: "830500121",
  email: "chorale@voixdunord.example",
  address: on("35, rue Principale", "Hearst", "P0L 1N0"),
  other: { firstName: "Denis", lastName: "Vachon", role: "director" },
});
const lePhare = business("marcandre", {
  legalName: "Resto-bar Le Phare inc.",
  operatingName: "Le Phare",
  applicantType: "corporation",
  businessNumber: "830500122",
  email: "info@restobarlephare.example",
  address: on("12, rue de l’Anse", "Pembroke", "K8A 1H9"),
  other: { firstName: "Nicole", lastName: "Simard", role: "director" },
});
const copperKettle = business("emma", {
  legalName: "The Copper Kettle Pub Ltd.",
  operatingName: "The Copper Kettle",
  applicantType: "corporation",
  businessNumber: "830500123",
  email: "pub@copperkettle.example",
  address: on("61 Mill Street", "Almonte", "K0A 1A0"),
  other: { firstName: "James", lastName: "Thompson", role: "director" },
});
const sauvagine = business("francois", {
  legalName: "Auberge La Sauvagine inc.",
  operatingName: "Auberge La Sauvagine",
  applicantType: "corporation",
  businessNumber: "830500124",
  email: "reservation@sauvagine.example",
  address: on("4, chemin du Lac", "Plantagenet", "K0B 1L0"),
  other: { firstName: "Line", lastName: "Bélisle", role: "director" },
});

function premises(
  name: string,
  establishment: DemoPremises["establishment"],
  manager: [string, string],
  areas: DemoArea[],
  term: 2 | 4 = 2,
): DemoPremises {
  const [firstName, lastName] = manager;
  return {
    establishment,
    name,
    manager: { firstName, lastName, email: `${emailName(firstName, lastName)}@example.org` },
    areas,
    term,
  };
}
/** Areas of a French-speaking business, then of an English-speaking one: named and floored in its language. */
const salle = (capacity: number, name = "Salle à manger", floor = "Rez-de-chaussée"): DemoArea => ({
  name,
  setting: "indoor",
  floor,
  capacity,
});
const terrasse = (capacity: number, name = "Terrasse"): DemoArea => ({
  name,
  setting: "outdoor",
  floor: "Rez-de-chaussée",
  capacity,
});
const room = (capacity: number, name: string, floor = "Ground floor"): DemoArea => ({
  name,
  setting: "indoor",
  floor,
  capacity,
});
const patio = (capacity: number, name = "Patio", floor = "Ground floor"): DemoArea => ({
  name,
  setting: "outdoor",
  floor,
  capacity,
});

/** The renewals' premises, on the licences in force. */
const lePhareBar = premises("Le Phare", "bar", ["Nicole", "Simard"], [salle(90), terrasse(32)]);
const copperKettlePub = premises("The Copper Kettle", "bar", ["James", "Thompson"], [room(75, "Pub"), patio(20)], 4);
const sauvagineInn = premises(
  "Auberge La Sauvagine",
  "hotel",
  ["Line", "Bélisle"],
  [salle(56), terrasse(30), salle(24, "Bar du lac", "Sous-sol")],
);

/** People applying for themselves; born on a fixed day unless their licence's end needs it near the seed's day. */
const person = (dateOfBirth: string, line1: string, city: string, postalCode: string): DemoIndividual => ({
  dateOfBirth: dateOfBirth as IsoDate,
  homeAddress: on(line1, city, postalCode),
});

// ---------------------------------------------------------------------------------------------------
// The files: what each applied for, and what happened to it since (days counted from the seed's day).

type Step =
  | readonly ["start", number]
  /** "Pay fees and submit", paid by card straight away (or "Submit", when the kind charges nothing). */
  | readonly ["submit", number]
  /** "Pay fees and submit", not paid yet. */
  | readonly ["awaitPayment", number]
  /** A card payment attempt the bank declined: the order stays open. */
  | readonly ["declined", number]
  /** A supervisor assigns the submitted file: no timeline entry. */
  | readonly ["assign", number, Officer]
  | readonly ["review", number, Officer]
  | readonly ["ask", number, Officer, string]
  | readonly ["answer", number, string]
  | readonly ["approve", number, Officer]
  | readonly ["refuse", number, Officer, string]
  | readonly ["withdraw", number]
  /** An internal note on the file, for staff only. */
  | readonly ["note", number, Officer, string];

type AnswerContext = { item: ItemId; today: IsoDate };

type DemoFile = {
  /** 1 to 99: its ids, file number and licence number. */
  n: number;
  kind: string;
  applicant: ApplicantKey;
  answers: (context: AnswerContext) => SavedAnswers;
  story: readonly Step[];
  /** A draft keeps only this many of its first sections. */
  draftSections?: number;
  /** A renewal: the business holding the licence in force, its premises, and how many days that licence had left. */
  holder?: { business: DemoBusiness; premises: DemoPremises; expiresInDays: number };
};

const files: DemoFile[] = [
  // In the queue: submitted, under review, waiting for information.
  {
    n: 1,
    kind: "liquor_sales_new",
    applicant: "chloe",
    answers: ({ item }) =>
      liquorSalesAnswers(
        bistrot,
        premises("Le Bistrot du Marché", "restaurant", ["Hugo", "Girard"], [salle(64), terrasse(28)]),
        item,
      ),
    story: [
      ["start", -34],
      ["submit", -30],
      ["review", -21, "tremblay"],
      ["note", -21, "tremblay", "Visite des lieux demandée à l’inspecteur régional pour la terrasse (accès à la rue)."],
    ],
  },
  {
    n: 2,
    kind: "liquor_sales_new",
    applicant: "owen",
    answers: ({ item }) =>
      liquorSalesAnswers(
        mapleRye,
        premises("Maple & Rye", "restaurant", ["Nora", "Fraser"], [room(48, "Dining room")]),
        item,
      ),
    story: [
      ["start", -9],
      ["submit", -6],
    ],
  },
  {
    n: 3,
    kind: "liquor_sales_new",
    applicant: "mathieu",
    answers: ({ item }) =>
      liquorSalesAnswers(
        valleeGatineau,
        premises(
          "Brasserie artisanale de la Vallée-de-la-Gatineau – salle de dégustation",
          "bar",
          ["Annie", "Paradis"],
          [salle(70, "Salle de dégustation"), terrasse(40)],
          4,
        ),
        item,
      ),
    story: [
      ["start", -40],
      ["submit", -37],
      ["review", -25, "okafor"],
      [
        "ask",
        -18,
        "okafor",
        "Bonjour M. Paradis,\nPourriez-vous nous indiquer qui, parmi les membres du conseil, sera responsable de la salle de dégustation les soirs d’événements, et nous confirmer que la terrasse est clôturée du côté du stationnement?\nMerci.",
      ],
    ],
  },
  {
    n: 4,
    kind: "liquor_sales_new",
    applicant: "david",
    answers: ({ item }) =>
      liquorSalesAnswers(
        granitePeak,
        premises(
          "Granite Peak Taproom",
          "bar",
          ["Laura", "Kowalski"],
          [room(110, "Taproom"), patio(36, "Sparks Street patio")],
        ),
        item,
      ),
    story: [
      ["start", -45],
      ["submit", -41],
      ["review", -33, "chen"],
      [
        "ask",
        -27,
        "chen",
        "Hello Mr. Kowalski,\nThe patio on Sparks Street is on city property. Please tell us the number and expiry date of your sidewalk patio permit from the City of Ottawa.",
      ],
      [
        "answer",
        -22,
        "Our sidewalk patio permit is SP-2026-1187; it runs from 1 May to 31 October each year until 2028.",
      ],
      ["note", -21, "chen", "Patio permit number checked with the City's registry: valid."],
    ],
  },
  {
    n: 5,
    kind: "liquor_sales_new",
    applicant: "claire",
    answers: ({ item }) =>
      liquorSalesAnswers(basseVille, premises("Le Petit Marché", "other", ["Gilles", "Beaulieu"], [salle(30)]), item),
    story: [
      ["start", -5],
      ["submit", -3],
      ["assign", -2, "belanger"],
    ],
  },
  {
    n: 6,
    kind: "lottery_retailer_new",
    applicant: "lucas",
    answers: ({ item }) => lotteryRetailerAnswers(beausoleil, { storeType: "convenience" }, item),
    story: [
      ["start", -16],
      ["submit", -14],
      ["assign", -10, "tremblay"],
    ],
  },
  {
    n: 7,
    kind: "lottery_retailer_new",
    applicant: "harpreet",
    answers: ({ item }) => lotteryRetailerAnswers(quickStop, { storeType: "gas_station" }, item),
    story: [
      ["start", -28],
      ["submit", -26],
      ["review", -12, "okafor"],
    ],
  },
  {
    n: 8,
    kind: "charitable_gaming_eligibility_new",
    applicant: "patrick",
    answers: ({ item }) =>
      eligibilityAnswers(
        minorHockey,
        {
          organisationType: "non_profit",
          purpose: "Ice time, equipment and coaching for children who play hockey in the Ottawa Valley.",
          beneficiaries: "About 420 players aged 5 to 17, a third of them with fees waived.",
          yearsActive: 38,
        },
        item,
      ),
    story: [
      ["start", -31],
      ["submit", -29],
      ["review", -15, "belanger"],
    ],
  },
  {
    n: 9,
    kind: "charitable_gaming_eligibility_new",
    applicant: "sylvie",
    answers: ({ item }) =>
      eligibilityAnswers(
        optimiste,
        {
          organisationType: "service_club",
          purpose: "Bourses d’études et camps d’été pour les jeunes d’Orléans.",
          beneficiaries: "Environ 150 jeunes par année.",
          yearsActive: 27,
        },
        item,
      ),
    story: [
      ["start", -38],
      ["submit", -36],
      ["review", -24, "tremblay"],
      [
        "ask",
        -19,
        "tremblay",
        "Bonjour Mme Lacroix,\nVos états financiers s’arrêtent au 31 décembre dernier. Pourriez-vous nous dire à quoi ont servi les profits du tirage de l’été, et qui les a approuvés?\nMerci de votre collaboration.",
      ],
    ],
  },
  {
    n: 10,
    kind: "charitable_gaming_eligibility_new",
    applicant: "nathalie",
    answers: ({ item }) =>
      eligibilityAnswers(
        petitsBonheurs,
        {
          organisationType: "registered_charity",
          purpose: "Des repas chauds et de l’aide aux devoirs pour les enfants de Vanier.",
          beneficiaries: "Une centaine d’enfants chaque semaine.",
          yearsActive: 12,
        },
        item,
      ),
    story: [
      ["start", -13],
      ["submit", -11],
    ],
  },
  {
    n: 11,
    kind: "gaming_registration_new",
    applicant: "michael",
    answers: ({ item }) => gamingRegistrationAnswers(riverside, "charitable_operator", item),
    story: [
      ["start", -4],
      ["submit", -2],
    ],
  },
  {
    n: 12,
    kind: "gaming_assistant_new",
    applicant: "jordan",
    answers: () =>
      gamingAssistantAnswers(person("1996-08-21", "44 Rochester Street", "Ottawa", "K1R 7L9"), applicant("jordan"), {
        category: "gaming_assistant_2",
        employer: "Rideau Carleton Casino",
        jobTitle: "Table games dealer",
      }),
    story: [
      ["start", -20],
      ["submit", -19],
      ["review", -8, "chen"],
    ],
  },
  {
    n: 13,
    kind: "gaming_assistant_new",
    applicant: "kevin",
    answers: () =>
      gamingAssistantAnswers(
        person("1989-02-03", "1010 Somerset Street West", "Ottawa", "K1Y 3C6"),
        applicant("kevin"),
        {
          category: "gaming_assistant_1",
          employer: "Casino du Lac-Leamy",
          jobTitle: "Surveillance supervisor",
        },
      ),
    story: [
      ["start", -26],
      ["submit", -25],
      ["review", -17, "belanger"],
      [
        "ask",
        -16,
        "belanger",
        "Hello Mr. Nguyen,\nYou work at a casino in Quebec. Please tell us whether you hold a Quebec gaming worker's certificate, and its number if you do.",
      ],
    ],
  },
  {
    n: 14,
    kind: "horse_racing_new",
    applicant: "ryan",
    answers: () =>
      horseRacingAnswers(person("1992-05-30", "18 Racetrack Road", "Carp", "K0A 1L0"), applicant("ryan"), ["groom"]),
    story: [
      ["start", -8],
      ["submit", -7],
    ],
  },
  {
    n: 15,
    kind: "horse_racing_new",
    applicant: "valerie",
    answers: () =>
      horseRacingAnswers(
        person("1984-11-12", "230, chemin Ramsayville", "Gloucester", "K1G 3N3"),
        applicant("valerie"),
        ["owner", "trainer"],
      ),
    story: [
      ["start", -23],
      ["submit", -22],
      ["review", -9, "tremblay"],
    ],
  },
  {
    n: 16,
    kind: "liquor_sales_renewal",
    applicant: "marcandre",
    holder: {
      business: lePhare,
      premises: lePhareBar,
      expiresInDays: 26,
    },
    answers: ({ item }) => liquorRenewalAnswers(lePhare, lePhareBar, item),
    story: [
      ["start", -6],
      ["submit", -5],
      ["assign", -4, "okafor"],
    ],
  },
  {
    n: 17,
    kind: "liquor_sales_renewal",
    applicant: "emma",
    holder: {
      business: copperKettle,
      premises: copperKettlePub,
      expiresInDays: 33,
    },
    answers: ({ item }) => liquorRenewalAnswers(copperKettle, copperKettlePub, item),
    story: [
      ["start", -18],
      ["submit", -17],
      ["review", -10, "belanger"],
      [
        "note",
        -10,
        "belanger",
        "Two noise complaints last summer (files 2026-0412, 2026-0455); both closed without a charge.",
      ],
    ],
  },
  {
    n: 18,
    kind: "gaming_registration_new",
    applicant: "emilie",
    answers: ({ item }) => gamingRegistrationAnswers(laurentides, "gaming_supplier", item),
    story: [
      ["start", -12],
      ["submit", -10],
    ],
  },

  // Decided.
  {
    n: 19,
    kind: "liquor_sales_new",
    applicant: "aisha",
    answers: ({ item }) =>
      liquorSalesAnswers(
        northernLights,
        premises(
          "Aurora Rooftop",
          "event_venue",
          ["Yusuf", "Mohammed"],
          [room(180, "Rooftop lounge", "14th floor"), patio(120, "Rooftop terrace", "Roof")],
          4,
        ),
        item,
      ),
    story: [
      ["start", -70],
      ["submit", -66],
      ["review", -50, "okafor"],
      [
        "ask",
        -44,
        "okafor",
        "Hello Ms. Mohammed,\nThe rooftop terrace holds 120 people. Please tell us how many exits it has and whether the fire department has inspected it.",
      ],
      [
        "answer",
        -40,
        "The terrace has two exits to separate stairwells. Ottawa Fire Services inspected it on 3 September; the report found nothing to correct.",
      ],
      ["note", -39, "okafor", "Fire inspection confirmed by phone with Ottawa Fire Services."],
      ["approve", -30, "okafor"],
    ],
  },
  {
    n: 20,
    kind: "liquor_sales_new",
    applicant: "julien",
    answers: ({ item }) =>
      liquorSalesAnswers(
        cantineQuai,
        premises("La Cantine du Quai", "restaurant", ["Lise", "Rivard"], [salle(40), terrasse(60)]),
        item,
      ),
    story: [
      ["start", -60],
      ["submit", -57],
      ["review", -45, "belanger"],
      [
        "refuse",
        -35,
        "belanger",
        "La terrasse de 60 places est sur le quai municipal, que la Ville de Clarence-Rockland ne vous autorise pas à occuper : sans cette autorisation, le permis ne peut pas couvrir la terrasse. Vous pouvez présenter une nouvelle demande pour la seule salle à manger, ou avec l’autorisation de la Ville.",
      ],
    ],
  },
  {
    n: 21,
    kind: "lottery_retailer_new",
    applicant: "isabelle",
    answers: ({ item }) => lotteryRetailerAnswers(gendron, { storeType: "pharmacy" }, item),
    story: [
      ["start", -50],
      ["submit", -48],
      ["review", -33, "tremblay"],
      ["approve", -27, "tremblay"],
    ],
  },
  {
    n: 22,
    kind: "charitable_gaming_eligibility_new",
    applicant: "thomas",
    answers: ({ item }) =>
      eligibilityAnswers(
        kanataLions,
        {
          organisationType: "service_club",
          purpose: "Eye exams and glasses for seniors, and the Kanata food bank's winter drive.",
          beneficiaries: "About 300 seniors and 900 families a year.",
          yearsActive: 45,
        },
        item,
      ),
    story: [
      ["start", -90],
      ["submit", -87],
      ["review", -70, "chen"],
      ["approve", -62, "chen"],
    ],
  },
  {
    n: 23,
    kind: "gaming_assistant_new",
    applicant: "sarahmaude",
    answers: () =>
      gamingAssistantAnswers(
        person("1991-04-17", "18, rue Saint-Patrick", "Ottawa", "K1N 5J8"),
        applicant("sarahmaude"),
        { category: "gaming_assistant_1", employer: "Casino Rideau", jobTitle: "Superviseure de salle" },
      ),
    story: [
      ["start", -40],
      ["submit", -39],
      ["review", -30, "belanger"],
      ["approve", -20, "belanger"],
    ],
  },
  {
    n: 24,
    kind: "horse_racing_new",
    applicant: "josee",
    // Her licence ends on her first birthday more than 60 days after approval: 200 days from the
    // seed's day, so it is never in its renewal window (and never reminded) while the demo is fresh.
    // Born in a leap year, so the 29th of February exists.
    answers: ({ today }) =>
      horseRacingAnswers(
        person(`1992${addDays(today, 200).slice(4)}`, "9, chemin de la Ferme", "Navan", "K4B 1H9"),
        applicant("josee"),
        ["jockey"],
      ),
    story: [
      ["start", -35],
      ["submit", -34],
      ["review", -20, "okafor"],
      ["approve", -14, "okafor"],
    ],
  },
  {
    n: 25,
    kind: "horse_racing_new",
    applicant: "connor",
    answers: () =>
      horseRacingAnswers(person("1979-09-09", "3 Fallowfield Road", "Nepean", "K2J 4S3"), applicant("connor"), [
        "driver",
      ]),
    story: [
      ["start", -48],
      ["submit", -47],
      ["review", -36, "okafor"],
      [
        "ask",
        -33,
        "okafor",
        "Hello Mr. MacDonald,\nOur records show a suspension of your driver's licence by the Alberta racing commission in 2024. Please explain it.",
      ],
      ["answer", -29, "I was suspended for 30 days in 2024 for a whip violation at Century Downs."],
      [
        "refuse",
        -21,
        "okafor",
        "Your application said you had never been disciplined in another jurisdiction, but you were suspended in Alberta in 2024. A licence cannot be issued on a disclosure that was not true. You may apply again with a complete disclosure.",
      ],
    ],
  },
  {
    n: 26,
    kind: "gaming_registration_new",
    applicant: "peter",
    answers: ({ item }) => gamingRegistrationAnswers(atlanticGaming, "gaming_supplier", item),
    story: [
      ["start", -55],
      ["submit", -53],
      ["review", -40, "tremblay"],
      [
        "ask",
        -38,
        "tremblay",
        "Hello Mr. Novak,\nPlease tell us who owns Atlantic Gaming Supply Co.'s parent company and what share of it each owner holds.",
      ],
      ["answer", -31, "The parent company is Novak Holdings Ltd., which I own alone."],
      [
        "refuse",
        -25,
        "tremblay",
        "Novak Holdings Ltd. is registered in Nova Scotia, which refused it a supplier's registration in 2025; that refusal was not disclosed. A registration cannot be granted while it stands.",
      ],
    ],
  },
  {
    n: 27,
    kind: "liquor_sales_renewal",
    applicant: "francois",
    holder: {
      business: sauvagine,
      premises: sauvagineInn,
      expiresInDays: 21,
    },
    answers: ({ item }) => liquorRenewalAnswers(sauvagine, sauvagineInn, item),
    story: [
      ["start", -28],
      ["submit", -27],
      ["review", -15, "tremblay"],
      ["approve", -6, "tremblay"],
    ],
  },
  {
    n: 28,
    kind: "gaming_assistant_new",
    applicant: "oceane",
    answers: () =>
      gamingAssistantAnswers(person("2001-01-25", "77, rue Laurier", "Gatineau", "J8X 3V9"), applicant("oceane"), {
        category: "gaming_assistant_2",
        employer: "Casino Rideau",
        jobTitle: "Caissière",
      }),
    story: [
      ["start", -22],
      ["submit", -21],
      ["withdraw", -15],
    ],
  },
  {
    n: 29,
    kind: "liquor_sales_new",
    applicant: "tyler",
    answers: ({ item }) =>
      liquorSalesAnswers(
        eventsEvans,
        premises("Evans Catering Hall", "event_venue", ["Megan", "Evans"], [room(150, "Banquet hall")]),
        item,
      ),
    story: [
      ["start", -25],
      ["awaitPayment", -24],
      ["withdraw", -18],
    ],
  },

  // On the licensees' side: awaiting payment, and drafts.
  {
    n: 30,
    kind: "liquor_sales_new",
    applicant: "lucas",
    answers: ({ item }) =>
      liquorSalesAnswers(
        cafeBoheme,
        premises("Café Bohème", "restaurant", ["Inès", "Morel"], [salle(38), terrasse(16)]),
        item,
      ),
    story: [
      ["start", -3],
      ["awaitPayment", -1],
    ],
  },
  {
    n: 31,
    kind: "horse_racing_new",
    applicant: "fatima",
    answers: () =>
      horseRacingAnswers(person("1998-06-02", "140, rue Clarence", "Ottawa", "K1N 5P9"), applicant("fatima"), [
        "groom",
      ]),
    story: [
      ["start", -2],
      ["awaitPayment", -1],
      ["declined", -1],
    ],
  },
  {
    n: 32,
    kind: "liquor_sales_new",
    applicant: "rebecca",
    draftSections: 4,
    answers: ({ item }) =>
      liquorSalesAnswers(sunsetLounge, premises("Sunset Lounge", "bar", ["Adam", "Stone"], [room(85, "Lounge")]), item),
    story: [["start", -2]],
  },
  {
    n: 33,
    kind: "gaming_assistant_new",
    applicant: "ben",
    draftSections: 2,
    answers: () =>
      gamingAssistantAnswers(person("2003-10-08", "12 Main Street", "Kemptville", "K0G 1J0"), applicant("ben"), {
        category: "gaming_assistant_2",
        employer: "Rideau Carleton Casino",
        jobTitle: "Slot attendant",
      }),
    story: [["start", -1]],
  },
  {
    n: 34,
    kind: "charitable_gaming_eligibility_new",
    applicant: "ghislaine",
    draftSections: 3,
    answers: ({ item }) =>
      eligibilityAnswers(
        voixDuNord,
        {
          organisationType: "non_profit",
          purpose: "Concerts gratuits et ateliers de chant dans les écoles du Nord.",
          beneficiaries: "Les élèves de six écoles de Hearst et de Kapuskasing.",
          yearsActive: 19,
        },
        item,
      ),
    story: [["start", -6]],
  },
];

// ---------------------------------------------------------------------------------------------------
// Ids and moments.

/**
 * A fixed id: the table's first group as the other demo files use them (10… entities, 15…
 * applications…), then `d5`, the file's number and a serial.
 */
function fixedId(table: string, file: number, serial = 0): string {
  return `${table}-0000-4000-8000-d5${String(file).padStart(2, "0")}${String(serial).padStart(8, "0")}`;
}

const fileIdOf = (file: DemoFile) => fixedId("15000000", file.n);

/** The application ids, in file order (tests read them). */
export const queueDemoApplicationIds: string[] = files.map(fileIdOf);

/** A person's own record (an individual applying for themself): one per account, ids beside the account's. */
const ownRecordId = (userId: string) => `10000000${userId.slice(8)}`;
const ownLinkId = (userId: string) => `14000000${userId.slice(8)}`;

/** "LSL-N-2026-QD0001": the kind's prefix and type, the year it was started, and `QD` with the file's number. */
const fileNumberOf = (kind: PortalKind, file: DemoFile, year: string) =>
  `${kind.prefix}-${{ new: "N", renewal: "R", change: "C", transfer: "T", report: "D" }[kind.type]}-${year}-QD00${String(file.n).padStart(2, "0")}`;

// ---------------------------------------------------------------------------------------------------
// Replaying a story through the application's state machine (lib/applications/status.ts).

type Event = { status: ApplicationStatus; event: string; actorId: string | null; note: string | null; at: Date };
type Replayed = {
  events: Event[];
  status: ApplicationStatus;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  /** When "Pay fees and submit" made the order. */
  orderedAt: Date | null;
  paidAt: Date | null;
  declinedAt: Date | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  assignedToId: string | null;
  notes: Array<{ authorId: string; body: string; at: Date }>;
};

/**
 * Each step moved through `transition`, as the status writer does (an event it refuses stops the
 * seed), at a working-day moment that varies by file and step and never goes back in time.
 */
function replay(file: DemoFile, user: DemoUser, today: IsoDate, free: boolean): Replayed {
  let status: ApplicationStatus = "draft";
  let last = 0;
  const moment = (day: number, step: number) => {
    const minutes = 9 * 60 + ((file.n * 97 + step * 53) % (8 * 60));
    const at = commissionMoment(addDays(today, day), minutes).getTime();
    last = Math.max(at, last + 17 * 60_000);
    return new Date(last);
  };
  const replayed: Replayed = {
    events: [],
    status,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    submittedAt: null,
    orderedAt: null,
    paidAt: null,
    declinedAt: null,
    decidedAt: null,
    decidedBy: null,
    assignedToId: null,
    notes: [],
  };
  const move = (event: ApplicationEvent, as: Actor, actorId: string | null, at: Date, note: string | null = null) => {
    const next = transition(status, event, as);
    if (!next.ok) throw new Error(`Queue demo file ${file.n}: ${event} is not allowed from ${status} (${next.reason})`);
    status = next.to;
    replayed.events.push({ status, event, actorId, note, at });
    if (status === "submitted") replayed.submittedAt = at;
  };
  file.story.forEach((step, index) => {
    const at = moment(step[1], index);
    switch (step[0]) {
      case "start":
        replayed.createdAt = at;
        replayed.events.push({ status, event: "start", actorId: user.id, note: null, at });
        break;
      case "submit":
        if (free) {
          move("submit", "applicant", user.id, at);
        } else {
          move("payFeesAndSubmit", "applicant", user.id, at);
          replayed.orderedAt = at;
          // The card payment is confirmed a minute later, by the payment provider.
          const paid = new Date(at.getTime() + 60_000);
          move("confirmPayment", "payment", null, paid);
          replayed.paidAt = paid;
        }
        break;
      case "awaitPayment":
        move("payFeesAndSubmit", "applicant", user.id, at);
        replayed.orderedAt = at;
        break;
      case "declined":
        replayed.declinedAt = at;
        break;
      case "assign":
        replayed.assignedToId = officers[step[2]];
        break;
      case "review":
        move("startReview", "staff", officers[step[2]], at);
        replayed.assignedToId = officers[step[2]];
        break;
      case "ask":
        move("requestInformation", "staff", officers[step[2]], at, step[3]);
        break;
      case "answer":
        move("answerInformationRequest", "applicant", user.id, at, step[2]);
        break;
      case "approve":
        move("approve", "staff", officers[step[2]], at);
        replayed.decidedAt = at;
        replayed.decidedBy = officers[step[2]];
        break;
      case "refuse":
        move("refuse", "staff", officers[step[2]], at, step[3]);
        replayed.decidedAt = at;
        replayed.decidedBy = officers[step[2]];
        break;
      case "withdraw":
        move("withdraw", "applicant", user.id, at);
        break;
      case "note":
        replayed.notes.push({ authorId: officers[step[2]], body: step[3], at });
        break;
    }
    replayed.updatedAt = at;
  });
  replayed.status = status;
  return replayed;
}

// ---------------------------------------------------------------------------------------------------
// Writing a file: what the status writer and approval would have written along the way.

type Tx = Prisma.TransactionClient;
type FeeRows = Parameters<typeof feeInEffect>[0];
type Context = { today: IsoDate; now: Date; feeRows: FeeRows };

const businessTypes: ReadonlySet<string> = new Set(Object.values(EntityTypes).filter((type) => type !== "individual"));
const json = (value: unknown) => value as Prisma.InputJsonValue;

/** The sections a draft has saved so far: its first ones, in the kind's order. */
function draftOf(kind: PortalKind, answers: SavedAnswers, sections: number): SavedAnswers {
  const kept = kind.sections
    .map((section) => section.id)
    .filter((id) => answers[id] !== undefined)
    .slice(0, sections);
  return Object.fromEntries(kept.map((id) => [id, answers[id]]));
}

/** The fee as the order prices it (lib/payments/orders.ts): one item, from today's fee schedule. */
function orderItems(kind: PortalKind, answers: SavedAnswers, context: Context) {
  const basis = kind.outcome.fee(answers);
  if (basis === "none") return null;
  const unitCents =
    basis && feeInEffect(context.feeRows, basis.scheduleKind, basis.action, basis.termYears, context.now);
  if (!basis || unitCents === null) throw new Error(`Queue demo: no fee for ${kind.id}`);
  return [
    {
      kind: basis.scheduleKind,
      action: basis.action,
      termYears: basis.termYears,
      amountCents: unitCents * basis.quantity,
      quantity: basis.quantity,
      unitCents,
    },
  ];
}

/** A renewal's licence in force, its holder and the holder's account, as they were before the renewal began. */
async function createHolder(tx: Tx, file: DemoFile, user: DemoUser, answers: SavedAnswers, context: Context) {
  const holder = file.holder;
  const kind = applicationKinds.get(file.kind);
  if (!holder || !kind?.outcome.people) throw new Error(`Queue demo file ${file.n}: a renewal needs its holder`);
  const { business: facts, premises: place } = holder;
  const entityId = fixedId("10000000", file.n);
  const expiresOn = addDays(context.today, holder.expiresInDays);
  const issuedOn = addYears(expiresOn, -place.term);
  await tx.entity.create({
    data: {
      id: entityId,
      legalName: facts.legalName,
      operatingName: facts.operatingName ?? null,
      type: facts.applicantType,
      businessNumber: facts.businessNumber,
      email: facts.email,
      phone: facts.phone,
      mailingAddress: facts.address,
      physicalAddress: facts.address,
      createdAt: commissionMoment(issuedOn, 10 * 60),
    },
  });
  // The people on file are those the renewal lists: approving it changes nobody.
  await tx.entityPerson.createMany({
    data: kind.outcome.people(answers).people.map((person, index) => ({
      id: fixedId("11000000", file.n, index + 1),
      entityId,
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      role: person.role as EntityPersonRole,
      shareBasisPoints: person.shareBasisPoints,
      createdAt: commissionMoment(issuedOn, 10 * 60),
    })),
  });
  const premisesId = fixedId("12000000", file.n);
  await tx.premises.create({
    data: {
      id: premisesId,
      entityId,
      name: place.name,
      address: facts.address,
      areas: {
        create: place.areas.map((area, index) => ({
          id: fixedId("12100000", file.n, index + 1),
          name: area.name,
          indoor: area.setting === "indoor",
          floor: area.floor,
          capacity: area.capacity,
        })),
      },
    },
  });
  const licenceId = fixedId("13000000", file.n);
  await tx.licence.create({
    data: {
      id: licenceId,
      number: `LSL-${issuedOn.slice(0, 4)}-0076${String(file.n).padStart(2, "0")}`,
      kind: "liquor_sales",
      termYears: place.term,
      entityId,
      premisesId,
      issuedOn: isoDateToUtc(issuedOn),
      expiresOn: isoDateToUtc(expiresOn),
      statusEvents: {
        create: [
          {
            id: fixedId("13100000", file.n, 1),
            status: "active",
            occurredAt: commissionMoment(issuedOn, 12 * 60),
          },
        ],
      },
      // The renewal reminder the window's opening sent, before the holder applied.
      reminders: {
        create: [
          {
            id: fixedId("13200000", file.n, 1),
            kind: "days_60",
            expiresOn: isoDateToUtc(expiresOn),
            sentAt: commissionMoment(addDays(expiresOn, -60), 6 * 60),
          },
        ],
      },
    },
  });
  await tx.accountLink.create({
    data: {
      id: fixedId("14000000", file.n),
      userId: user.id,
      entityId,
      via: "access_code",
      createdAt: commissionMoment(issuedOn, 11 * 60),
    },
  });
  return { entityId, licenceId, expiresOn };
}

/**
 * The applicant on file at submission (lib/applications/outcomes.ts `attachApplicant`): a person's
 * own record, linked to their account; a business described by the answers, linked to the account
 * that submitted it while the application is processed.
 */
async function attachApplicant(
  tx: Tx,
  kind: PortalKind,
  file: DemoFile,
  user: DemoUser,
  answers: SavedAnswers,
  at: Date,
) {
  const record = kind.outcome.applicantRecord?.(answers);
  if (!record) throw new Error(`Queue demo file ${file.n}: ${kind.id} describes no applicant`);
  if (record.type === "individual") {
    const id = ownRecordId(user.id);
    if (!(await tx.entity.findUnique({ where: { id }, select: { id: true } }))) {
      await tx.entity.create({
        data: {
          id,
          legalName: `${user.firstName} ${user.lastName}`,
          type: "individual",
          personUserId: user.id,
          email: user.email,
          phone: user.phone,
          createdAt: at,
        },
      });
      await tx.accountLink.create({
        data: { id: ownLinkId(user.id), userId: user.id, entityId: id, via: "self", createdAt: at },
      });
    }
    return { entityId: id, linkId: null };
  }
  const { business } = record;
  const entityId = fixedId("10000000", file.n);
  await tx.entity.create({
    data: {
      id: entityId,
      legalName: business.legalName,
      operatingName: business.operatingName,
      type: businessTypes.has(business.entityType) ? (business.entityType as EntityType) : "other",
      businessNumber: quotedBusinessNumber(kind, answers),
      email: business.email,
      phone: business.phone,
      mailingAddress: json(business.mailingAddress),
      physicalAddress: json(business.physicalAddress),
      createdAt: at,
    },
  });
  const linkId = fixedId("14000000", file.n);
  await tx.accountLink.create({
    data: {
      id: linkId,
      userId: user.id,
      entityId,
      via: "agent_application",
      applicationId: fixedId("15000000", file.n),
      createdAt: at,
    },
  });
  return { entityId, linkId };
}

/** What approval issued or renewed, and the people it put on file (lib/applications/outcomes.ts `carryOutApproval`). */
async function carryOutApproval(
  tx: Tx,
  kind: PortalKind,
  file: DemoFile,
  fileNumber: string,
  answers: SavedAnswers,
  entityId: string,
  renewed: { licenceId: string; expiresOn: IsoDate } | null,
  at: Date,
): Promise<string> {
  const day = commissionToday(at);
  const effect = kind.outcome.approval(answers, { today: day, licence: null, stage: "approval" });
  let licenceId: string;
  if (effect.type === "issue") {
    licenceId = await issue(tx, file, fileNumber, effect.issued, entityId, day, at);
  } else if (effect.type === "extend" && renewed) {
    licenceId = renewed.licenceId;
    await tx.licence.update({
      where: { id: licenceId },
      data: {
        expiresOn: isoDateToUtc(addYears(renewed.expiresOn, effect.years)),
        termYears: effect.years,
        updatedAt: at,
        statusEvents: {
          create: {
            id: fixedId("13100000", file.n, 2),
            status: "active",
            reason: applicationReason("renewed", fileNumber),
            occurredAt: at,
          },
        },
      },
    });
  } else {
    throw new Error(`Queue demo file ${file.n}: approval ${effect.type} is not demonstrated`);
  }
  if (kind.outcome.people) {
    const onFile = await tx.entityPerson.findMany({
      where: { entityId, removedAt: null },
      select: { id: true, firstName: true, lastName: true, email: true, role: true, shareBasisPoints: true },
    });
    const changes = peopleChanges(onFile, kind.outcome.people(answers));
    const reason = applicationReason(effect.type === "issue" ? "issued" : "renewed", fileNumber);
    await tx.entityPerson.createMany({
      data: changes.join.map((person, index) => ({
        id: fixedId("11000000", file.n, 100 + index),
        entityId,
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        role: person.role as EntityPersonRole,
        shareBasisPoints: person.shareBasisPoints,
        applicationId: fixedId("15000000", file.n),
        addReason: reason,
        createdAt: at,
      })),
    });
    if (changes.leave.length + changes.update.length > 0)
      throw new Error(`Queue demo file ${file.n}: a renewal's people should be those on file`);
  }
  return licenceId;
}

async function issue(
  tx: Tx,
  file: DemoFile,
  fileNumber: string,
  issued: IssuedRecord,
  entityId: string,
  day: IsoDate,
  at: Date,
): Promise<string> {
  const premisesId = issued.premises ? fixedId("12000000", file.n) : null;
  if (issued.premises)
    await tx.premises.create({
      data: {
        id: fixedId("12000000", file.n),
        entityId,
        name: issued.premises.name,
        address: json(issued.premises.address ?? {}),
        createdAt: at,
        areas: {
          create: issued.premises.areas.map((area, index) => ({ id: fixedId("12100000", file.n, index + 1), ...area })),
        },
      },
    });
  const { validity } = issued;
  const licenceId = fixedId("13000000", file.n);
  await tx.licence.create({
    data: {
      id: licenceId,
      number: `${issued.numberPrefix}-${day.slice(0, 4)}-0075${String(file.n).padStart(2, "0")}`,
      kind: issued.licenceKind as LicenceKind,
      entityId,
      premisesId,
      termYears: validity.type === "term" ? validity.years : validity.type === "birthday" ? 1 : null,
      ...(issued.details ? { details: json(issued.details) } : {}),
      issuedOn: isoDateToUtc(day),
      expiresOn: isoDateToUtc(lastDayOf(validity, day)),
      createdAt: at,
      statusEvents: {
        create: {
          id: fixedId("13100000", file.n, 1),
          status: "active",
          reason: applicationReason("issued", fileNumber),
          occurredAt: at,
        },
      },
    },
  });
  return licenceId;
}

/** Each associated person's disclosure, asked after the draft began and completed before it was submitted. */
async function createDisclosures(
  tx: Tx,
  kind: PortalKind,
  file: DemoFile,
  user: DemoUser,
  answers: SavedAnswers,
  replayed: Replayed,
) {
  const submitted = replayed.orderedAt ?? replayed.submittedAt;
  if (!submitted) return;
  // Where the people live: near the business.
  const near = file.holder?.business.address ?? (answers.addresses?.mailing as Address);
  const sentAt = new Date(replayed.createdAt.getTime() + 60 * 60_000);
  const completedAt = new Date((sentAt.getTime() + submitted.getTime()) / 2);
  let serial = 0;
  for (const section of kind.sections) {
    if (section.page !== "list" || !section.disclosures) continue;
    const emailField = section.disclosures.emailField;
    const form = section.disclosures.form ?? "person";
    for (const item of listItems(answers, section.id)) {
      serial += 1;
      const id = fixedId("1d000000", file.n, serial);
      await tx.disclosureRequest.create({
        data: {
          id,
          applicationId: fixedId("15000000", file.n),
          personId: item.id,
          fullName: section.labelFields.map((field) => String(item[field] ?? "")).join(" "),
          email: String(item[emailField]),
          locale: user.locale,
          // Not the SHA-256 of any token: no link opens a demo disclosure.
          tokenHash: `demo-${id}`,
          expiresAt: new Date(sentAt.getTime() + DISCLOSURE_LINK_LIFETIME_MS),
          status: "completed",
          form,
          answers: disclosureAnswers(serial + file.n, near, form),
          sentAt,
          completedAt,
        },
      });
    }
  }
}

/** The order made at "Pay fees and submit", and its card payment (succeeded, or declined and still open). */
async function createOrder(
  tx: Tx,
  file: DemoFile,
  user: DemoUser,
  items: NonNullable<ReturnType<typeof orderItems>>,
  replayed: Replayed,
) {
  if (!replayed.orderedAt) return;
  const totalCents = items.reduce((sum, item) => sum + item.amountCents, 0);
  const paymentId = fixedId("16100000", file.n, 1);
  const attempt = replayed.paidAt ?? replayed.declinedAt;
  await tx.order.create({
    data: {
      id: fixedId("16000000", file.n),
      applicationId: fixedId("15000000", file.n),
      userId: user.id,
      reference: `PAY-QD0000${String(file.n).padStart(2, "0")}`,
      items: json(items),
      totalCents,
      createdAt: replayed.orderedAt,
      ...(replayed.paidAt ? { status: "paid", paidAt: replayed.paidAt } : {}),
      ...(attempt
        ? {
            payments: {
              create: [
                {
                  id: paymentId,
                  method: "card",
                  provider: "sandbox",
                  idempotencyKey: `demo:${paymentId}`,
                  amountCents: totalCents,
                  status: replayed.paidAt ? "succeeded" : "failed",
                  cardBrand: file.n % 3 === 0 ? "mastercard" : "visa",
                  ...(replayed.paidAt ? {} : { failureCode: "card_declined" }),
                  createdAt: attempt,
                  updatedAt: attempt,
                },
              ],
            },
          }
        : {}),
    },
  });
}

/** One file and everything about it, in the transaction the caller holds. */
async function createFile(tx: Tx, file: DemoFile, context: Context) {
  const kind = applicationKinds.get(file.kind);
  if (!kind) throw new Error(`Queue demo file ${file.n}: unknown kind ${file.kind}`);
  const user = applicant(file.applicant);
  const complete = file.answers({ item: (serial) => fixedId("1a000000", file.n, serial), today: context.today });
  const answers = file.draftSections === undefined ? complete : draftOf(kind, complete, file.draftSections);
  const items = orderItems(kind, complete, context);
  const replayed = replay(file, user, context.today, items === null);
  const id = fixedId("15000000", file.n);
  const fileNumber = fileNumberOf(kind, file, commissionToday(replayed.createdAt).slice(0, 4));

  // A renewal starts from the licence in force; a new application gets its applicant at submission.
  const holder = file.holder ? await createHolder(tx, file, user, complete, context) : null;
  await tx.application.create({
    data: {
      id,
      fileNumber,
      kind: kind.id,
      type: kind.type,
      status: replayed.status,
      userId: user.id,
      entityId: holder?.entityId ?? null,
      licenceId: holder?.licenceId ?? null,
      answers: json(answers),
      createdAt: replayed.createdAt,
      updatedAt: replayed.updatedAt,
      submittedAt: replayed.submittedAt,
      decidedAt: replayed.decidedAt,
      assignedToId: replayed.assignedToId,
      events: {
        create: replayed.events.map((event, index) => ({
          id: fixedId("19000000", file.n, index + 1),
          status: event.status,
          event: event.event,
          actorId: event.actorId,
          note: event.note,
          occurredAt: event.at,
        })),
      },
      notes: {
        create: replayed.notes.map((note, index) => ({
          id: fixedId("1e000000", file.n, index + 1),
          authorId: note.authorId,
          body: note.body,
          createdAt: note.at,
        })),
      },
    },
  });
  const attached =
    holder === null && replayed.submittedAt
      ? await attachApplicant(tx, kind, file, user, complete, replayed.submittedAt)
      : null;
  // Prisma would stamp an update with the real clock: each keeps the story's last moment.
  const updatedAt = replayed.updatedAt;
  if (attached) await tx.application.update({ where: { id }, data: { entityId: attached.entityId, updatedAt } });
  const entityId = holder?.entityId ?? attached?.entityId ?? null;
  if (file.draftSections === undefined) await createDisclosures(tx, kind, file, user, complete, replayed);
  if (items) await createOrder(tx, file, user, items, replayed);

  const { status, decidedAt, decidedBy } = replayed;
  if (status === "approved" && decidedAt && entityId) {
    const licenceId = await carryOutApproval(tx, kind, file, fileNumber, complete, entityId, holder, decidedAt);
    if (!holder) await tx.application.update({ where: { id }, data: { licenceId, updatedAt } });
  }
  // A decision or a withdrawal ends the submitter's link to a business it created; an owner it put on file keeps it.
  if (attached?.linkId && (status === "approved" || status === "refused" || status === "withdrawn")) {
    const ownerOnFile =
      status === "approved" &&
      (await tx.entityPerson.count({
        where: { entityId: attached.entityId, role: { in: ownerRoles as EntityPersonRole[] }, email: user.email },
      })) > 0;
    await tx.accountLink.update({
      where: { id: attached.linkId },
      data: ownerOnFile
        ? { via: "person_on_file" }
        : { revokedAt: replayed.updatedAt, revokedById: status === "withdrawn" ? user.id : decidedBy },
    });
  }
}

/** The officers are created with the other demo accounts; the applicants and their files here. Returns the rows' count. */
export async function seedQueueDemo(db: Database, now: Date, passwordHash: string): Promise<number> {
  const context: Context = { today: commissionToday(now), now, feeRows: await db.feeSchedule.findMany() };
  let created = 0;
  for (const user of queueDemoApplicants) {
    if (await db.user.findUnique({ where: { id: user.id }, select: { id: true } })) continue;
    await db.user.create({ data: { ...user, passwordHash, status: "active", activatedAt: now } });
    created += 1;
  }
  for (const file of files) {
    if (await db.application.findUnique({ where: { id: fileIdOf(file) }, select: { id: true } })) continue;
    await db.$transaction((tx) => createFile(tx, file, context));
    created += 1;
  }
  return created;
}
