/**
 * `npm run db:migrate`: applies the pending migrations of prisma/migrations to the configured database
 * (DATABASE_URL, else the PGlite folder), as `prisma migrate deploy` would. Run it before the server
 * starts: two processes must never share a PGlite folder.
 */
import { applyMigrations, openExecutor } from "../../lib/db/migrations";
import { databaseTarget, describeTarget } from "../../lib/db/target";

async function main(): Promise<void> {
  const target = databaseTarget();
  console.log(`Migrating ${describeTarget(target)}`);
  const db = await openExecutor(target);
  try {
    const { applied } = await applyMigrations(db, { log: (message) => console.log(message) });
    console.log(applied.length === 0 ? "Database is up to date" : `Applied ${applied.length} migration(s)`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
