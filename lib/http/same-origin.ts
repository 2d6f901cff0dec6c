import { getConfig } from "@/lib/config";

/**
 * Whether a state-changing request comes from the portal's own pages. Server actions get this
 * check from Next.js; a route handler that accepts a form post must make it itself, or any site
 * could post to it with the user's cookies.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  return origin === new URL(getConfig().appUrl).origin || origin === new URL(request.url).origin;
}
