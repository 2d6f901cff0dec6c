import type { Database } from "@/lib/db/create-client";
import type {
  EntityPersonRole,
  EntityType,
  LicenceKind,
  LinkVia,
  LicenceStatus,
  Locale,
  UserRole,
} from "@/lib/db/generated/client";
import type { CertificateDetail } from "@/lib/applications/outcome";
import { ENDED_REASON } from "@/lib/licences/history-reasons";
import { hashPassword } from "@/lib/auth/password-hash";
import { demoDataRefusal } from "@/lib/config";
import { addDays, addYears, commissionToday, isoDateToUtc, type IsoDate } from "@/lib/time/commission-date";
import { commissionMoment } from "@/lib/time/commission-clock";
import { licenceStatusDemoUsers, seedLicenceStatusDemo } from "./licence-status-demo";
import {
  changeRequestDemoAreas,
  changeRequestDemoEntities,
  changeRequestDemoLinks,
  changeRequestDemoUsers,
} from "./change-request-demo";
import { queueDemoOfficers, seedQueueDemo } from "./queue-demo";

/**
 * Demo data for development and the e2e tests: never loaded in production.
 * Every row has a fixed id and is created only when missing, so running the seed again changes
 * nothing. Dates are relative to the day the seed first runs.
 */
export const DEMO_PASSWORD = "Demo!Soleil2026";

/** Geneviève's birthday, the day her horse-racing licence ends: inside its 60-day renewal window. */
const HORSE_RACING_RENEWAL_IN_DAYS = 40;

type DemoUser = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  locale: Locale;
  phone: string;
  /** A date of birth whose birthday is `inDays` from the seed's day, in `bornIn` (a leap year, so 29 February exists). */
  birthday?: { inDays: number; bornIn: number };
};

export const demoUsers: DemoUser[] = [
  {
    id: "00000000-0000-4000-8000-000000000001",
    email: "marie.tremblay@example.com",
    firstName: "Marie",
    lastName: "Tremblay",
    role: "applicant",
    locale: "fr",
    phone: "613-555-0101",
  },
  {
    id: "00000000-0000-4000-8000-000000000002",
    email: "john.smith@example.com",
    firstName: "John",
    lastName: "Smith",
    role: "applicant",
    locale: "en",
    phone: "416-555-0102",
  },
  {
    id: "00000000-0000-4000-8000-000000000003",
    email: "agent.conseil@example.com",
    firstName: "Sophie",
    lastName: "Lavoie",
    role: "applicant",
    locale: "fr",
    phone: "819-555-0103",
  },
  // The holders whose licences the change and transfer journeys (tests/e2e) change and sell: one
  // per language, each with a business of its own, so no other journey sees its licences move.
  {
    id: "00000000-0000-4000-8000-000000000004",
    email: "julie.gauthier@example.com",
    firstName: "Julie",
    lastName: "Gauthier",
    role: "applicant",
    locale: "fr",
    phone: "613-555-0104",
  },
  {
    id: "00000000-0000-4000-8000-000000000005",
    email: "priya.patel@example.com",
    firstName: "Priya",
    lastName: "Patel",
    role: "applicant",
    locale: "en",
    phone: "613-555-0105",
  },
  // Accounts linked to nothing: buyers of a licence, and people applying for a permit in their own name.
  {
    id: "00000000-0000-4000-8000-000000000006",
    email: "antoine.lefebvre@example.com",
    firstName: "Antoine",
    lastName: "Lefebvre",
    role: "applicant",
    locale: "fr",
    phone: "613-555-0106",
  },
  {
    id: "00000000-0000-4000-8000-000000000007",
    email: "emily.wong@example.com",
    firstName: "Emily",
    lastName: "Wong",
    role: "applicant",
    locale: "en",
    phone: "613-555-0107",
  },
  {
    id: "00000000-0000-4000-8000-000000000008",
    email: "lucie.fortin@example.com",
    firstName: "Lucie",
    lastName: "Fortin",
    role: "applicant",
    locale: "fr",
    phone: "613-555-0108",
  },
  {
    id: "00000000-0000-4000-8000-000000000009",
    email: "mark.taylor@example.com",
    firstName: "Mark",
    lastName: "Taylor",
    role: "applicant",
    locale: "en",
    phone: "613-555-0109",
  },
  {
    id: "00000000-0000-4000-8000-000000000021",
    email: "helene.morin@example.com",
    firstName: "Hélène",
    lastName: "Morin",
    role: "applicant",
    locale: "fr",
    phone: "613-555-0121",
  },
  {
    id: "00000000-0000-4000-8000-000000000022",
    email: "grace.kim@example.com",
    firstName: "Grace",
    lastName: "Kim",
    role: "applicant",
    locale: "en",
    phone: "613-555-0122",
  },
  {
    id: "00000000-0000-4000-8000-000000000023",
    email: "nadia.roy@example.com",
    firstName: "Nadia",
    lastName: "Roy",
    role: "applicant",
    locale: "fr",
    phone: "613-555-0123",
  },
  {
    id: "00000000-0000-4000-8000-000000000024",
    email: "daniel.ng@example.com",
    firstName: "Daniel",
    lastName: "Ng",
    role: "applicant",
    locale: "en",
    phone: "613-555-0124",
  },
  // The horse-racing and lottery journeys (tests/e2e/horse-racing-lottery.spec.ts), one account each.
  // Geneviève holds a horse-racing licence that ends on her birthday, inside its renewal window.
  {
    id: "00000000-0000-4000-8000-000000000025",
    email: "genevieve.ouellet@example.com",
    firstName: "Geneviève",
    lastName: "Ouellet",
    role: "applicant",
    locale: "fr",
    phone: "613-555-0125",
    birthday: { inDays: HORSE_RACING_RENEWAL_IN_DAYS, bornIn: 1988 },
  },
  {
    id: "00000000-0000-4000-8000-000000000026",
    email: "liam.walsh@example.com",
    firstName: "Liam",
    lastName: "Walsh",
    role: "applicant",
    locale: "en",
    phone: "613-555-0126",
  },
  {
    id: "00000000-0000-4000-8000-000000000027",
    email: "karim.haddad@example.com",
    firstName: "Karim",
    lastName: "Haddad",
    role: "applicant",
    locale: "fr",
    phone: "613-555-0127",
  },
  // Samir's convenience store holds a lottery retailer registration.
  {
    id: "00000000-0000-4000-8000-000000000028",
    email: "samir.khan@example.com",
    firstName: "Samir",
    lastName: "Khan",
    role: "applicant",
    locale: "en",
    phone: "613-555-0128",
  },
  // The charitable gaming journeys (tests/e2e/charitable-gaming.spec.ts): Olivia starts from
  // nothing; Bernard's club is late with the post-event report of its last raffle.
  {
    id: "00000000-0000-4000-8000-000000000029",
    email: "olivia.chen@example.com",
    firstName: "Olivia",
    lastName: "Chen",
    role: "applicant",
    locale: "en",
    phone: "613-555-0129",
  },
  {
    id: "00000000-0000-4000-8000-000000000030",
    email: "bernard.lapointe@example.com",
    firstName: "Bernard",
    lastName: "Lapointe",
    role: "applicant",
    locale: "fr",
    phone: "613-555-0130",
  },
  // The satisfaction survey's journeys (tests/e2e/feedback.spec.ts): Noah's gaming assistant
  // registration is paid and submitted, his club's eligibility submitted without a fee; neither
  // survey is answered yet. No other journey uses him.
  {
    id: "00000000-0000-4000-8000-000000000171",
    email: "noah.brown@example.com",
    firstName: "Noah",
    lastName: "Brown",
    role: "applicant",
    locale: "en",
    phone: "613-555-0171",
  },
  {
    id: "00000000-0000-4000-8000-000000000011",
    email: "service@example.com",
    firstName: "Nadia",
    lastName: "Bouchard",
    role: "customer_service",
    locale: "fr",
    phone: "1-800-000-0000",
  },
  {
    id: "00000000-0000-4000-8000-000000000012",
    email: "officer@example.com",
    firstName: "David",
    lastName: "Chen",
    role: "licensing_officer",
    locale: "en",
    phone: "1-800-000-0000",
  },
  {
    id: "00000000-0000-4000-8000-000000000013",
    email: "admin@example.com",
    firstName: "Isabelle",
    lastName: "Roy",
    role: "admin",
    locale: "fr",
    phone: "1-800-000-0000",
  },
  ...licenceStatusDemoUsers,
  ...changeRequestDemoUsers,
  ...queueDemoOfficers,
];

