import { addYears, type IsoDate } from "@/lib/time/commission-date";
import { nextBirthday } from "@/lib/time/birthday";
import type { SavedAnswers } from "./engine";

/**
 * What an application kind's answers become: who applies, what approval issues or changes, what it
 * costs and whether an officer must look at it. Pure descriptions: the data layer carries them out
 * (lib/applications/outcomes.ts) without knowing which kind described them.
 */

/** Who may apply: a business (or other organisation), a person for themselves, or either. */
export type ApplicantRule = "business" | "individual" | "either";

/** A business, association or other organisation as the answers describe it. */
export type BusinessRecord = {
  legalName: string;
  operatingName: string | null;
  /** One of the entity types on file (prisma EntityType). */
  entityType: string;
  businessNumber: string | null;
  email: string | null;
  phone: string | null;
  mailingAddress: unknown;
  physicalAddress: unknown;
};

/** The applicant the answers name: a business, or the account holder themself. */
export type ApplicantRecord = { type: "business"; business: BusinessRecord } | { type: "individual" };

export type AreaRecord = { name: string; indoor: boolean; floor: string; capacity: number };
/** An area already on a licence: its id is the list item's id in a change application's answers. */
export type ExistingArea = AreaRecord & { id: string };

/** What a certificate prints beyond the facts every licence has: a label and its lines. */
export type DetailValue =
  | { text: string }
  /** A calendar day, with hours when it has them ("14:00"–"23:00"). */
  | { day: IsoDate; from?: string; to?: string }
  /** A word the certificate translates: `Certificate.values.<key>`. */
  | { term: string };
/** `label` is a key under `Certificate.details`. */
export type CertificateDetail = { label: string; values: DetailValue[] };

/** How long what is issued lasts. */
export type Validity =
  /** From the day of approval, for a number of years. */
  | { type: "term"; years: number }
  /** Until a fixed last day (a permit's last event day). */
  | { type: "until"; lastDay: IsoDate }
  /**
   * Until the holder's first birthday more than `atLeastDays` away (a horse-racing licence, which
   * should not be born inside its own renewal window): see lib/time/birthday.
   */
  | { type: "birthday"; dateOfBirth: IsoDate; atLeastDays: number };

/** The last day of what is issued on `day` under this validity. */
export function lastDayOf(validity: Validity, day: IsoDate): IsoDate {
  switch (validity.type) {
    case "term":
      return addYears(day, validity.years);
    case "until":
      return validity.lastDay;
    case "birthday":
      return nextBirthday(day, validity.dateOfBirth, validity.atLeastDays);
  }
}

export type IssuedRecord = {
  /** The licence kind on file (prisma LicenceKind). */
  licenceKind: string;
  /** "SOP" → SOP-2026-123456. */
  numberPrefix: string;
  validity: Validity;
  premises: { name: string; address: unknown; areas: AreaRecord[] } | null;
  details: CertificateDetail[] | null;
};

/** The licence an application is on (renewal, change, transfer), as its rules need it. */
export type LicenceFacts = {
  id: string;
  kind: string;
  number: string;
  status: string;
  expiresOn: IsoDate;
  termYears: number | null;
  areas: ExistingArea[];
  details: CertificateDetail[] | null;
};

/** What approval does; the data layer carries it out on the application's licence or a new one. */
export type ApprovalEffect =
  /** A new licence, permit or registration for the applicant. */
  | { type: "issue"; issued: IssuedRecord }
  /**
   * The licence runs for more years from its current expiry date; with `dateOfBirth`, it ends on
   * the holder's birthday in that year (29 February kept in leap years).
   */
  | { type: "extend"; years: number; dateOfBirth?: IsoDate }

  /** The licence's areas, printed details or last day change; the before and after are kept. */
  | {
      type: "amend";
      areas?: { add: AreaRecord[]; update: ExistingArea[]; remove: string[] };
      details?: CertificateDetail[];
      lastDay?: IsoDate;
    }
  /** The licence moves to the applicant's entity (a sale); the seller's access ends. */
  | { type: "transfer" }
  /** Nothing changes on the licence: what was filed (a report, a consent) is kept on file, accepted. */
  | { type: "record" };

