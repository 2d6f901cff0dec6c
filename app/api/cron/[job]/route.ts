import { getConfig } from "@/lib/config";
import { isJobName, runJob } from "@/lib/jobs";
import { isSameSecret } from "@/lib/security/same-secret";

/**
 * Runs one scheduled job (lib/jobs). Vercel Cron calls it with GET and `Authorization: Bearer
 * <CRON_SECRET>`; POST does the same for other schedulers. Without CRON_SECRET the route is open in
 * development (to run a job by hand) and does not exist in production.
 */
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ job: string }> };

const noStore = { "Cache-Control": "no-store" };

type Access = "allowed" | "unauthorized" | "absent";

function checkAccess(request: Request): Access {
  const { cronSecret, isProduction } = getConfig();
  if (!cronSecret) return isProduction ? "absent" : "allowed";
  const authorization = request.headers.get("authorization") ?? "";
  return isSameSecret(authorization, `Bearer ${cronSecret}`) ? "allowed" : "unauthorized";
}

async function handle(request: Request, { params }: Context): Promise<Response> {
  const access = checkAccess(request);
  if (access === "absent") return Response.json({ error: "not found" }, { status: 404, headers: noStore });
  if (access === "unauthorized") {
    return Response.json(
      { error: "unauthorized" },
      { status: 401, headers: { ...noStore, "WWW-Authenticate": 'Bearer realm="cron"' } },
    );
  }
  const { job } = await params;
  if (!isJobName(job)) return Response.json({ error: "unknown job" }, { status: 404, headers: noStore });
  try {
    return Response.json({ job, result: await runJob(job) }, { headers: noStore });
  } catch (error) {
    // Logged for operators; the caller (a scheduler) only needs to know the run failed.
    console.error(`Job ${job} failed:`, error instanceof Error ? error.message : error);
    return Response.json({ job, error: "job failed" }, { status: 500, headers: noStore });
  }
}

export const GET = handle;
export const POST = handle;
