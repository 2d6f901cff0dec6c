/**
 * Online access codes are read aloud over the phone: 15 characters of Crockford's base 32 (no I, L,
 * O or U, so nothing is mistaken for 1, 0 or V), shown in three groups of five — 75 bits of entropy.
 * People may type them in any case, with or without the dashes, and with O for 0 or I/L for 1.
 */
export const ACCESS_CODE_LENGTH = 15;
const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]+$/;

export function normalizeAccessCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

export function isWellFormedAccessCode(input: string): boolean {
  const code = normalizeAccessCode(input);
  return code.length === ACCESS_CODE_LENGTH && CROCKFORD.test(code);
}

/** "K7M2Q9XRTB4HWPD" → "K7M2Q-9XRTB-4HWPD" */
export function formatAccessCode(code: string): string {
  return normalizeAccessCode(code).replace(/(.{5})(?=.)/g, "$1-");
}
