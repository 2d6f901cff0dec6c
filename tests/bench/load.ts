/**
 * One scenario under load: autocannon against a server on this machine, with the server's memory
 * sampled meanwhile.
 *
 * A warm-up run of a few seconds comes first; it is not counted, but it tells how many requests fill
 * the measured run's time. The measured run then sends exactly that many and waits for every answer
 * (autocannon's `amount`): a run cut at a fixed time would drop the requests still in flight, which
 * for a slow page are the slowest ones, or all of them. A server keeps rendering what a client gave
 * up on, so after anything is dropped (the warm-up's last requests) the next run waits until the
 * server has gone quiet (its CPU time stops growing).
 */
import autocannon from "autocannon";
import { sampleMemory, treeCpuTicks, type Server } from "./servers";

export type Request = {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
  /** A different visitor on each request (their address, as the trusted proxy says it). */
  rotateClientAddress?: boolean;
  /** Paths to take in turn instead of `path` (e.g. a licence number each). */
  paths?: string[];
  /** A response without this text counts as unexpected (e.g. the licence check's answer). */
  bodyMustInclude?: string;
};

export type LoadResult = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  completed: number;
  /** Responses with another status than the scenario expects, and connection errors or timeouts. */
  unexpected: number;
  /** The server's resident memory when the run began, and its peak during the run. */
  startMemoryBytes: number;
  peakMemoryBytes: number;
  /** The run hit its time limit before every answer came back. */
  cut: boolean;
};

export type LoadSettings = { seconds: number; warmupSeconds: number; connections: number };

let visitor = 0;
/** An address in the IPv6 documentation prefix: no such host exists, it only names a visitor. */
const nextVisitorAddress = () => `2001:db8::${(visitor += 1).toString(16)}`;

type Run = { duration: number } | { amount: number };

function autocannonOptions(server: Server, request: Request, run: Run, connections: number, onWrongBody: () => void) {
  let turn = 0;
  const paths = request.paths ?? [request.path];
  const rotating = request.rotateClientAddress || paths.length > 1;
  const marker = request.bodyMustInclude;
  return {
    url: server.url,
    connections,
    ...run,
    timeout: 60,
    // Checked this often for the end of the run, so its duration is right to a tenth of a second.
    sampleInt: 100,
    method: request.method,
    headers: request.headers ?? {},
    ...(request.body ? { body: request.body } : {}),
    requests: [
      {
        method: request.method,
        path: request.path,
        ...(rotating
          ? {
              setupRequest: (outgoing: autocannon.Request) => {
                const headers = { ...outgoing.headers };
                if (request.rotateClientAddress) headers["x-forwarded-for"] = nextVisitorAddress();
                turn += 1;
                return { ...outgoing, path: paths[turn % paths.length] ?? request.path, headers };
              },
            }
          : {}),
        ...(marker
          ? {
              onResponse: (status: number, body: string) => {
                if (status < 300 && !body.includes(marker)) onWrongBody();
              },
            }
          : {}),
      },
    ],
  };
}

/** Runs autocannon, stopping it after `limitSeconds` at the latest. */
function runAutocannon(
  options: ReturnType<typeof autocannonOptions>,
  limitSeconds: number,
): Promise<{ result: autocannon.Result; cut: boolean }> {
  return new Promise((resolve, reject) => {
    let cut = false;
    const instance = autocannon(options, (error, result) => {
      clearTimeout(limit);
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve({ result, cut });
    });
    const limit = setTimeout(() => {
      cut = true;
      instance.stop();
    }, limitSeconds * 1000);
  });
}

/** Waits until the server uses under a tenth of a core over half a second (at most `limitSeconds`). */
export async function waitUntilQuiet(server: Server, limitSeconds = 180): Promise<void> {
  const pid = server.process.pid;
  if (pid === undefined) return;
  const deadline = Date.now() + limitSeconds * 1000;
  let before = treeCpuTicks(pid);
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = treeCpuTicks(pid);
    // Ticks are hundredths of a second: 5 in half a second is a tenth of a core.
    if (now - before <= 5) return;
    before = now;
  }
}

function summarise(result: autocannon.Result, expectedStatus: number, wrongBodies: number) {
  const byStatus = Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => ({
    status: Number(status),
    count: stats.count ?? 0,
  }));
  const completed = byStatus.reduce((sum, entry) => sum + entry.count, 0);
  const expected = byStatus.find((entry) => entry.status === expectedStatus)?.count ?? 0;
  return { completed, unexpected: completed - expected + result.errors + wrongBodies };
}

export async function measure(
  server: Server,
  request: Request,
  expectedStatus: number,
  settings: LoadSettings,
): Promise<LoadResult> {
  const ignore = () => {};
  const warmup = await runAutocannon(
    autocannonOptions(server, request, { duration: settings.warmupSeconds }, settings.connections, ignore),
    settings.warmupSeconds + 5,
  );
  const warmupRate = summarise(warmup.result, expectedStatus, 0).completed / Math.max(warmup.result.duration, 0.1);
  // What the warm-up dropped is still being rendered: let it finish before counting anything.
  await waitUntilQuiet(server);

  const amount = Math.max(settings.connections, Math.round(warmupRate * settings.seconds));
  const memory = sampleMemory(server);
  const startMemoryBytes = memory.start;
  let wrongBodies = 0;
  const { result, cut } = await runAutocannon(
    autocannonOptions(server, request, { amount }, settings.connections, () => (wrongBodies += 1)),
    // Ten answers of a page that takes half a minute each under load still fit.
    Math.max(5 * settings.seconds, 120),
  );
  const peakMemoryBytes = memory.stop();
  if (cut) await waitUntilQuiet(server);
  const { completed, unexpected } = summarise(result, expectedStatus, wrongBodies);
  return {
    requestsPerSecond: completed / Math.max(result.duration, 0.1),
    p50: completed > 0 ? result.latency.p50 : NaN,
    p99: completed > 0 ? result.latency.p99 : NaN,
    completed,
    unexpected,
    startMemoryBytes,
    peakMemoryBytes,
    cut,
  };
}
