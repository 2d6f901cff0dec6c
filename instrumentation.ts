/**
 * Runs once when the server starts: validating the configuration here makes a production server
 * with a missing secret stop at once with a clear message instead of failing on the first request.
 * It also works around a memory leak in the bundled React (lib/http/abort-reason-stacks.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { releaseAbortReasonStacks } = await import("./lib/http/abort-reason-stacks");
  releaseAbortReasonStacks();
  const { getConfig, ConfigError } = await import("./lib/config");
  getConfig();
  // Per-IP limits are only as good as the client's address: off Vercel, only server.mjs decides it
  // from the socket; `next start` would believe any X-Forwarded-For a client sends.
  if (process.env.NODE_ENV === "production" && process.env.VERCEL !== "1" && process.env.PORTAL_SERVER !== "1") {
    throw new ConfigError([
      "Start the portal with `npm start` (node server.mjs), not `next start`: it decides each client's address from the socket and TRUSTED_PROXY_HOPS",
    ]);
  }
}
