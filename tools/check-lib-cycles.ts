/**
 * `npm run lint` runs this after ESLint: lib/'s domains must import each other one way only. Fails with
 * the domains that reach each other and the files that make each edge.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildDomainGraph, findDomainCycles, type SourceFile } from "./lib-domain-graph";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const skipped = new Set(["lib/db/generated"]);

function readSources(dir: string): SourceFile[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return skipped.has(relative) ? [] : readSources(relative);
    if (!/\.(ts|tsx|mts|mjs|js)$/.test(entry.name)) return [];
    return [{ path: relative, source: readFileSync(path.join(root, relative), "utf8") }];
  });
}

const cycles = findDomainCycles(buildDomainGraph(readSources("lib")));
if (cycles.length > 0) {
  console.error("lib/ domains that import each other (make the imports run one way):");
  for (const cycle of cycles) {
    console.error(`\n  ${cycle.domains.join(", ")}`);
    for (const edge of cycle.edges) console.error(`    ${edge.from} → ${edge.to}: ${edge.files.join(", ")}`);
  }
  process.exit(1);
}
console.log("lib/ domains import each other one way.");
