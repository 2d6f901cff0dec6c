/**
 * The portal's production server (`npm start`): Next.js's request handler behind one step of our
 * own, which decides the client's address from the socket and the trusted proxies
 * (TRUSTED_PROXY_HOPS) before anything reads it. `next start` cannot do this: it keeps an
 * X-Forwarded-For that the client wrote itself, so per-IP limits could be walked around.
 * On Vercel this file is not used; the platform's own client-address header is read instead.
 *
 * Usage: node server.mjs [-p port] [-H hostname]   (PORT and HOSTNAME work too)
 *
 * The pages are served by worker processes (node:cluster) under this one, which starts them with
 * a sized heap. WEB_CONCURRENCY=N (N > 1) runs N of them sharing the port, so a machine's cores
 * all render pages: a Node process renders on one thread. That needs PostgreSQL in DATABASE_URL,
 * since an embedded PGlite database belongs to one process.
 *
 * PORTAL_HEAP_MB (224 by default) is each worker's heap. V8 sizes its heap from the machine's
 * memory (up to 4 GB here) and, under load, lets it fill far past what the pages keep alive: on a
 * 24 GiB machine the benchmark (npm run bench) left the server at 1.3 GB; with this limit it stays
 * under 470 MB, serving up to about 15 % fewer requests a second. Raise it where memory allows.
 */
import cluster from "node:cluster";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { trustedHopsFrom, withClientAddress } from "./lib/http/forwarded.mjs";

process.env.NODE_ENV ??= "production";
// Read by instrumentation.ts, which refuses a production server started any other way (but Vercel).
process.env.PORTAL_SERVER = "1";
const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
const trustedHops = trustedHopsFrom(process.env.TRUSTED_PROXY_HOPS);

const processes = Math.max(1, Math.floor(Number(process.env.WEB_CONCURRENCY ?? 1)) || 1);
const heapMegabytes = Math.max(128, Math.floor(Number(process.env.PORTAL_HEAP_MB ?? 224)) || 224);

if (cluster.isPrimary) {
  if (processes > 1 && !/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) {
    console.error(
      "WEB_CONCURRENCY above 1 needs DATABASE_URL at PostgreSQL: an embedded PGlite database is one process's.",
    );
    process.exit(1);
  }
  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${heapMegabytes}`] });
  for (let index = 0; index < processes; index += 1) cluster.fork();
  // A server process that dies takes the others down: the platform restarts the whole server.
  cluster.on("exit", (worker, code) => {
    console.error(`Server process ${worker.process.pid} exited (${code}); stopping.`);
    process.exit(code || 1);
  });
} else {
  const { default: next } = await import("next");
  // Next.js is told "localhost" whatever address we listen on: its proxy (middleware) sees each
  // request at http://localhost:<port>, and a proxy rewrite (to a cached public page) is only
  // served in-process when its origin equals the server's own; with any other name Next.js takes
  // it for an external URL and fetches it over HTTP (node_modules/next/dist/server/next-server.js,
  // runMiddleware; lib/router-utils/resolve-routes.js, getRelativeURL(value, initUrl)).
  const app = next({ dev: false, hostname: "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();

  createServer(withClientAddress((request, response) => handle(request, response), trustedHops)).listen(
    port,
    hostname,
    () => {
      if (cluster.isWorker && cluster.worker?.id !== 1) return;
      console.log(
        `> Portal ready on http://${hostname}:${port} (${trustedHops} trusted prox${trustedHops === 1 ? "y" : "ies"}, ${processes} process${processes === 1 ? "" : "es"})`,
      );
    },
  );
}
