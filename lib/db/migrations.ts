import { createHash, randomUUID } from "node:crypto";
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";

import type { PGliteInterface } from "@electric-sql/pglite";
import pg from "pg";

import type { DatabaseTarget } from "./target";
import { createPglite } from "./pglite";

/**
 * Applies `prisma/migrations/<name>/migration.sql` folders in order, recording each in
 * `_prisma_migrations` exactly as `prisma migrate deploy` does, so that Prisma's own engine can take
 * over wherever it is available. Each migration and its record are committed in one transaction: a
 * failing migration leaves the database as it was and is not recorded.
 */

export const MIGRATIONS_DIR = path.resolve("prisma", "migrations");

/** Prisma's advisory lock key (`pg_advisory_lock(72707369)`): our runner and Prisma's exclude each other. */
const MIGRATION_LOCK_KEY = 72707369;

/** Prisma's statement (schema engine, PostgreSQL flavour), so the table is the one Prisma expects. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

// ---------------------------------------------------------------------------------------------------
// Executors: the little the runner needs from a database, for PGlite and for node-postgres.

export type Row = Record<string, unknown>;

export interface SqlSession {
  /** One statement, with `$1`-style parameters. */
  query<R extends Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** A script of any number of statements, without parameters. */
  exec(script: string): Promise<void>;
}

export interface SqlExecutor extends SqlSession {
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T>;
  /** Closes the connection (or the PGlite database) behind the executor. */
  close(): Promise<void>;
}

/**
 * Runs migration SQL with PGlite's own `exec`: pglite-prisma-adapter's `executeScript` does not await
 * its work, so a failing script would look successful (STACK-NOTES.md).
 */
export function pgliteExecutor(db: PGliteInterface): SqlExecutor {
  const session = (target: Pick<PGliteInterface, "query" | "exec">): SqlSession => ({
    query: async <R extends Row>(sql: string, params?: readonly unknown[]) =>
      (await target.query<R>(sql, params ? [...params] : undefined)).rows,
    exec: async (script) => void (await target.exec(script)),
  });
  return {
    ...session(db),
    transaction: (work) => db.transaction((tx) => work(session(tx))),
    close: () => db.close(),
  };
}

export function postgresExecutor(client: pg.Client): SqlExecutor {
  const session: SqlSession = {
    // node-postgres types rows as `any`; the caller names the shape it selected.
    query: async <R extends Row>(sql: string, params?: readonly unknown[]) =>
      (await client.query(sql, params ? [...params] : undefined)).rows as R[],
    // Without parameters node-postgres uses the simple query protocol, which accepts many statements.
    exec: async (script) => void (await client.query(script)),
  };
  return {
    ...session,
    async transaction(work) {
      await client.query("BEGIN");
      try {
        const result = await work(session);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    close: () => client.end(),
  };
}

export async function openExecutor(target: DatabaseTarget): Promise<SqlExecutor> {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return postgresExecutor(client);
  }
  if (!target.dataDir.startsWith("memory://")) await mkdir(path.dirname(target.dataDir), { recursive: true });
  return pgliteExecutor(await createPglite(target.dataDir));
}

// ---------------------------------------------------------------------------------------------------
// Migration files.

export type Migration = {
  /** The folder name, e.g. `20261126193000_init`: the order, and the name Prisma records. */
  name: string;
  script: string;
  /** sha256 of the file's bytes, in hex, as Prisma computes it. */
  checksum: string;
};

export class MigrationError extends Error {
  override name = "MigrationError";
}

function sha256(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

/** The migration folders of `dir` in the order they apply (lexical, like Prisma); none if `dir` is absent. */
export async function listMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(names.map((name) => readMigration(dir, name)));
}

async function readMigration(dir: string, name: string): Promise<Migration> {
  const file = path.join(dir, name, "migration.sql");
  const bytes = await readFile(file).catch(() => {
    throw new MigrationError(`Migration folder ${name} has no migration.sql (${file}).`);
  });
  return { name, script: bytes.toString("utf8"), checksum: sha256(bytes) };
}

/**
 * Each migration already runs in its own transaction; a COMMIT inside it would end that transaction
 * early, so a later failure would leave the migration half applied and unrecorded. Function bodies
 * (`$$ ... $$`) are skipped: PL/pgSQL's `BEGIN ... END;` is not transaction control.
 */
function assertNoTransactionControl({ name, script }: Migration): void {
  const outsideBodies = script.replace(/\$(\w*)\$[\s\S]*?\$\1\$/g, "");
  const statement = /^\s*(BEGIN|START\s+TRANSACTION|COMMIT|ROLLBACK)\s*;/im.exec(outsideBodies);
  if (statement) {
    throw new MigrationError(
      `Migration ${name} contains "${statement[0].trim()}", but each migration already runs in one ` +
        `transaction: remove its BEGIN/COMMIT lines.`,
    );
  }
}

/**
 * Prisma accepts a recorded checksum computed with other line endings (git may rewrite them on
 * checkout), so a checkout on Windows is not mistaken for an edit.
 */
function matchesChecksum(migration: Migration, checksum: string): boolean {
  const { script } = migration;
  const variants = [script.replace(/\r\n/g, "\n"), script.replace(/\r?\n/g, "\r\n")];
  return checksum === migration.checksum || variants.some((variant) => sha256(variant) === checksum);
}

// ---------------------------------------------------------------------------------------------------
// The runner.

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null };

