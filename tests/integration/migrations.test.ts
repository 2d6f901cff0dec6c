import { createHash, randomBytes } from "node:crypto";
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";

import {
  applyMigrations,
  listMigrations,
  MIGRATIONS_DIR,
  openExecutor,
  pgliteExecutor,
  type SqlExecutor,
} from "../../lib/db/migrations";
import { pendingSchemaChange, SCHEMA_PATH } from "../../lib/db/schema-drift";
import { isPostgresUrl } from "../../lib/db/target";
import { createPglite } from "@/lib/db/pglite";

/**
 * The migration runner against both databases the portal runs on. PostgreSQL is never skipped: when it
 * is unreachable these tests fail (TEST_POSTGRES_URL or DATABASE_URL names a server to use instead).
 */

const ADMIN_URL =
  [process.env.TEST_POSTGRES_URL, process.env.DATABASE_URL].find(isPostgresUrl) ??
  "postgresql://postgres@127.0.0.1:5432/postgres";

type Backend = { name: string; open(): Promise<SqlExecutor> };

/** What each test opened or created, undone after it (newest first). */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Cloning a blank PGlite takes half a second; starting a new one, two. */
let blankPGlite: Promise<PGlite> | undefined;
afterAll(async () => (await blankPGlite)?.close());

const pgliteBackend: Backend = {
  name: "in-memory PGlite",
  open: async () => pgliteExecutor(await (await (blankPGlite ??= createPglite())).clone()),
};

const postgresBackend: Backend = {
  name: "PostgreSQL",
  open: async () => openExecutor({ kind: "postgres", url: await createPostgresDatabase() }),
};

