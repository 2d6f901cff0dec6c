import "server-only";
import { openDatabase, type Database } from "./create-client";
import { databaseTarget } from "./target";

/**
 * The one Prisma client of the process, created on first use (never at import, so `next build`
 * does not open the database). Kept on globalThis so dev-server reloads reuse it: two PGlite
 * instances on one folder would corrupt it.
 */
const holder = globalThis as typeof globalThis & { __portalDb?: Database };

export function getDb(): Database {
  holder.__portalDb ??= openDatabase(databaseTarget()).db;
  return holder.__portalDb;
}

/**
 * Command-line scripts (`npm run jobs`) open the database themselves, so that they can close it at
 * exit (PGlite must shut its folder down cleanly), and make it the one getDb() returns.
 */
export function setScriptDatabase(database: Database): void {
  holder.__portalDb = database;
}

/** Tests point the process at their own fresh database (see tests/integration/database.ts). */
export function setDatabaseForTests(database: Database): void {
  if (process.env.NODE_ENV !== "test") throw new Error("setDatabaseForTests is for tests only");
  holder.__portalDb = database;
}

export type { Database };
