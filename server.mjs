/**
 * The portal's production server (`npm start`): Next.js's request handler behind one step of our
 * own, which decides the client's address from the socket and the trusted proxies
 * (TRUSTED_PROXY_HOPS) before anything reads it. `next start` cannot do this: it keeps an
 * X-Forwarded-For that the client wrote itself, so per-IP limits could be walked around.
 * On Vercel this file is not used; the platform's own client-address header is read instead.
 *
 * Usage: node server.mjs [-p port] [-H hostname]   (PORT and HOSTNAME work too)
 */
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

const { default: next } = await import("next");
const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

createServer(withClientAddress((request, response) => handle(request, response), trustedHops)).listen(
  port,
  hostname,
  () => {
    console.log(
      `> Portal ready on http://${hostname}:${port} (${trustedHops} trusted prox${trustedHops === 1 ? "y" : "ies"})`,
    );
  },
);