type DemoPerson = {
  id: string;
  firstName: string;
  lastName: string;
  role: EntityPersonRole;
  email?: string;
  title?: string;
  shareBasisPoints?: number;
};
/** A permit's event, as its certificate prints it: one day, `expiresInDays` from the seed's day. */
type DemoEvent = {
  eventType: "private" | "public" | "tailgate" | "industry";
  eventClass?: "sale" | "no_sale";
  setting: "indoor" | "outdoor";
  from: string;
  to: string;
  place: string[];
  capacity: number;
};
type DemoLicence = {
  id: string;
  number: string;
  kind: LicenceKind;
  status: LicenceStatus;
  /** Null for a permit, valid for its event days. */
  termYears: number | null;
  expiresInDays: number;
  statusReason?: string;
  /** Which of the entity's premises: its first unless said; null for what has none (a permit). */
  premisesId?: string | null;
  event?: DemoEvent;
  /** What the certificate prints, as the kind's approval writes it (a registration's category and sites). */
  details?: CertificateDetail[];
};
type DemoPremises = { id: string; name: string; address: Record<string, string> };
type DemoEntity = {
  id: string;
  legalName: string;
  operatingName?: string;
  type: EntityType;
  /** None for an individual's own record. */
  businessNumber?: string;
  /** An individual's own record: the account it belongs to. */
  personUserId?: string;
  email: string;
  phone: string;
  /** None for an individual's own record. */
  address?: Record<string, string>;
  people: DemoPerson[];
  premises: DemoPremises[];
  licences: DemoLicence[];
};

type DemoLink = {
  id: string;
  userId: string;
  entityId: string;
  reportsAccess: boolean;
  /** How the link was made: an access code unless said. */
  via?: LinkVia;
};

const address = (line1: string, city: string, postalCode: string) => ({
  line1,
  city,
  province: "ON",
  postalCode,
  country: "CA",
});

