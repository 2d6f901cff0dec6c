import { readFile } from "node:fs/promises";
import path from "node:path";

import { listMigrations, MIGRATIONS_DIR, MigrationError } from "./migrations";
import { diffSchemas } from "./schema-engine";

/**
 * Each migration folder keeps the schema it was made from (`schema.prisma` beside `migration.sql`),
 * so the next migration is the diff between the newest copy and `prisma/schema.prisma`. Kept apart
 * from the runner: the runner ships with the app, the schema engine is a development tool.
 */

export const SCHEMA_PATH = path.resolve("prisma", "schema.prisma");
export const SNAPSHOT_FILE = "schema.prisma";

/** The schema the newest migration was made from; null when there is no migration yet. */
export async function newestSnapshot(migrationsDir: string = MIGRATIONS_DIR): Promise<string | null> {
  const newest = (await listMigrations(migrationsDir)).at(-1);
  if (!newest) return null;
  const file = path.join(migrationsDir, newest.name, SNAPSHOT_FILE);
  return readFile(file, "utf8").catch(() => {
    throw new MigrationError(
      `Migration ${newest.name} has no ${SNAPSHOT_FILE}: copy into it the prisma/schema.prisma it was written for.`,
    );
  });
}

/**
 * The SQL a new migration would need for `schema` (by default prisma/schema.prisma); "" when the
 * migrations already cover it. A test asserts "", so a schema change without a migration fails CI.
 */
export async function pendingSchemaChange(options: { migrationsDir?: string; schema?: string } = {}): Promise<string> {
  const schema = options.schema ?? (await readFile(SCHEMA_PATH, "utf8"));
  return diffSchemas(await newestSnapshot(options.migrationsDir), schema);
}
