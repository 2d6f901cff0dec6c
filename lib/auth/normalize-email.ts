/** E-mail addresses are compared trimmed and lower-cased: the sign-in identifier is case-insensitive. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