export const demoEntities: DemoEntity[] = [
  {
    id: "10000000-0000-4000-8000-000000000001",
    legalName: "Bistro Le Cormoran inc.",
    operatingName: "Le Cormoran",
    type: "corporation",
    businessNumber: "123456789",
    email: "info@lecormoran.example",
    phone: "613-555-0110",
    address: address("123, rue Principale", "Ottawa", "K1A 0A1"),
    people: [
      {
        id: "11000000-0000-4000-8000-000000000001",
        firstName: "Marie",
        lastName: "Tremblay",
        role: "officer",
        title: "Présidente",
        email: "marie.tremblay@example.com",
      },
      {
        id: "11000000-0000-4000-8000-000000000002",
        firstName: "Marie",
        lastName: "Tremblay",
        role: "shareholder",
        shareBasisPoints: 6000,
      },
      {
        id: "11000000-0000-4000-8000-000000000003",
        firstName: "Luc",
        lastName: "Gagnon",
        role: "director",
        email: "luc.gagnon@example.com",
      },
      {
        id: "11000000-0000-4000-8000-000000000004",
        firstName: "Luc",
        lastName: "Gagnon",
        role: "shareholder",
        shareBasisPoints: 4000,
      },
      {
        id: "11000000-0000-4000-8000-000000000005",
        firstName: "Chantal",
        lastName: "Côté",
        role: "premises_manager",
        email: "chantal.cote@example.com",
      },
    ],
    premises: [
      {
        id: "12000000-0000-4000-8000-000000000001",
        name: "Le Cormoran",
        address: address("123, rue Principale", "Ottawa", "K1A 0A1"),
      },
    ],
    licences: [
      {
        id: "13000000-0000-4000-8000-000000000001",
        number: "LSL-2025-000101",
        kind: "liquor_sales",
        status: "active",
        termYears: 2,
        expiresInDays: 400,
      },
      {
        id: "13000000-0000-4000-8000-000000000002",
        number: "LSL-2024-000102",
        kind: "liquor_sales",
        status: "active",
        termYears: 2,
        expiresInDays: 30,
      },
    ],
  },
  {
    id: "10000000-0000-4000-8000-000000000002",
    legalName: "Harbourfront Hospitality Ltd.",
    operatingName: "The Harbour Room",
    type: "corporation",
    businessNumber: "987654321",
    email: "office@harbourroom.example",
    phone: "416-555-0120",
    address: address("45 Queens Quay West", "Toronto", "M5J 2N8"),
    people: [
      {
        id: "11000000-0000-4000-8000-000000000011",
        firstName: "John",
        lastName: "Smith",
        role: "officer",
        title: "President",
        email: "john.smith@example.com",
      },
      {
        id: "11000000-0000-4000-8000-000000000012",
        firstName: "John",
        lastName: "Smith",
        role: "shareholder",
        shareBasisPoints: 7500,
      },
      {
        id: "11000000-0000-4000-8000-000000000013",
        firstName: "Sarah",
        lastName: "Lee",
        role: "director",
        email: "sarah.lee@example.com",
      },
      {
        id: "11000000-0000-4000-8000-000000000014",
        firstName: "Sarah",
        lastName: "Lee",
        role: "shareholder",
        shareBasisPoints: 2500,
      },
    ],
    premises: [
      {
        id: "12000000-0000-4000-8000-000000000002",
        name: "The Harbour Room",
        address: address("45 Queens Quay West", "Toronto", "M5J 2N8"),
      },
    ],
    licences: [
      {
        id: "13000000-0000-4000-8000-000000000011",
        number: "LSL-2024-000201",
        kind: "liquor_sales",
        status: "expired",
        termYears: 2,
        expiresInDays: -1,
      },
      {
        id: "13000000-0000-4000-8000-000000000012",
        number: "LDL-2025-000202",
        kind: "liquor_delivery",
        status: "suspended",
        termYears: 2,
        expiresInDays: 250,
        statusReason: "Compliance review",
      },
    ],
  },
  {
    id: "10000000-0000-4000-8000-000000000003",
    legalName: "Brasserie des Deux Rives S.E.N.C.",
    type: "partnership",
    businessNumber: "456789123",
    email: "bonjour@deuxrives.example",
    phone: "613-555-0130",
    address: address("8, chemin de la Rivière", "Hawkesbury", "K6A 1A1"),
    people: [
      {
        id: "11000000-0000-4000-8000-000000000021",
        firstName: "Étienne",
        lastName: "Bergeron",
        role: "partner",
        email: "etienne.bergeron@example.com",
      },
      { id: "11000000-0000-4000-8000-000000000022", firstName: "Amélie", lastName: "Bergeron", role: "partner" },
    ],
    premises: [
      {
        id: "12000000-0000-4000-8000-000000000003",
        name: "Brasserie des Deux Rives",
        address: address("8, chemin de la Rivière", "Hawkesbury", "K6A 1A1"),
      },
    ],
    licences: [
      {
        id: "13000000-0000-4000-8000-000000000021",
        number: "LSL-2026-000301",
        kind: "liquor_sales",
        status: "active",
        termYears: 4,
        expiresInDays: 1200,
        // A brew pub that also caters: its certificate lists both endorsements.
        details: [
          { label: "endorsements", values: [{ term: "endorsement_catering" }, { term: "endorsement_brew_pub" }] },
        ],
      },
    ],
  },
  // Julie's (fr) and Priya's (en) businesses: two licences each, on separate premises, far from
  // their expiry — the first is changed by the change journey, the second sold by the transfer
  // journey (tests/e2e/licence-change-transfer.spec.ts) — and a permit whose day has passed.
  {
    id: "10000000-0000-4000-8000-000000000004",
    legalName: "Auberge du Vieux-Moulin inc.",
    operatingName: "Le Vieux-Moulin",
    type: "corporation",
    businessNumber: "234567891",
    email: "bonjour@vieuxmoulin.example",
    phone: "613-555-0140",
    address: address("50, rue du Moulin", "Cornwall", "K6H 1A1"),
    people: [
      {
        id: "11000000-0000-4000-8000-000000000031",
        firstName: "Julie",
        lastName: "Gauthier",
        role: "officer",
        title: "Présidente",
        email: "julie.gauthier@example.com",
      },
      {
        id: "11000000-0000-4000-8000-000000000032",
        firstName: "Julie",
        lastName: "Gauthier",
        role: "shareholder",
        shareBasisPoints: 10000,
      },
      {
        id: "11000000-0000-4000-8000-000000000033",
        firstName: "Olivier",
        lastName: "Gauthier",
        role: "director",
        email: "olivier.gauthier@example.com",
      },
    ],
    premises: [
      {
        id: "12000000-0000-4000-8000-000000000004",
        name: "Le Vieux-Moulin",
        address: address("50, rue du Moulin", "Cornwall", "K6H 1A1"),
      },
      {
        id: "12000000-0000-4000-8000-000000000005",
        name: "Le Vieux-Moulin – Marina",
        address: address("2, quai de la Marina", "Cornwall", "K6H 2B2"),
      },
    ],
    licences: [
      {
        id: "13000000-0000-4000-8000-000000000031",
        number: "LSL-2025-000401",
        kind: "liquor_sales",
        status: "active",
        termYears: 2,
        expiresInDays: 700,
      },
      {
        id: "13000000-0000-4000-8000-000000000032",
        number: "LSL-2025-000402",
        kind: "liquor_sales",
        status: "active",
        termYears: 2,
        expiresInDays: 650,
        premisesId: "12000000-0000-4000-8000-000000000005",
      },
      {
        id: "13000000-0000-4000-8000-000000000033",
        number: "SOP-2026-000403",
        kind: "special_occasion_permit",
        status: "expired",
        termYears: null,
        expiresInDays: -20,
        statusReason: ENDED_REASON,
        premisesId: null,
        event: {
          eventType: "private",
          eventClass: "no_sale",
          setting: "outdoor",
          from: "16:00",
          to: "23:30",
          place: ["Parc Lamoureux", "100, rue Water Est", "Cornwall, ON  K6H 1A1"],
          capacity: 150,
        },
      },
    ],
  },
  {
    id: "10000000-0000-4000-8000-000000000005",
    legalName: "Lantern Hospitality Inc.",
    operatingName: "The Lantern",
    type: "corporation",
    businessNumber: "345678912",
    email: "hello@thelantern.example",
    phone: "613-555-0150",
    address: address("210 King Street East", "Kingston", "K7L 3A7"),
    people: [
      {
        id: "11000000-0000-4000-8000-000000000041",
        firstName: "Priya",
        lastName: "Patel",
        role: "officer",
        title: "President",
        email: "priya.patel@example.com",
      },
      {
        id: "11000000-0000-4000-8000-000000000042",
        firstName: "Priya",
        lastName: "Patel",
        role: "shareholder",
        shareBasisPoints: 10000,
      },
      {
        id: "11000000-0000-4000-8000-000000000043",
        firstName: "Arjun",
        lastName: "Patel",
        role: "director",
        email: "arjun.patel@example.com",
      },
    ],
    premises: [
      {
        id: "12000000-0000-4000-8000-000000000006",
        name: "The Lantern",
        address: address("210 King Street East", "Kingston", "K7L 3A7"),
      },
      {
        id: "12000000-0000-4000-8000-000000000007",
        name: "The Lantern Waterfront",
        address: address("1 Ontario Street", "Kingston", "K7L 2Y2"),
      },
    ],
    licences: [
      {
        id: "13000000-0000-4000-8000-000000000041",
        number: "LSL-2025-000501",
        kind: "liquor_sales",
        status: "active",
        termYears: 2,
        expiresInDays: 700,
      },
      {
        id: "13000000-0000-4000-8000-000000000042",
        number: "LSL-2025-000502",
        kind: "liquor_sales",
        status: "active",
        termYears: 2,
        expiresInDays: 650,
        premisesId: "12000000-0000-4000-8000-000000000007",
      },
      {
        id: "13000000-0000-4000-8000-000000000043",
        number: "SOP-2026-000503",
        kind: "special_occasion_permit",
        status: "expired",
        termYears: null,
        expiresInDays: -20,
        statusReason: ENDED_REASON,
        premisesId: null,
        event: {
          eventType: "public",
          eventClass: "sale",
          setting: "indoor",
          from: "11:00",
          to: "22:00",
          place: ["Kingston Community Hall", "50 Market Street", "Kingston, ON  K7L 1W6"],
          capacity: 400,
        },
      },
    ],
  },
  {
    id: "10000000-0000-4000-8000-000000000006",
    legalName: "Bingo Rideau inc.",
    operatingName: "Bingo Rideau",
    type: "non_profit",
    businessNumber: "567891234",
    email: "bonjour@bingorideau.example",
    phone: "613-555-0160",
    address: address("200, chemin de Montréal", "Ottawa", "K1L 6E5"),
    people: [
      {
        id: "11000000-0000-4000-8000-000000000061",
        firstName: "Sophie",
        lastName: "Conseil",
        role: "officer",
        title: "Secrétaire",
        email: "agent.conseil@example.com",
      },
    ],
    premises: [],
    licences: [
      {
        // Two charitable bingo halls with 3 or fewer events a week, in its renewal window.
        id: "13000000-0000-4000-8000-000000000061",
        number: "GMR-2025-000601",
        kind: "gaming_registration",
        status: "active",
        termYears: 1,
        expiresInDays: 45,
        premisesId: null,
        details: [
          { label: "registrationCategory", values: [{ term: "charitable_operator" }] },
          { label: "sites", values: [{ text: "Bingo Rideau, Ottawa" }, { text: "Bingo Vanier, Ottawa" }] },
        ],
      },
    ],
  },
  // Geneviève's own record (an individual, as a person applying for themself gets one): her
  // horse-racing licence ends on her birthday, 40 days from the seed's day. Its renewal reads her
  // date of birth from the licence's last approved application (demoHorseRacingApplication).
  {
    id: "10000000-0000-4000-8000-000000000007",
    legalName: "Geneviève Ouellet",
    type: "individual",
    // Where her renewal letter is posted (lib/licences/renewal-letter.ts).
    address: address("88, chemin du Haras", "Orléans", "K1C 7H2"),
    personUserId: "00000000-0000-4000-8000-000000000025",
    email: "genevieve.ouellet@example.com",
    phone: "613-555-0125",
    people: [],
    premises: [],
    licences: [
      {
        id: "13000000-0000-4000-8000-000000000071",
        number: "HRL-2025-000701",
        kind: "horse_racing",
        status: "active",
        termYears: 1,
        expiresInDays: HORSE_RACING_RENEWAL_IN_DAYS,
        premisesId: null,
        details: [{ label: "racingCategories", values: [{ term: "racing_trainer" }, { term: "racing_groom" }] }],
      },
    ],
  },
  // Samir's convenience store, an ordinary lottery retailer far from its renewal.
  {
    id: "10000000-0000-4000-8000-000000000008",
    legalName: "Kingsway Variety Ltd.",
    operatingName: "Kingsway Variety",
    type: "corporation",
    businessNumber: "678912345",
    email: "hello@kingswayvariety.example",
    phone: "613-555-0180",
    address: address("1200 Bank Street", "Ottawa", "K1S 3Y1"),
    people: [
      {
        id: "11000000-0000-4000-8000-000000000081",
        firstName: "Samir",
        lastName: "Khan",
        role: "officer",
        title: "President",
        email: "samir.khan@example.com",
      },
      {
        id: "11000000-0000-4000-8000-000000000082",
        firstName: "Samir",
        lastName: "Khan",
        role: "shareholder",
        shareBasisPoints: 10000,
      },
      {
        id: "11000000-0000-4000-8000-000000000083",
        firstName: "Leila",
        lastName: "Khan",
        role: "director",
        email: "leila.khan@example.com",
      },
    ],
    premises: [
      {
        id: "12000000-0000-4000-8000-000000000008",
        name: "Kingsway Variety",
        address: address("1200 Bank Street", "Ottawa", "K1S 3Y1"),
      },
    ],
    licences: [
      {
        id: "13000000-0000-4000-8000-000000000081",
        number: "LRR-2026-000801",
        kind: "lottery_retailer",
        status: "active",
        termYears: 1,
        expiresInDays: 240,
        details: [{ label: "storeType", values: [{ term: "store_convenience" }] }],
      },
    ],
  },
  // Bernard's club: eligible for charitable gaming; its raffle ended 40 days ago and its post-event
  // report, due 30 days after, is overdue.
  {
    id: "10000000-0000-4000-8000-000000000009",
    legalName: "Club Richelieu de Vanier",
    type: "non_profit",
    businessNumber: "789123456",
    email: "bonjour@richelieuvanier.example",
    phone: "613-555-0190",
    address: address("300, chemin de Montréal", "Ottawa", "K1L 6B1"),
    people: [
      {
        id: "11000000-0000-4000-8000-000000000091",
        firstName: "Bernard",
        lastName: "Lapointe",
        role: "officer",
        title: "Trésorier",
        email: "bernard.lapointe@example.com",
      },
    ],
    premises: [],
    licences: [
      {
        id: "13000000-0000-4000-8000-000000000091",
        number: "CGE-2025-000901",
        kind: "charitable_gaming_eligibility",
        status: "active",
        termYears: 3,
        expiresInDays: 700,
        premisesId: null,
      },
      {
        id: "13000000-0000-4000-8000-000000000092",
        number: "LOT-2026-000902",
        kind: "charitable_gaming",
        status: "expired",
        termYears: null,
        expiresInDays: -40,
        statusReason: ENDED_REASON,
        premisesId: null,
        details: [
          { label: "lotteryType", values: [{ term: "lottery_raffle" }] },
          { label: "prizeValue", values: [{ text: "5000" }] },
        ],
      },
    ],
  },
  ...changeRequestDemoEntities,
];

