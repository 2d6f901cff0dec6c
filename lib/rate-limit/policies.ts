/**
 * How many attempts each sensitive action allows, and for how long a key stays locked once it has
 * used them up. Keyed per account (the normalised e-mail, whether or not it has an account, so a
 * lockout reveals nothing) and per IP address.
 */
export type LimitPolicy = {
  /** Attempts allowed within `durationSeconds`. */
  points: number;
  durationSeconds: number;
  /** Once exceeded, every attempt is refused for this long — the right secret included. */
  blockSeconds: number;
};

const minutes = (count: number) => count * 60;

export const limitPolicies = {
  signInFailuresByAccount: { points: 5, durationSeconds: minutes(15), blockSeconds: minutes(15) },
  signInFailuresByIp: { points: 50, durationSeconds: minutes(60), blockSeconds: minutes(60) },
  registrationByAccount: { points: 3, durationSeconds: minutes(60), blockSeconds: minutes(60) },
  registrationByIp: { points: 20, durationSeconds: minutes(60), blockSeconds: minutes(60) },
  passwordResetByAccount: { points: 3, durationSeconds: minutes(60), blockSeconds: minutes(60) },
  passwordResetByIp: { points: 20, durationSeconds: minutes(60), blockSeconds: minutes(60) },
  /** Inquiries and change requests are messages to staff: plenty for a person, a wall for a script. */
  messagesToStaffByAccount: { points: 20, durationSeconds: minutes(60), blockSeconds: minutes(60) },
  accessCodeByAccount: { points: 5, durationSeconds: minutes(60), blockSeconds: minutes(60) },
  accessCodeByIp: { points: 20, durationSeconds: minutes(60), blockSeconds: minutes(60) },
  /**
   * Disclosure e-mails go to people who have no account: one point per e-mail, per application.
   * A list holds up to 50 people, so a first send of a full list and a few corrections fit; a
   * script changing addresses to send again and again does not.
   */
  disclosureEmailsByApplication: { points: 60, durationSeconds: minutes(60), blockSeconds: minutes(60) },
  // The public licence check: generous for a person or an inspector, too slow to walk the register.
  licenceVerificationByIp: { points: 30, durationSeconds: minutes(10), blockSeconds: minutes(10) },
  /** The public feedback page: a few messages an hour from one address, no account needed. */
  portalFeedbackByIp: { points: 5, durationSeconds: minutes(60), blockSeconds: minutes(60) },
} satisfies Record<string, LimitPolicy>;

export type LimitName = keyof typeof limitPolicies;
