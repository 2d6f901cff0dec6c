import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import type { DatabaseTarget } from "./target";
import { newPglite } from "./pglite";

export type Database = PrismaClient;

export type OpenDatabase = {
  db: Database;
  /** Disconnects Prisma and, for PGlite, closes the data folder cleanly (scripts and tests). */
  close: () => Promise<void>;
};

/** Builds a Prisma client over the driver adapter that the target needs. Callers never branch on it. */
export function openDatabase(target: DatabaseTarget, existingPglite?: PGlite): OpenDatabase {
  if (target.kind === "postgres") {
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url, max: 10 }) });
    return { db, close: () => db.$disconnect() };
  }
  const pglite = existingPglite ?? newPglite(target.dataDir);
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    db,
    close: async () => {
      await db.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}
