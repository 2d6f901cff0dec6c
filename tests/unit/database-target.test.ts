import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseTarget, describeTarget } from "@/lib/db/target";

describe("databaseTarget", () => {
  it("uses PostgreSQL for a postgres:// or postgresql:// URL", () => {
    expect(databaseTarget({ DATABASE_URL: "postgresql://u:p@db:5432/portal" })).toEqual({
      kind: "postgres",
      url: "postgresql://u:p@db:5432/portal",
    });
    expect(databaseTarget({ DATABASE_URL: "postgres://db/portal" }).kind).toBe("postgres");
  });

  it("falls back to an embedded PGlite folder under .data/", () => {
    expect(databaseTarget({})).toEqual({ kind: "pglite", dataDir: path.resolve(".data/pglite") });
    expect(databaseTarget({ DATABASE_URL: "file:./dev.db" }).kind).toBe("pglite");
  });

  it("takes the PGlite folder from PGLITE_DATA_DIR, including in-memory", () => {
    expect(databaseTarget({ PGLITE_DATA_DIR: "/tmp/x" })).toEqual({ kind: "pglite", dataDir: "/tmp/x" });
    expect(databaseTarget({ PGLITE_DATA_DIR: "memory://" })).toEqual({ kind: "pglite", dataDir: "memory://" });
  });
});

describe("describeTarget", () => {
  it("never prints a password", () => {
    const text = describeTarget({ kind: "postgres", url: "postgresql://user:s3cret@db.example:6543/portal" });
    expect(text).toBe("PostgreSQL (db.example:6543/portal)");
    expect(text).not.toContain("s3cret");
  });

  it("never falls back to the embedded database on Vercel, so a build without DATABASE_URL stops", () => {
    expect(() => databaseTarget({ VERCEL: "1" })).toThrow(/DATABASE_URL .* is required on Vercel/);
    expect(databaseTarget({ VERCEL: "1", DATABASE_URL: "postgresql://db/portal" }).kind).toBe("postgres");
  });
});