/** Demo applicants already linked to their businesses, as if they had entered an access code. */
export const demoLinks: DemoLink[] = [
  {
    id: "14000000-0000-4000-8000-000000000001",
    userId: "00000000-0000-4000-8000-000000000001",
    entityId: "10000000-0000-4000-8000-000000000001",
    reportsAccess: true,
  },
  {
    id: "14000000-0000-4000-8000-000000000002",
    userId: "00000000-0000-4000-8000-000000000002",
    entityId: "10000000-0000-4000-8000-000000000002",
    reportsAccess: false,
  },
  {
    id: "14000000-0000-4000-8000-000000000003",
    userId: "00000000-0000-4000-8000-000000000004",
    entityId: "10000000-0000-4000-8000-000000000004",
    reportsAccess: false,
  },
  {
    id: "14000000-0000-4000-8000-000000000004",
    userId: "00000000-0000-4000-8000-000000000005",
    entityId: "10000000-0000-4000-8000-000000000005",
    reportsAccess: false,
  },
  {
    id: "14000000-0000-4000-8000-000000000006",
    userId: "00000000-0000-4000-8000-000000000003",
    entityId: "10000000-0000-4000-8000-000000000006",
    reportsAccess: false,
  },
  // An individual's link to their own record, as their first approved application made it.
  {
    id: "14000000-0000-4000-8000-000000000007",
    userId: "00000000-0000-4000-8000-000000000025",
    entityId: "10000000-0000-4000-8000-000000000007",
    reportsAccess: false,
    via: "self",
  },
  {
    id: "14000000-0000-4000-8000-000000000008",
    userId: "00000000-0000-4000-8000-000000000028",
    entityId: "10000000-0000-4000-8000-000000000008",
    reportsAccess: false,
  },
  {
    id: "14000000-0000-4000-8000-000000000009",
    userId: "00000000-0000-4000-8000-000000000030",
    entityId: "10000000-0000-4000-8000-000000000009",
    reportsAccess: false,
  },
  ...changeRequestDemoLinks,
];