async function withMigrationLock<T>(db: SqlExecutor, work: () => Promise<T>): Promise<T> {
  // Blocks while another process migrates; that process's work is then seen as already applied.
  await db.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    return await work();
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

async function readHistory(db: SqlExecutor): Promise<HistoryRow[]> {
  const [table] = await db.query<{ exists: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists");
  if (!table?.exists) await db.exec(CREATE_MIGRATIONS_TABLE);
  // Rolled-back rows are history only, as for Prisma (`prisma migrate resolve --rolled-back`).
  return db.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at FROM _prisma_migrations
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
}

/** Refuses to build on a history that is not what the files say. */
function assertHistoryMatches(history: HistoryRow[], migrations: Migration[]): void {
  const unfinished = history.find((row) => row.finished_at === null);
  if (unfinished) {
    const name = unfinished.migration_name;
    throw new MigrationError(
      `Migration ${name} failed or was interrupted (it has no finished_at in _prisma_migrations). ` +
        `Check what it changed and repair the database by hand, then mark it rolled back ` +
        `(UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '${name}' AND finished_at IS NULL, ` +
        `or \`prisma migrate resolve --rolled-back ${name}\`) and run the migrations again.`,
    );
  }
  for (const row of history) {
    const file = migrations.find((migration) => migration.name === row.migration_name);
    if (file && !matchesChecksum(file, row.checksum)) {
      throw new MigrationError(
        `Migration ${file.name} was edited after it was applied (its checksum no longer matches _prisma_migrations). ` +
          `Restore the applied version from version control and make the change in a new migration ` +
          `(npm run db:migration -- <name>).`,
      );
    }
  }
}

async function applyMigration(db: SqlExecutor, migration: Migration): Promise<void> {
  assertNoTransactionControl(migration);
  try {
    await db.transaction(async (tx) => {
      await tx.exec(migration.script);
      // started_at: now() is the transaction's start; finished_at: clock_timestamp() is the moment of the insert.
      await tx.query(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`, { cause: error });
  }
}

export type ApplyOptions = {
  migrationsDir?: string;
  /** Told the name of each migration as it is applied. */
  log?: (message: string) => void;
};

/** Applies the pending migrations, oldest first; returns the names applied (none when up to date). */
export async function applyMigrations(
  db: SqlExecutor,
  { migrationsDir = MIGRATIONS_DIR, log = () => {} }: ApplyOptions = {},
): Promise<{ applied: string[] }> {
  const migrations = await listMigrations(migrationsDir);
  return withMigrationLock(db, async () => {
    const history = await readHistory(db);
    assertHistoryMatches(history, migrations);
    const done = new Set(history.map((row) => row.migration_name));
    const applied: string[] = [];
    for (const migration of migrations.filter((candidate) => !done.has(candidate.name))) {
      await applyMigration(db, migration);
      log(`Applied ${migration.name}`);
      applied.push(migration.name);
    }
    return { applied };
  });
}
