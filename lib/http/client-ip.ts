import { getConfig } from "@/lib/config";

/**
 * The caller's IP address, for rate limits and the audit log, read from one header the client
 * cannot write: on Vercel the platform's own (x-vercel-forwarded-for); elsewhere X-Forwarded-For
 * as the portal's server (server.mjs) rewrote it — the one address it decided from the socket and
 * TRUSTED_PROXY_HOPS. (Under `next dev` that header is the client's own when it sends one: dev only.)
 */
export function clientIp(headers: Headers): string {
  const candidate = headers.get(getConfig().clientAddressHeader)?.split(",")[0]?.trim() ?? "";
  return /^[0-9a-f.:]{2,45}$/i.test(candidate) ? candidate.toLowerCase() : "unknown";
}