export const demoReports = [
  {
    id: "15000000-0000-4000-8000-000000000001",
    entityId: "10000000-0000-4000-8000-000000000001",
    title: "Rapport d’inspection – octobre 2026",
    body: "Inspection de routine du 14 octobre 2026. Aucune non-conformité constatée. Affichage du permis conforme.",
    publishedById: "00000000-0000-4000-8000-000000000011",
  },
];

export const demoAreas = [
  {
    id: "16000000-0000-4000-8000-000000000001",
    premisesId: "12000000-0000-4000-8000-000000000001",
    name: "Salle à manger",
    indoor: true,
    floor: "Rez-de-chaussée",
    capacity: 60,
  },
  {
    id: "16000000-0000-4000-8000-000000000002",
    premisesId: "12000000-0000-4000-8000-000000000001",
    name: "Terrasse",
    indoor: false,
    floor: "Rez-de-chaussée",
    capacity: 24,
  },
  {
    id: "16000000-0000-4000-8000-000000000003",
    premisesId: "12000000-0000-4000-8000-000000000002",
    name: "Dining room",
    indoor: true,
    floor: "Ground floor",
    capacity: 120,
  },
  {
    id: "16000000-0000-4000-8000-000000000004",
    premisesId: "12000000-0000-4000-8000-000000000003",
    name: "Salle de dégustation",
    indoor: true,
    floor: "Rez-de-chaussée",
    capacity: 45,
  },
  {
    id: "16000000-0000-4000-8000-000000000005",
    premisesId: "12000000-0000-4000-8000-000000000004",
    name: "Salle à manger",
    indoor: true,
    floor: "Rez-de-chaussée",
    capacity: 80,
  },
  {
    id: "16000000-0000-4000-8000-000000000006",
    premisesId: "12000000-0000-4000-8000-000000000005",
    name: "Terrasse de la marina",
    indoor: false,
    floor: "Rez-de-chaussée",
    capacity: 40,
  },
  {
    id: "16000000-0000-4000-8000-000000000007",
    premisesId: "12000000-0000-4000-8000-000000000006",
    name: "Dining room",
    indoor: true,
    floor: "Ground floor",
    capacity: 90,
  },
  {
    id: "16000000-0000-4000-8000-000000000008",
    premisesId: "12000000-0000-4000-8000-000000000007",
    name: "Patio",
    indoor: false,
    floor: "Ground floor",
    capacity: 50,
  },
  ...changeRequestDemoAreas,
];

export const demoLicenceDocuments = [
  {
    id: "17000000-0000-4000-8000-000000000001",
    licenceId: "13000000-0000-4000-8000-000000000001",
    title: "Avis de conformité – affichage",
    body: "L’affichage du permis et des heures de service est conforme.",
  },
];

export type SeedReport = { users: typeof demoUsers; created: number };

