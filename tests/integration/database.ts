import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "@/lib/db/create-client";
import { applyMigrations, openExecutor, pgliteExecutor } from "@/lib/db/migrations";
import { setDatabaseForTests } from "@/lib/db/client";
import { isPostgresUrl } from "@/lib/db/target";
import { createPglite } from "@/lib/db/pglite";

export type TestDatabase = { db: Database; close: () => Promise<void> };

/**
 * A fresh, migrated database for one test file, made the process's database (getDb()).
 * In-memory PGlite by default; a new PostgreSQL database on the server named by DATABASE_URL
 * when it points at PostgreSQL (as in CI), dropped again on close.
 */
export async function openFreshTestDatabase(): Promise<TestDatabase> {
  const database = isPostgresUrl(process.env.DATABASE_URL)
    ? await freshPostgresDatabase(process.env.DATABASE_URL)
    : await freshPgliteDatabase();
  setDatabaseForTests(database.db);
  return database;
}

async function freshPgliteDatabase(): Promise<TestDatabase> {
  const pglite = await createPglite();
  await applyMigrations(pgliteExecutor(pglite), { log: () => {} });
  return openDatabase({ kind: "pglite", dataDir: "memory://" }, pglite);
}

async function freshPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const executor = await openExecutor({ kind: "postgres", url: url.toString() });
  try {
    await applyMigrations(executor, { log: () => {} });
  } finally {
    await executor.close();
  }
  const database = openDatabase({ kind: "postgres", url: url.toString() });
  return {
    db: database.db,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
