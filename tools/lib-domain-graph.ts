/**
 * The import graph between lib/ domains: a file under lib/<domain>/ that imports lib/<other>/… is an edge
 * domain → other. Pure functions (no file system), so `tools/check-lib-cycles.ts` reads the tree and the
 * unit test gives them sources directly.
 */
import path from "node:path";
import ts from "typescript";

export type SourceFile = { path: string; source: string };

/** domain → the domains it imports → the files (relative to the root) that import them. */
export type DomainGraph = Map<string, Map<string, string[]>>;

export type DomainCycle = {
  /** The domains that reach each other, sorted. */
  domains: string[];
  /** Each edge between them, with the files that make it. */
  edges: { from: string; to: string; files: string[] }[];
};

/** The lib/ domain a root-relative path belongs to, or null outside lib/<domain>/. */
export function libDomainOf(filePath: string): string | null {
  const match = /^lib\/([^/]+)\//.exec(filePath.split(path.sep).join("/"));
  return match?.[1] ?? null;
}

/** The domain an import points to: "lib/audit" (its index) or "lib/audit/queries". */
function importedDomainOf(target: string): string | null {
  return /^lib\/([^/.]+)(?:\/|$)/.exec(target)?.[1] ?? null;
}

/** Every module specifier a file names: static imports, re-exports, `import type` and `import()`. */
export function importedSpecifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** The root-relative path a specifier points to ("@/…" or relative), or null for a package. */
function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith("./") || specifier.startsWith("../")) {
    return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  }
  return null;
}

export function buildDomainGraph(files: SourceFile[]): DomainGraph {
  const graph: DomainGraph = new Map();
  for (const file of files) {
    const from = libDomainOf(file.path);
    if (!from) continue;
    const edges = graph.get(from) ?? new Map<string, string[]>();
    graph.set(from, edges);
    for (const specifier of importedSpecifiers(file.source)) {
      const target = resolveSpecifier(file.path, specifier);
      const to = target ? importedDomainOf(target) : null;
      if (!to || to === from) continue;
      const importers = edges.get(to) ?? [];
      if (!importers.includes(file.path)) importers.push(file.path);
      edges.set(to, importers);
    }
  }
  return graph;
}

/** The groups of domains that import each other, directly or through others (Tarjan's components). */
export function findDomainCycles(graph: DomainGraph): DomainCycle[] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;

  const visit = (domain: string): void => {
    index.set(domain, next);
    lowLink.set(domain, next);
    next += 1;
    stack.push(domain);
    onStack.add(domain);
    for (const to of graph.get(domain)?.keys() ?? []) {
      if (!index.has(to)) {
        visit(to);
        lowLink.set(domain, Math.min(lowLink.get(domain) ?? 0, lowLink.get(to) ?? 0));
      } else if (onStack.has(to)) {
        lowLink.set(domain, Math.min(lowLink.get(domain) ?? 0, index.get(to) ?? 0));
      }
    }
    if (lowLink.get(domain) !== index.get(domain)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== domain);
    if (component.length > 1) components.push(component.sort());
  };

  for (const domain of [...graph.keys()].sort()) if (!index.has(domain)) visit(domain);

  return components
    .sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""))
    .map((domains) => ({
      domains,
      edges: domains.flatMap((from) =>
        domains
          .filter((to) => graph.get(from)?.has(to))
          .map((to) => ({ from, to, files: [...(graph.get(from)?.get(to) ?? [])].sort() })),
      ),
    }));
}