/** Loads the demo data; returns how many rows it created (0 on a second run). */
export async function seedDemoData(db: Database, now: Date = new Date()): Promise<SeedReport> {
  const refusal = demoDataRefusal(process.env);
  if (refusal) throw new Error(refusal);
  const today = commissionToday(now);
  let created = 0;
  const createIfMissing = async (exists: unknown, create: () => Promise<unknown>) => {
    if (exists) return;
    await create();
    created += 1;
  };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const { birthday, ...user } of demoUsers) {
    const dateOfBirth = birthday ? isoDateToUtc(dateOfBirthFor(birthday, today)) : null;
    await createIfMissing(await db.user.findUnique({ where: { id: user.id }, select: { id: true } }), () =>
      db.user.create({ data: { ...user, dateOfBirth, passwordHash, status: "active", activatedAt: now } }),
    );
  }

  for (const entity of demoEntities) {
    const { people, premises, licences, address: entityAddress, ...fields } = entity;
    await createIfMissing(await db.entity.findUnique({ where: { id: entity.id }, select: { id: true } }), () =>
      db.entity.create({ data: { ...fields, mailingAddress: entityAddress, physicalAddress: entityAddress } }),
    );
    for (const person of people) {
      await createIfMissing(await db.entityPerson.findUnique({ where: { id: person.id }, select: { id: true } }), () =>
        db.entityPerson.create({ data: { ...person, entityId: entity.id } }),
      );
    }
    for (const place of premises) {
      await createIfMissing(await db.premises.findUnique({ where: { id: place.id }, select: { id: true } }), () =>
        db.premises.create({ data: { ...place, entityId: entity.id } }),
      );
    }
    for (const licence of licences) {
      const premisesId = licence.premisesId === undefined ? (premises[0]?.id ?? null) : licence.premisesId;
      await createIfMissing(await db.licence.findUnique({ where: { id: licence.id }, select: { id: true } }), () =>
        createLicence(db, licence, entity.id, premisesId, today),
      );
    }
  }
  for (const link of demoLinks) {
    await createIfMissing(await db.accountLink.findUnique({ where: { id: link.id }, select: { id: true } }), () =>
      db.accountLink.create({ data: { ...link, via: link.via ?? "access_code", createdAt: now } }),
    );
  }
  for (const report of demoReports) {
    await createIfMissing(
      await db.regulatoryReport.findUnique({ where: { id: report.id }, select: { id: true } }),
      () => db.regulatoryReport.create({ data: { ...report, publishedAt: now } }),
    );
  }
  for (const area of demoAreas) {
    await createIfMissing(await db.licensedArea.findUnique({ where: { id: area.id }, select: { id: true } }), () =>
      db.licensedArea.create({ data: area }),
    );
  }
  for (const document of demoLicenceDocuments) {
    await createIfMissing(
      await db.licenceDocument.findUnique({ where: { id: document.id }, select: { id: true } }),
      () => db.licenceDocument.create({ data: { ...document, issuedAt: now } }),
    );
  }
  await createIfMissing(
    await db.application.findUnique({ where: { id: demoGamingApplication.id }, select: { id: true } }),
    () => createGamingOrder(db, now),
  );
  await createIfMissing(
    await db.application.findUnique({ where: { id: demoHorseRacingApplication.id }, select: { id: true } }),
    () => createHorseRacingApplication(db, today),
  );
  await createIfMissing(
    await db.application.findUnique({ where: { id: demoSurveyApplication.id }, select: { id: true } }),
    () => createSurveyApplication(db, today),
  );
  await createIfMissing(
    await db.application.findUnique({ where: { id: demoFreeSurveyApplication.id }, select: { id: true } }),
    () => createFreeSurveyApplication(db, today),
  );
  // Created together: the first answer's id stands for all of them.
  const feedback = demoFeedbackAnswers(today);
  await createIfMissing(
    await db.feedbackAnswer.findUnique({ where: { id: feedback[0]?.id ?? "" }, select: { id: true } }),
    () => db.feedbackAnswer.createMany({ data: feedback }),
  );
  created += await seedLicenceStatusDemo(db, now);
  created += await seedQueueDemo(db, now, passwordHash);
  return { users: demoUsers, created };
}

/** The date of birth whose birthday falls `inDays` from today (the seed's day). */
function dateOfBirthFor(birthday: { inDays: number; bornIn: number }, today: IsoDate): IsoDate {
  return `${birthday.bornIn}${addDays(today, birthday.inDays).slice(4)}` as IsoDate;
}

/**
 * The application that issued Geneviève's horse-racing licence a year ago, approved: its renewal is
 * pre-filled from it (lib/applications/kinds/horse-racing-renewal.ts reads the date of birth the
 * licence ends on, the categories, the phone and the home address from the licence's last approved
 * application).
 */
export const demoHorseRacingApplication = {
  id: "15000000-0000-4000-8000-000000000071",
  fileNumber: "HRL-N-2025-D3M0HR",
  userId: "00000000-0000-4000-8000-000000000025",
  entityId: "10000000-0000-4000-8000-000000000007",
  licenceId: "13000000-0000-4000-8000-000000000071",
} as const;

async function createHorseRacingApplication(db: Database, today: IsoDate) {
  const { id, fileNumber, userId, entityId, licenceId } = demoHorseRacingApplication;
  const dateOfBirth = dateOfBirthFor({ inDays: HORSE_RACING_RENEWAL_IN_DAYS, bornIn: 1988 }, today);
  const [year, month, day] = dateOfBirth.split("-");
  const issuedOn = addYears(addDays(today, HORSE_RACING_RENEWAL_IN_DAYS), -1);
  const atNoon = (days: number) => new Date(`${addDays(issuedOn, days)}T17:00:00.000Z`);
  const officerId = "00000000-0000-4000-8000-000000000012";
  await db.application.create({
    data: {
      id,
      fileNumber,
      kind: "horse_racing_new",
      type: "new",
      status: "approved",
      userId,
      entityId,
      licenceId,
      answers: {
        personalDetails: {
          dateOfBirth: { day: String(Number(day)), month: String(Number(month)), year },
          phone: "613-555-0125",
          homeAddress: { line1: "75, rue Laurier", city: "Gatineau", province: "QC", postalCode: "J8X 3V8" },
        },
        categories: { trainer: "yes", groom: "yes" },
        disclosures: { criminalRecord: "no", otherJurisdiction: "no", refusedElsewhere: "no" },
        declaration: { confirmed: "yes" },
      },
      createdAt: atNoon(-20),
      submittedAt: atNoon(-19),
      decidedAt: atNoon(0),
      // Starting the review assigned the file to David Chen, as the status writer does.
      assignedToId: officerId,
      events: {
        create: [
          { status: "draft", event: "start", actorId: userId, occurredAt: atNoon(-20) },
          { status: "awaiting_payment", event: "payFeesAndSubmit", actorId: userId, occurredAt: atNoon(-19) },
          { status: "submitted", event: "confirmPayment", occurredAt: atNoon(-19) },
          { status: "under_review", event: "startReview", actorId: officerId, occurredAt: atNoon(-5) },
          { status: "approved", event: "approve", actorId: officerId, occurredAt: atNoon(0) },
        ],
      },
    },
  });
}

