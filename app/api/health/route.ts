import { checkDatabase } from "@/lib/db/health";

/** Liveness and database reachability, for load balancers and uptime checks. Never cached. */
export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database.ok ? "ok" : "degraded", database: database.ok ? "up" : "down" },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
