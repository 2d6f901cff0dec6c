/**
 * Prints the URL of an empty PostgreSQL database for the journeys' server, made on the server that
 * DATABASE_URL names (dropped first if an earlier run left it). PostgreSQL runs in its own process,
 * so on CI's two cores the server and the database share the work instead of the embedded PGlite
 * running queries on the server's one JavaScript thread.
 *
 * Usage: node tests/e2e/fresh-database.mjs <name>
 */
import pg from "pg";

const name = process.argv[2];
if (!/^[a-z0-9_]+$/.test(name ?? "")) throw new Error("usage: fresh-database.mjs <name of [a-z0-9_]>");

const serverUrl = process.env.DATABASE_URL;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${name}"`);
await admin.end();

const url = new URL(serverUrl);
url.pathname = `/${name}`;
console.log(url.toString());
