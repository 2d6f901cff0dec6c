/**
 * Staff search boxes: the term as searched (trimmed, at most 100 characters), or null when it is
 * too short to search (under 2 characters) and the caller shows no results.
 */
export function searchTerm(query: string): string | null {
  const term = query.trim();
  return term.length < 2 ? null : term.slice(0, 100);
}

/**
 * A case-insensitive "contains" filter on a text column. Prisma passes the value into a LIKE pattern
 * as is, so LIKE's own characters are escaped: "%" searches for a percent sign, not for everything.
 */
export const containsText = (value: string) => ({
  contains: value.replace(/[\\%_]/g, (character) => `\\${character}`),
  mode: "insensitive" as const,
});
