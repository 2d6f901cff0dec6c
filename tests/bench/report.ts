/**
 * Issue 18's targets, and the table that reads each scenario against the floor measured in the same
 * run. Pure: run.ts measures, this judges and formats.
 */
import type { LoadResult } from "./load";

/**
 * public: a page anyone can open, read against the bare prerendered page.
 * signedIn: a signed-in page or action, read against the bare dynamic page.
 * staffQuery: the staff queue and its searches, read against the bare dynamic page.
 * reference: no target of its own, read against the bare dynamic page: a portal page with
 *   almost nothing on it but the layout, to show what the layout and session cost every page.
 */
export type Category = "public" | "signedIn" | "staffQuery" | "reference";

/** What the page's first-load JavaScript is held to: a plain public page, a form, or nothing stated. */
export type ScriptBudget = "publicPage" | "form" | "none";

export const targets = {
  publicThroughput: 0.5,
  signedInThroughput: 0.6,
  signedInP99: 2,
  staffThroughput: 0.5,
  queryMs: 50,
  publicScripts: 1.1,
  formScripts: 1.3,
  memoryBytes: 500 * 1024 * 1024,
} as const;

export type Measured = {
  name: string;
  path: string;
  category: Category;
  scripts: ScriptBudget;
  load: LoadResult;
  /** gzip bytes of the page's scripts (for an action: the page holding its form). */
  scriptBytes: number;
  /** The slowest EXPLAIN ANALYZE of the queries behind it, where the benchmark explains them. */
  slowestQueryMs?: number;
};

export type Floor = { static: LoadResult; dynamic: LoadResult; staticScriptBytes: number; dynamicScriptBytes: number };

export type Verdict = {
  throughputRatio: number;
  p99Ratio: number;
  scriptRatio: number;
  misses: string[];
};

const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : "–");

export function judge(row: Measured, floor: Floor): Verdict {
  const base = row.category === "public" ? floor.static : floor.dynamic;
  const throughputRatio = row.load.requestsPerSecond / base.requestsPerSecond;
  const p99Ratio = row.load.p99 / base.p99;
  const scriptRatio = row.scriptBytes / floor.staticScriptBytes;
  const misses: string[] = [];
  const minimum = {
    public: targets.publicThroughput,
    signedIn: targets.signedInThroughput,
    staffQuery: targets.staffThroughput,
    reference: undefined,
  }[row.category];
  if (minimum !== undefined && !(throughputRatio >= minimum)) misses.push(`req/s < ${minimum}× floor`);
  if (row.category === "signedIn" && !(p99Ratio <= targets.signedInP99))
    misses.push(`p99 > ${targets.signedInP99}× floor`);
  if (row.slowestQueryMs !== undefined && !(row.slowestQueryMs < targets.queryMs))
    misses.push(`query ${fixed(row.slowestQueryMs, 0)} ms ≥ ${targets.queryMs} ms`);
  const scriptLimit =
    row.scripts === "publicPage" ? targets.publicScripts : row.scripts === "form" ? targets.formScripts : undefined;
  if (scriptLimit !== undefined && !(scriptRatio <= scriptLimit)) misses.push(`JS > ${scriptLimit}× floor`);
  if (!(row.load.peakMemoryBytes < targets.memoryBytes)) misses.push("memory ≥ 500 MB");
  if (row.load.unexpected > 0) misses.push(`${row.load.unexpected} unexpected responses`);
  if (row.load.cut) misses.push("cut at the time limit");
  return { throughputRatio, p99Ratio, scriptRatio, misses };
}

const megabytes = (bytes: number) => fixed(bytes / 1024 / 1024, 0);
/** Requests a second: whole numbers from 100 up, a tenth below. */
const rate = (value: number) => fixed(value, value >= 100 ? 0 : 1);
const memory = (load: LoadResult) => `${megabytes(load.startMemoryBytes)} → ${megabytes(load.peakMemoryBytes)}`;
const kilobytes = (bytes: number) => fixed(bytes / 1024, 1);

/** The markdown table: the floor's rows first, then each scenario with its ratios and what it misses. */
export function resultTable(rows: Measured[], floor: Floor): string {
  const header = [
    "| scenario | req/s | p50 ms | p99 ms | req/s × floor | p99 × floor | memory MB (start → peak) | JS gzip kB | JS × floor | verdict |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|---|",
  ];
  const floorRow = (name: string, load: LoadResult, scriptBytes: number) =>
    `| ${name} | ${rate(load.requestsPerSecond)} | ${fixed(load.p50, 0)} | ${fixed(load.p99, 0)} | 1 | 1 | ${memory(load)} | ${kilobytes(scriptBytes)} | 1 | floor |`;
  const lines = rows.map((row) => {
    const verdict = judge(row, floor);
    const p99Ratio = row.category === "public" ? "" : fixed(verdict.p99Ratio);
    const met = row.category === "reference" ? "reference" : "meets";
    return `| ${row.name} | ${rate(row.load.requestsPerSecond)} | ${fixed(row.load.p50, 0)} | ${fixed(row.load.p99, 0)} | ${fixed(verdict.throughputRatio)} | ${p99Ratio} | ${memory(row.load)} | ${kilobytes(row.scriptBytes)} | ${fixed(verdict.scriptRatio)} | ${verdict.misses.length === 0 ? met : verdict.misses.join("; ")} |`;
  });
  return [
    ...header,
    floorRow("floor: prerendered page", floor.static, floor.staticScriptBytes),
    floorRow("floor: dynamic page", floor.dynamic, floor.dynamicScriptBytes),
    ...lines,
  ].join("\n");
}

/** Two measures of the same floor page (before and after the portal's): their mean, the peak memory. */
export function meanOf(first: LoadResult, second: LoadResult): LoadResult {
  const mean = (a: number, b: number) => (a + b) / 2;
  return {
    requestsPerSecond: mean(first.requestsPerSecond, second.requestsPerSecond),
    p50: mean(first.p50, second.p50),
    p99: mean(first.p99, second.p99),
    completed: first.completed + second.completed,
    unexpected: first.unexpected + second.unexpected,
    startMemoryBytes: Math.min(first.startMemoryBytes, second.startMemoryBytes),
    peakMemoryBytes: Math.max(first.peakMemoryBytes, second.peakMemoryBytes),
    cut: first.cut || second.cut,
  };
}
