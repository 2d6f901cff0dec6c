import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * Every embedded PGlite the portal opens (the server, migrations, the schema engine's scratch
 * database, tests) comes from here, with the extensions the migrations create: PostgreSQL has them
 * built in, PGlite loads each on request. pg_trgm backs the staff searches' trigram indexes.
 */
const options: PGliteOptions = { extensions: { pg_trgm } };

/** Opens a PGlite at once (the data folder, or in memory without one); it gets ready on first use. */
export function newPglite(dataDir?: string): PGlite {
  return new PGlite(dataDir, options);
}

/** Opens a PGlite and waits until it is ready. */
export function createPglite(dataDir?: string): Promise<PGlite> {
  return PGlite.create(dataDir, options);
}
