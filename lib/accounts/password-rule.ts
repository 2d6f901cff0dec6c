/**
 * The seed's password rule on its own — at least 8 characters and at least one digit, one
 * upper-case letter or one special character — light enough to run in the browser. The server adds
 * the blocklist (password-policy.ts).
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordRuleProblem = "passwordTooShort" | "passwordTooLong" | "passwordNeedsVariety";

/** Length in characters as a person counts them (an emoji or "é" is one), not UTF-16 units. */
function characterCount(password: string): number {
  return [...password.normalize("NFC")].length;
}

function hasVariety(password: string): boolean {
  return /\p{Nd}/u.test(password) || /\p{Lu}/u.test(password) || /[^\p{L}\p{Nd}\s]/u.test(password);
}

export function checkPasswordRule(password: string): PasswordRuleProblem | null {
  const length = characterCount(password);
  if (length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  if (!hasVariety(password)) return "passwordNeedsVariety";
  return null;
}
