/**
 * Who is calling, decided once where the request enters the portal's own server (server.mjs) and
 * written to X-Forwarded-For as the one address the app trusts. Plain JavaScript because the
 * server starts before anything is compiled.
 *
 * The address chain is what proxies appended (X-Forwarded-For, left to right) followed by the
 * socket's peer. With `trustedHops` proxies in front of the portal, the client is the entry that
 * many places from the right: 0 means clients connect directly (the socket), 1 one reverse proxy,
 * and so on. Entries further left were written by the client and are never believed.
 */

/** "::ffff:203.0.113.9" (IPv4 seen through an IPv6 socket) → "203.0.113.9"; "[::1]:443" → "::1". */
function normalizeAddress(value) {
  let address = String(value ?? "")
    .trim()
    .toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (address.startsWith("::ffff:") && /^\d{1,3}(\.\d{1,3}){3}$/.test(address.slice(7))) address = address.slice(7);
  return /^[0-9a-f.:]{2,45}$/.test(address) ? address : "";
}

/**
 * @param {string | undefined} socketAddress the TCP peer
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s) as received
 * @param {number} trustedHops how many proxies in front of the portal append to the header
 * @returns {string} the client's address, or "" when the chain is too short to say
 */
export function clientAddress(socketAddress, forwardedFor, trustedHops) {
  const forwarded = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .filter((entry) => entry.trim() !== "");
  const chain = [...forwarded, socketAddress ?? ""];
  const index = chain.length - 1 - Math.max(0, Math.trunc(trustedHops));
  // Fewer entries than trusted proxies: the request did not come through them; take the leftmost.
  return normalizeAddress(chain[Math.max(0, index)]);
}

/**
 * Wraps a Node request handler so that X-Forwarded-For holds exactly the client's address.
 * @template {import("node:http").IncomingMessage} Req
 * @template {import("node:http").ServerResponse} Res
 * @param {(request: Req, response: Res) => unknown} handler
 * @param {number} trustedHops
 * @returns {(request: Req, response: Res) => unknown}
 */
export function withClientAddress(handler, trustedHops) {
  return (request, response) => {
    const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedHops);
    if (address) request.headers["x-forwarded-for"] = address;
    else delete request.headers["x-forwarded-for"];
    return handler(request, response);
  };
}

/** TRUSTED_PROXY_HOPS as a number: a whole number from 0 to 10, 0 when unset. */
export function trustedHopsFrom(value) {
  const text = String(value ?? "").trim();
  if (text === "") return 0;
  if (!/^\d{1,2}$/.test(text) || Number(text) > 10)
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${text}"`);
  return Number(text);
}