/** A fresh `mig_test_*` database, dropped after the test; returns its URL. */
async function createPostgresDatabase(): Promise<string> {
  const name = `mig_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  cleanups.push(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function openDatabase(backend: Backend): Promise<SqlExecutor> {
  const db = await backend.open();
  cleanups.push(() => db.close());
  return db;
}

/** A temporary copy of prisma/migrations, to break or edit without touching the real one. */
async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function addMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function tableExists(db: SqlExecutor, table: string): Promise<boolean> {
  const [row] = await db.query<{ exists: boolean }>("SELECT to_regclass($1) IS NOT NULL AS exists", [`"${table}"`]);
  return row?.exists === true;
}

type HistoryRow = {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
};

function history(db: SqlExecutor): Promise<HistoryRow[]> {
  return db.query<HistoryRow>("SELECT * FROM _prisma_migrations ORDER BY started_at");
}

const migrationNames = async () => (await listMigrations()).map((migration) => migration.name);

describe.each([pgliteBackend, postgresBackend])("applyMigrations on $name", { timeout: 60_000 }, (backend) => {
  it("creates a table for every model of the schema", async () => {
    const db = await openDatabase(backend);
    const { applied } = await applyMigrations(db);

    expect(applied).toEqual(await migrationNames());
    const models = [...(await readFile(SCHEMA_PATH, "utf8")).matchAll(/^model (\w+)/gm)].map((match) => match[1]);
    expect(models.length).toBeGreaterThan(0);
    for (const model of models) expect(await tableExists(db, model ?? ""), model).toBe(true);
  });

  it("records each migration in _prisma_migrations as Prisma does", async () => {
    const db = await openDatabase(backend);
    await applyMigrations(db);

    const rows = await history(db);
    expect(rows.map((row) => row.migration_name)).toEqual(await migrationNames());
    for (const row of rows) {
      const file = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at?.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
    }
  });

  it("applies nothing when run a second time", async () => {
    const db = await openDatabase(backend);
    await applyMigrations(db);

    expect(await applyMigrations(db)).toEqual({ applied: [] });
    expect(await history(db)).toHaveLength((await migrationNames()).length);
  });

  it("leaves no trace of a failing migration and names it", async () => {
    const dir = await copyOfMigrations();
    await addMigration(
      dir,
      "99990101000000_broken",
      'CREATE TABLE "HalfDone" ("id" INTEGER);\nSELECT no_such_column FROM "HalfDone";\n',
    );
    const db = await openDatabase(backend);

    const failure = applyMigrations(db, { migrationsDir: dir });
    await expect(failure).rejects.toThrow(/99990101000000_broken.*no_such_column/);
    expect(await tableExists(db, "HalfDone")).toBe(false);
    expect((await history(db)).map((row) => row.migration_name)).toEqual(await migrationNames());
    // Not recorded as failed either: once fixed, it simply applies.
    await writeFile(
      path.join(dir, "99990101000000_broken", "migration.sql"),
      'CREATE TABLE "HalfDone" ("id" INTEGER);\n',
    );
    expect(await applyMigrations(db, { migrationsDir: dir })).toEqual({ applied: ["99990101000000_broken"] });
  });

  it("refuses to go on when an applied migration was edited", async () => {
    const dir = await copyOfMigrations();
    const db = await openDatabase(backend);
    await applyMigrations(db, { migrationsDir: dir });
    const [first] = await migrationNames();
    await appendFile(path.join(dir, first ?? "", "migration.sql"), "\n-- edited afterwards\n");
    await addMigration(dir, "99990101000000_later", 'CREATE TABLE "Later" ("id" INTEGER);\n');

    await expect(applyMigrations(db, { migrationsDir: dir })).rejects.toThrow(
      `Migration ${first} was edited after it was applied`,
    );
    expect(await tableExists(db, "Later")).toBe(false);
  });

  it("refuses to go on after a failed migration until it is marked rolled back", async () => {
    const db = await openDatabase(backend);
    await applyMigrations(db);
    await db.query(
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, applied_steps_count) VALUES ($1, $2, $3, 0)",
      ["00000000-0000-4000-8000-000000000000", "0".repeat(64), "20000101000000_crashed"],
    );

    await expect(applyMigrations(db)).rejects.toThrow(/20000101000000_crashed failed or was interrupted.*rolled back/);
    await db.query(
      "UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '20000101000000_crashed'",
    );
    expect(await applyMigrations(db)).toEqual({ applied: [] });
  });
});

describe("applyMigrations on PostgreSQL, from two processes at once", { timeout: 60_000 }, () => {
  it("applies each migration once: the advisory lock makes the second wait", async () => {
    const url = await createPostgresDatabase();
    const [first, second] = await Promise.all([
      openExecutor({ kind: "postgres", url }),
      openExecutor({ kind: "postgres", url }),
    ]);
    cleanups.push(
      () => first.close(),
      () => second.close(),
    );

    const results = await Promise.all([applyMigrations(first), applyMigrations(second)]);

    expect(results.flatMap((result) => result.applied).sort()).toEqual(await migrationNames());
    expect(await history(first)).toHaveLength((await migrationNames()).length);
  });
});

describe("applyMigrations, a migration with its own BEGIN/COMMIT", { timeout: 60_000 }, () => {
  it("is refused, since a COMMIT inside would end the runner's transaction early", async () => {
    const dir = await copyOfMigrations();
    await addMigration(dir, "99990101000000_own_transaction", 'BEGIN;\nCREATE TABLE "Own" ("id" INTEGER);\nCOMMIT;\n');
    const db = await openDatabase(pgliteBackend);

    await expect(applyMigrations(db, { migrationsDir: dir })).rejects.toThrow(
      /99990101000000_own_transaction contains "BEGIN;"/,
    );
    expect(await tableExists(db, "Own")).toBe(false);
  });
});

describe("pendingSchemaChange", { timeout: 60_000 }, () => {
  it("is empty: every change to prisma/schema.prisma has its migration (npm run db:migration -- <name>)", async () => {
    expect(await pendingSchemaChange()).toBe("");
  });

  it("is the SQL of a schema change that has no migration yet", async () => {
    const schema = `${await readFile(SCHEMA_PATH, "utf8")}\nmodel AuditNote {\n  id   Int    @id\n  body String\n}\n`;

    const sql = await pendingSchemaChange({ schema });

    expect(sql).toContain('-- CreateTable\nCREATE TABLE "AuditNote"');
  });
});