/**
 * A commercial gaming operator's registration (one site) awaiting its $100,000 payment, by Sophie (agent.conseil): the
 * order that can only be paid by wire or EFT, for the reconciliation queue.
 */
export const demoGamingApplication = {
  id: "15000000-0000-4000-8000-000000000001",
  orderId: "16000000-0000-4000-8000-000000000001",
  fileNumber: "GMR-N-2026-D3M0GX",
  reference: "PAY-100K0000",
  totalCents: 10_000_000,
} as const;

async function createGamingOrder(db: Database, now: Date) {
  const userId = "00000000-0000-4000-8000-000000000003";
  const { id, orderId, fileNumber, reference, totalCents } = demoGamingApplication;
  await db.application.create({
    data: {
      id,
      fileNumber,
      kind: "gaming_registration_new",
      type: "new",
      status: "awaiting_payment",
      userId,
      answers: {
        category: { category: "commercial_operator" },
        sites: {
          items: [
            {
              id: "15000000-0000-4000-8000-0000000000a1",
              siteName: "Casino du Nord",
              address: { line1: "1 rue du Lac", city: "Sudbury", province: "ON", postalCode: "P3A 1A1" },
            },
          ],
        },
        applicantType: { applicantType: "corporation" },
        applicantDetails: { legalName: "Casino du Nord inc.", businessNumber: "321654987" },
        // Sophie is the operator's officer: approval puts her on file and keeps her link.
        associatedPersons: {
          items: [
            {
              id: "15000000-0000-4000-8000-0000000000a2",
              firstName: "Sophie",
              lastName: "Lavoie",
              email: "agent.conseil@example.com",
              role: "officer",
            },
          ],
        },
      },
      events: {
        create: [
          { status: "draft", event: "start", actorId: userId, occurredAt: now },
          { status: "awaiting_payment", event: "payFeesAndSubmit", actorId: userId, occurredAt: now },
        ],
      },
    },
  });
  await db.order.create({
    data: {
      id: orderId,
      applicationId: id,
      userId,
      reference,
      totalCents,
      items: [{ kind: "gaming_operator_new", action: "new", termYears: null, amountCents: totalCents }],
    },
  });
}

/**
 * Noah's gaming assistant registration (category 2, $165), paid by card yesterday and submitted:
 * its confirmation page still asks the satisfaction survey, which the feedback journey answers.
 */
export const demoSurveyApplication = {
  id: "15000000-0000-4000-8000-000000000171",
  orderId: "16000000-0000-4000-8000-000000000171",
  paymentId: "16000000-0000-4000-8000-000000000172",
  fileNumber: "GMA-N-2026-D3M0SV",
  reference: "PAY-SVRVY171",
  userId: "00000000-0000-4000-8000-000000000171",
  totalCents: 16_500,
} as const;

async function createSurveyApplication(db: Database, today: IsoDate) {
  const { id, orderId, paymentId, fileNumber, reference, userId, totalCents } = demoSurveyApplication;
  const at = (days: number, hour: number) => commissionMoment(addDays(today, days), hour * 60);
  await db.application.create({
    data: {
      id,
      fileNumber,
      kind: "gaming_assistant_new",
      type: "new",
      status: "submitted",
      userId,
      answers: {
        category: { category: "gaming_assistant_2" },
        personalDetails: {
          dateOfBirth: { day: "14", month: "6", year: "1994" },
          phone: "613-555-0171",
          homeAddress: { line1: "220 Bank Street", city: "Ottawa", province: "ON", postalCode: "K2P 1X2" },
        },
        employment: { employer: "Casino du Nord inc.", jobTitle: "Dealer" },
        questions: { charges: "no", refusedElsewhere: "no" },
        declaration: { confirmed: "yes" },
      },
      createdAt: at(-2, 10),
      submittedAt: at(-1, 11),
      events: {
        create: [
          { status: "draft", event: "start", actorId: userId, occurredAt: at(-2, 10) },
          { status: "awaiting_payment", event: "payFeesAndSubmit", actorId: userId, occurredAt: at(-1, 11) },
          { status: "submitted", event: "confirmPayment", occurredAt: at(-1, 11) },
        ],
      },
    },
  });
  await db.order.create({
    data: {
      id: orderId,
      applicationId: id,
      userId,
      reference,
      totalCents,
      status: "paid",
      paidAt: at(-1, 11),
      items: [
        {
          kind: "gaming_assistant_category_2",
          action: "new",
          termYears: null,
          amountCents: totalCents,
          quantity: 1,
          unitCents: totalCents,
        },
      ],
      payments: {
        create: [
          {
            id: paymentId,
            method: "card",
            provider: "sandbox",
            idempotencyKey: `demo:${paymentId}`,
            amountCents: totalCents,
            status: "succeeded",
            cardBrand: "visa",
          },
        ],
      },
    },
  });
}

/**
 * Noah's club's charitable gaming eligibility, submitted without a fee (it owes none) two days ago:
 * its confirmation has no payment, and its survey is skipped by the feedback journey.
 */
export const demoFreeSurveyApplication = {
  id: "15000000-0000-4000-8000-000000000173",
  fileNumber: "CGE-N-2026-D3M0SK",
  userId: "00000000-0000-4000-8000-000000000171",
} as const;

async function createFreeSurveyApplication(db: Database, today: IsoDate) {
  const { id, fileNumber, userId } = demoFreeSurveyApplication;
  const at = (days: number, hour: number) => commissionMoment(addDays(today, days), hour * 60);
  await db.application.create({
    data: {
      id,
      fileNumber,
      kind: "charitable_gaming_eligibility_new",
      type: "new",
      status: "submitted",
      userId,
      answers: {
        organisation: {
          organisationType: "registered_charity",
          charityNumber: "118830171RR0001",
          legalName: "Glebe Community Food Cupboard",
        },
        contactDetails: { contactName: "Noah Brown", email: "noah.brown@example.com", phone: "613-555-0171" },
        purpose: {
          charitablePurpose: "Groceries for families in the Glebe.",
          beneficiaries: "About 80 households a week.",
          yearsActive: "9",
        },
        declaration: { confirmed: "yes" },
      },
      createdAt: at(-3, 10),
      submittedAt: at(-2, 14),
      events: {
        create: [
          { status: "draft", event: "start", actorId: userId, occurredAt: at(-3, 10) },
          { status: "submitted", event: "submit", actorId: userId, occurredAt: at(-2, 14) },
        ],
      },
    },
  });
}

