/**
 * One scenario under load: autocannon against a server on this machine for a bounded time, with the
 * server's memory sampled meanwhile. A short warm-up run comes first and is not counted.
 */
import autocannon from "autocannon";
import { sampleMemory, type Server } from "./servers";

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
  peakMemoryBytes: number;
};

export type LoadSettings = { seconds: number; warmupSeconds: number; connections: number };

let visitor = 0;
/** An address in the IPv6 documentation prefix: no such host exists, it only names a visitor. */
const nextVisitorAddress = () => `2001:db8::${(visitor += 1).toString(16)}`;

function autocannonOptions(
  server: Server,
  request: Request,
  seconds: number,
  connections: number,
  onWrongBody: () => void = () => {},
) {
  let turn = 0;
  const marker = request.bodyMustInclude;
  const paths = request.paths ?? [request.path];
  const rotating = request.rotateClientAddress || paths.length > 1;
  return {
    url: server.url,
    connections,
    duration: seconds,
    timeout: 30,
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

export async function measure(
  server: Server,
  request: Request,
  expectedStatus: number,
  settings: LoadSettings,
): Promise<LoadResult> {
  if (settings.warmupSeconds > 0) {
    await autocannon(autocannonOptions(server, request, settings.warmupSeconds, settings.connections));
  }
  const memory = sampleMemory(server);
  let wrongBodies = 0;
  const result = await autocannon(
    autocannonOptions(server, request, settings.seconds, settings.connections, () => (wrongBodies += 1)),
  );
  const peakMemoryBytes = memory.stop();
  const byStatus = Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => ({
    status: Number(status),
    count: stats.count ?? 0,
  }));
  const completed = byStatus.reduce((sum, entry) => sum + entry.count, 0);
  const expected = byStatus.find((entry) => entry.status === expectedStatus)?.count ?? 0;
  return {
    requestsPerSecond: completed / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    completed,
    unexpected: completed - expected + result.errors + wrongBodies,
    peakMemoryBytes,
  };
}