/**
 * A person with a role in the holder, as the Commission keeps them (prisma EntityPerson); or an
 * associated entity (role associated_entity), named by its organisation name, its names empty.
 */
export type PersonRecord = {
  firstName: string;
  lastName: string;
  /** A person's own e-mail; an entity's signing officer's. */
  email: string | null;
  /** officer, director, shareholder, partner, sole_proprietor, premises_manager or associated_entity. */
  role: string;
  /** Shareholders (a person, or an entity held as one): the share held, in basis points (10000 = 100 %). */
  shareBasisPoints: number | null;
  /** An associated entity's legal name; absent or null for a person. */
  organisationName?: string | null;
  /** An associated entity's tie to the holder (prisma EntityRelationship); absent or null for a person. */
  relationship?: string | null;
};

/**
 * The holder's people an application discloses, put on file when it is approved: each listed
 * person not on file joins it. For the roles in `completeFor` the list is the whole truth (a
 * renewal reviews its people), so anyone on file in one of those roles who is not listed leaves.
 */
export type DisclosedPeople = { people: PersonRecord[]; completeFor: readonly string[] };

/** Which fee-schedule row prices the application, and how many times. */
export type FeeBasis = {
  /** The fee schedule's kind: the application kind, or a variant of it (special_occasion_sale). */
  scheduleKind: string;
  action: "new" | "renewal" | "change" | "transfer";
  termYears: number | null;
  /** Days, sites…: the row's amount is paid this many times. */
  quantity: number;
};

/**
 * The file an application quotes by its number (a lottery licence quotes its organisation's
 * charitable gaming eligibility), as the data layer found it for this applicant: a licence their
 * account is linked to, an application of their own (perhaps still in progress), or nothing they
 * may quote. `holderId` is the entity that holds it (for an application, once approved).
 */
export type QuotedFile =
  | { type: "licence"; status: string; holderId: string }
  | { type: "application"; status: string; holderId: string | null }
  | { type: "unknown" };

/** The context the kind's rules are judged in. */
export type RuleContext = {
  today: IsoDate;
  licence: LicenceFacts | null;
  /** What the answers quote, for a kind that quotes a file; null when nothing is quoted yet. */
  quoted?: QuotedFile | null;
  /** While the applicant drafts and submits (the default), or when an officer approves. */
  stage?: "draft" | "approval";
};

export type KindOutcome = {
  applicant: ApplicantRule;
  /**
   * The applicant the answers describe. Omitted for a kind applied for on a licence the account
   * holds (renewal, change): the licence's holder applies.
   */
  applicantRecord?: (answers: SavedAnswers) => ApplicantRecord | null;
  /** What approval does. */
  approval: (answers: SavedAnswers, context: RuleContext) => ApprovalEffect;
  /** The people approval puts on (or takes off) the holder's file; omitted when the kind discloses nobody. */
  people?: (answers: SavedAnswers) => DisclosedPeople;
  /**
   * The fee; null while the answers do not say enough to price it, "none" when these answers owe
   * nothing (the file is then submitted without an order).
   */
  fee: (answers: SavedAnswers) => FeeBasis | "none" | null;
  /**
   * "staff": an officer reviews every file. Otherwise the file is issued as soon as it is paid when
   * the answers meet every rule, and goes to an officer when they do not.
   */
  review: "staff" | { issuedOnPaymentWhen: (answers: SavedAnswers, context: RuleContext) => boolean };
  /**
   * Rules the server enforces before the draft starts (on the start section's answers) and again at
   * submission: each broken rule is a message key in the kind's namespace (`rules.<key>`), with values.
   */
  blockers?: (answers: SavedAnswers, context: RuleContext) => RuleBreach[];
};

/** A broken rule: `rules.<rule>` in the kind's messages, with its values, and the section where it is fixed. */
export type RuleBreach = { rule: string; section?: string; values?: Record<string, string | number> };

export { daysBetween } from "@/lib/time/commission-date";