/** Comments some answers carry, by journey and by how the service was rated, in the language they were written in. */
const demoFeedbackComments = {
  renewal: {
    pleased: [
      { locale: "fr", comment: "Très simple\u00a0: j’ai renouvelé mon permis en quelques minutes." },
      { locale: "en", comment: "Renewing took ten minutes: everything was already filled in." },
    ],
    displeased: [
      { locale: "fr", comment: "Je n’ai pas compris pourquoi il fallait renvoyer le plan de l’établissement." },
    ],
  },
  payment: {
    pleased: [
      { locale: "en", comment: "Paying by card was quick and the receipt came right away." },
      { locale: "fr", comment: "Le paiement par carte a bien fonctionné et le reçu est arrivé tout de suite." },
    ],
    displeased: [{ locale: "en", comment: "The document upload failed twice on my phone before it worked." }],
  },
  submission: {
    pleased: [
      { locale: "en", comment: "Clear questions, and the list of documents was there before I started." },
      { locale: "fr", comment: "Formulaire clair, et la liste des documents était donnée dès le départ." },
    ],
    displeased: [{ locale: "fr", comment: "Les questions sur les associés étaient difficiles à comprendre." }],
  },
  portal: {
    pleased: [
      { locale: "en", comment: "Good to see where my application stands without having to call." },
      { locale: "fr", comment: "Pratique de voir où en est ma demande sans téléphoner." },
    ],
    displeased: [
      { locale: "fr", comment: "Il faudrait pouvoir changer soi-même l’adresse courriel du compte." },
      { locale: "en", comment: "Please let me download all my licences at once." },
    ],
  },
} as const;

/** Ratings in a fixed order: 13 of every 15 are a 4 or a 5 (87 %, as the seed's FAQ says of the portal). */
const DEMO_RATINGS = [5, 4, 5, 5, 4, 3, 5, 4, 5, 5, 2, 4, 5, 4, 5] as const;
/** How much easier (or harder) than satisfying each answer found it, in turn. */
const DEMO_EASE_SHIFTS = [0, 0, -1, 0, 1] as const;
const DEMO_JOURNEYS = [
  "payment",
  "payment",
  "renewal",
  "payment",
  "submission",
  "renewal",
  "portal",
  "payment",
] as const;

/**
 * Four months of answers to the survey and the feedback page, the same on every run (fixed ids,
 * ratings, journeys and days counted back from the seed's day), tied to no file: 90 with a rating
 * (87 % satisfied), 10 skipped surveys, and a comment on some, in both languages.
 */
function demoFeedbackAnswers(today: IsoDate) {
  return Array.from({ length: 100 }, (_, index) => {
    const journey = DEMO_JOURNEYS[index % DEMO_JOURNEYS.length] ?? "payment";
    // Every tenth answer is a skipped survey: an odd index, never the feedback page's (index % 8 === 6).
    const skipped = index % 10 === 9;
    const rated = index - Math.floor((index + 1) / 10);
    const satisfaction = skipped ? null : (DEMO_RATINGS[rated % DEMO_RATINGS.length] ?? 5);
    const comments = demoFeedbackComments[journey];
    const pool = satisfaction !== null && satisfaction >= 4 ? comments.pleased : comments.displeased;
    const written = !skipped && index % 6 === 2 ? pool[Math.floor(index / 6) % pool.length] : undefined;
    const ease =
      satisfaction === null || journey === "portal"
        ? null
        : Math.min(5, Math.max(1, satisfaction + (DEMO_EASE_SHIFTS[index % DEMO_EASE_SHIFTS.length] ?? 0)));
    // Days 1 to 120 back, during the working day (9:00 to 16:59, Toronto time).
    const day = addDays(today, -(1 + Math.floor((index * 119) / 99)));
    return {
      id: `18000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}`,
      journey,
      satisfaction,
      ease,
      comment: written?.comment ?? null,
      skipped,
      locale: written?.locale ?? (index % 2 === 0 ? "fr" : "en"),
      createdAt: commissionMoment(day, (9 + (index % 8)) * 60 + ((index * 17) % 60)),
    };
  });
}

/** A permit's printed details, as its kind's approval writes them (lib/applications/kinds/special-occasion.ts). */
function eventDetails(event: DemoEvent, day: IsoDate): CertificateDetail[] {
  return [
    { label: "eventType", values: [{ term: event.eventType }] },
    ...(event.eventClass ? [{ label: "eventClass", values: [{ term: event.eventClass }] }] : []),
    { label: "eventDays", values: [{ day, from: event.from, to: event.to }] },
    { label: "place", values: [...event.place.map((text) => ({ text })), { term: event.setting }] },
    { label: "capacity", values: [{ text: String(event.capacity) }] },
  ];
}

function createLicence(
  db: Database,
  licence: DemoLicence,
  entityId: string,
  premisesId: string | null,
  today: IsoDate,
) {
  const expiresOn = addDays(today, licence.expiresInDays);
  // A permit is issued some weeks before its event day; a licence at the start of its term.
  const issuedOn = licence.termYears === null ? addDays(expiresOn, -30) : addYears(expiresOn, -licence.termYears);
  // Events happen during the Commission's working day (noon in Toronto), not at midnight UTC,
  // which would show as the day before.
  const atNoon = (day: IsoDate) => new Date(`${day}T17:00:00.000Z`);
  const history: Array<{ status: LicenceStatus; occurredAt: Date; reason?: string }> = [
    { status: "active", occurredAt: atNoon(issuedOn) },
  ];
  if (licence.status !== "active") {
    const changedOn = licence.status === "expired" ? addDays(expiresOn, 1) : addDays(today, -10);
    history.push({ status: licence.status, occurredAt: atNoon(changedOn), reason: licence.statusReason });
  }
  return db.licence.create({
    data: {
      id: licence.id,
      number: licence.number,
      kind: licence.kind,
      status: licence.status,
      termYears: licence.termYears,
      ...(licence.event ? { details: eventDetails(licence.event, expiresOn) } : {}),
      ...(licence.details ? { details: licence.details } : {}),
      entityId,
      premisesId,
      issuedOn: isoDateToUtc(issuedOn),
      expiresOn: isoDateToUtc(expiresOn),
      statusEvents: { create: history },
    },
  });
}
