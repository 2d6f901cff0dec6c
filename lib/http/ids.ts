/**
 * Record ids arrive in URLs and forms: anything that isn't a UUID is simply "not found", before
 * it reaches a query (PostgreSQL would reject it as a uuid column value with a 500).
 */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
