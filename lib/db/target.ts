import path from "node:path";

/**
 * Which database the portal talks to, decided from configuration alone:
 * PostgreSQL when DATABASE_URL is a postgres(ql):// URL, otherwise an embedded PGlite folder
 * (PGLITE_DATA_DIR, default `.data/pglite`; `memory://` keeps it in memory, for tests).
 */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export const DEFAULT_PGLITE_DIR = ".data/pglite";

export function isPostgresUrl(value: string | undefined): value is string {
  return typeof value === "string" && /^postgres(ql)?:\/\//i.test(value.trim());
}

export function databaseTarget(env: Record<string, string | undefined> = process.env): DatabaseTarget {
  if (isPostgresUrl(env.DATABASE_URL)) return { kind: "postgres", url: env.DATABASE_URL.trim() };
  // An embedded database on Vercel would live in one function instance's scratch space and vanish:
  // the build (npm run vercel-build migrates first) stops here instead.
  if (env.VERCEL === "1")
    throw new Error("DATABASE_URL (postgresql://…) is required on Vercel: the embedded database cannot be used there");
  const dir = env.PGLITE_DATA_DIR?.trim() || DEFAULT_PGLITE_DIR;
  return { kind: "pglite", dataDir: dir.startsWith("memory://") ? dir : path.resolve(/* turbopackIgnore: true */ dir) };
}

/** A description safe to print: never the password of a PostgreSQL URL. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `PGlite (${target.dataDir})`;
  const url = new URL(target.url);
  return `PostgreSQL (${url.hostname}:${url.port || 5432}${url.pathname})`;
}
