/**
 * The staff queue's and search's SQL, as the portal runs it: the data layer's own function
 * (listReviewQueue) called with Prisma's query log on, each statement it sends captured with its
 * parameters, then run again under EXPLAIN (ANALYZE, BUFFERS) on the benchmark's database.
 *
 * Imports lib/ code that is marked "server-only": run.ts registers the resolve hook for it (as
 * prisma/tools/jobs.ts does) before importing this file.
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { setScriptDatabase } from "@/lib/db/client";
import { listReviewQueue, type QueueFilters } from "@/lib/applications/review";
import type { SessionUser } from "@/lib/auth/session";

export type QueryPlan = { sql: string; params: unknown[]; executionMs: number; plan: string };
export type ExplainedCall = { name: string; filters: QueueFilters; queries: QueryPlan[] };

/** Prisma logs parameters as a JSON array. */
function parseParams(logged: string): unknown[] {
  try {
    const params: unknown = JSON.parse(logged);
    return Array.isArray(params) ? params : [];
  } catch {
    return [];
  }
}

export async function explainStaffQueries(
  databaseUrl: string,
  staffEmail: string,
  calls: { name: string; filters: QueueFilters }[],
): Promise<ExplainedCall[]> {
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }),
    log: [{ emit: "event", level: "query" }],
  });
  let captured: { query: string; params: string }[] = [];
  prisma.$on("query", (event) => captured.push({ query: event.query, params: event.params }));
  setScriptDatabase(prisma);
  const direct = new pg.Client({ connectionString: databaseUrl });
  await direct.connect();
  try {
    const staff: SessionUser = await prisma.user.findUniqueOrThrow({
      where: { email: staffEmail },
      select: { id: true, email: true, firstName: true, lastName: true, role: true, locale: true },
    });
    const explained: ExplainedCall[] = [];
    for (const call of calls) {
      captured = [];
      const page = await listReviewQueue(staff, call.filters);
      if (!page) throw new Error(`${staffEmail} may not read the review queue`);
      const queries: QueryPlan[] = [];
      for (const { query, params } of captured) {
        // Prisma's own transaction and session statements carry no plan.
        if (!/^\s*(SELECT|WITH)\b/i.test(query)) continue;
        const values = parseParams(params);
        const result = await direct.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, values);
        const plan = result.rows.map((row) => row["QUERY PLAN"]).join("\n");
        const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
        queries.push({ sql: query, params: values, executionMs, plan });
      }
      explained.push({ name: call.name, filters: call.filters, queries });
    }
    return explained;
  } finally {
    await direct.end();
    await prisma.$disconnect();
  }
}
