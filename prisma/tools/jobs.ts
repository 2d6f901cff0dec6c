/**
 * `npm run jobs -- [name ...]`: runs the named scheduled jobs (all of them without a name) once against
 * the configured database (DATABASE_URL, else the PGlite folder), as Vercel Cron does through
 * /api/cron/<job>. PGlite allows one process per folder: while `npm run dev` serves that folder, call
 * http://localhost:3000/api/cron/<job> instead.
 */
import { register } from "node:module";
import { openDatabase } from "@/lib/db/create-client";
import { databaseTarget, describeTarget } from "@/lib/db/target";

/**
 * The jobs are server code and import "server-only", a marker that throws unless it is resolved with
 * React's "react-server" condition, as Next.js does for the server. This script is server code too, so
 * it resolves that one package the same way (as vitest.config.ts aliases it for tests). Only that
 * package: others, next-intl among them, must keep their ordinary builds.
 */
const serverOnlyHook = `
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}`;
register(`data:text/javascript,${encodeURIComponent(serverOnlyHook)}`);

async function main(): Promise<void> {
  // Imported once the hook is in place (static imports would be resolved before it).
  const { isJobName, jobNames, runJob } = await import("@/lib/jobs");
  const { setScriptDatabase } = await import("@/lib/db/client");

  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !isJobName(name));
  if (unknown.length > 0) {
    throw new Error(`Unknown job: ${unknown.join(", ")}. Jobs: ${jobNames.join(", ")}`);
  }
  const names = requested.length > 0 ? requested.filter(isJobName) : jobNames;

  const target = databaseTarget();
  const { db, close } = openDatabase(target);
  setScriptDatabase(db);
  console.log(`Running ${names.join(", ")} on ${describeTarget(target)}`);
  try {
    for (const name of names) console.log(`${name}: ${JSON.stringify(await runJob(name))}`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(`Jobs failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
