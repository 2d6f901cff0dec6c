import { dictionary } from "@zxcvbn-ts/language-common";

import { checkPasswordRule, type PasswordRuleProblem } from "./password-rule";

/**
 * Server-side password check: the seed's rule (password-rule.ts) plus a blocklist of common
 * passwords (zxcvbn's list of ~49,000, too big to send to browsers) and of the portal's own words,
 * and the user's own name or e-mail. Nothing is truncated.
 */
export type PasswordProblem = PasswordRuleProblem | "passwordTooCommon" | "passwordPersonal";

const commonPasswords = new Set(dictionary["passwords-common"]);

/** Words anyone would try against this portal. */
const portalWords = new Set([
  "commission",
  "permis",
  "permit",
  "licence",
  "license",
  "licences",
  "licenses",
  "portail",
  "portal",
  "alcool",
  "alcohol",
  "liquor",
  "jeux",
  "gaming",
  "icajo",
  "iagco",
  "agco",
  "cajo",
  "ontario",
  "motdepasse",
  "password",
]);

/** "Password123!" → "password": the word once the usual decorations are stripped. */
function core(password: string): string {
  return password
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/^[^a-z]+|[^a-z]+$/g, "");
}

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  const word = core(password);
  return commonPasswords.has(lower) || commonPasswords.has(word) || portalWords.has(word) || /^(.)\1+$/.test(lower);
}

function isPersonal(password: string, personal: PersonalDetails): boolean {
  const lower = password.toLowerCase();
  const email = personal.email?.trim().toLowerCase() ?? "";
  const localPart = email.split("@")[0] ?? "";
  const names = [personal.firstName, personal.lastName].map((name) => name?.trim().toLowerCase() ?? "");
  return [email, localPart, ...names].some(
    (value) => value.length >= 3 && (lower === value || core(password) === core(value)),
  );
}

export type PersonalDetails = { email?: string; firstName?: string; lastName?: string };

/** The first problem with a password, or null when it is acceptable. */
export function checkPassword(password: string, personal: PersonalDetails = {}): PasswordProblem | null {
  const ruleProblem = checkPasswordRule(password);
  if (ruleProblem) return ruleProblem;
  if (isCommon(password)) return "passwordTooCommon";
  if (isPersonal(password, personal)) return "passwordPersonal";
  return null;
}
