import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as runtime from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { newPglite } from "./pglite";

/**
 * Prisma's schema engine, compiled to WebAssembly, used offline to compute migration SQL: the native
 * engine the Prisma CLI wants cannot be downloaded on these machines (DESIGN.md, "Migrations without
 * network access"). Development tooling only: nothing the app runs in production imports this file.
 */

type SchemaEngine = runtime.SchemaEngine;

/** The engine reports a Rust panic here just before it traps; we keep the message for the error we throw. */
const panicRegistry = {
  lastMessage: "",
  set_message(message: string) {
    panicRegistry.lastMessage = message;
  },
};

let runtimeReady: Promise<void> | undefined;

/**
 * Instantiates the wasm module once per process, as the package's own loader does: wasm-bindgen keeps
 * the instance in module state, and a second instantiation breaks it. Node 20 cannot `import` a .wasm
 * file, so we compile the bytes ourselves and give it `schema_engine_bg.js` as its import object.
 */
function loadRuntime(): Promise<void> {
  runtimeReady ??= (async () => {
    // The package exports only its JavaScript; the .wasm file sits beside schema_engine_bg.js.
    const bindings = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bindings), "schema_engine_bg.wasm"));
    const instance = await WebAssembly.instantiate(await WebAssembly.compile(bytes), {
      "./schema_engine_bg.js": runtime,
    });
    runtime.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === "function") start();
  })();
  return runtimeReady;
}

/** A readable error: the panic message rather than wasm's bare "unreachable". */
function engineError(error: unknown): Error {
  if (error instanceof WebAssembly.RuntimeError && panicRegistry.lastMessage) {
    return new Error(`Prisma schema engine panicked: ${panicRegistry.lastMessage}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

async function withSchemaEngine<T>(work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  // Set on every use: the Prisma client installs its own registry when it loads in the same process.
  Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: panicRegistry });
  panicRegistry.lastMessage = "";
  await loadRuntime();
  // The engine insists on a driver adapter, and connects it, even for diffs between two datamodels
  // that never read a database: an in-memory PGlite is the one we can always provide.
  const pglite = newPglite();
  let engine: SchemaEngine | undefined;
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
    engine = await runtime.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
    return await work(engine);
  } catch (error) {
    // A panicked engine stays borrowed and `free()` would throw over the panic message: leave it.
    if (error instanceof WebAssembly.RuntimeError) engine = undefined;
    throw engineError(error);
  } finally {
    engine?.free();
    await pglite.close();
  }
}

/**
 * Stands for an empty database. The engine's own `{ tag: "empty" }` would start the script with
 * `CREATE SCHEMA IF NOT EXISTS "public"`, which `prisma migrate dev` never writes (its shadow database
 * already has that schema); a datamodel without models gives exactly migrate dev's first migration.
 */
const EMPTY_DATABASE = 'datasource db {\n  provider = "postgresql"\n}\n';
const EMPTY_MIGRATION = "-- This is an empty migration.";

function datamodel(content: string): runtime.DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] };
}

/**
 * The SQL that takes a database from `fromSchema` (null: an empty database) to `toSchema`, as
 * `prisma migrate diff --script` prints it. "" when the schemas need no change.
 */
export async function diffSchemas(fromSchema: string | null, toSchema: string): Promise<string> {
  const { stdout } = await withSchemaEngine((engine) =>
    engine.diff({
      from: datamodel(fromSchema ?? EMPTY_DATABASE),
      to: datamodel(toSchema),
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    }),
  );
  const script = stdout ?? "";
  return script.trim() === "" || script.trim() === EMPTY_MIGRATION ? "" : script;
}
