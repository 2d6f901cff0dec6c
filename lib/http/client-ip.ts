/**
 * The caller's IP address for rate limiting. Behind the hosting platform's proxy the first
 * X-Forwarded-For entry is the client (the platform overwrites the header); "unknown" groups
 * callers without one under a single shared limit rather than letting them skip it.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const candidate = forwarded || headers.get("x-real-ip")?.trim() || "";
  return /^[0-9a-f.:]{2,45}$/i.test(candidate) ? candidate.toLowerCase() : "unknown";
}
