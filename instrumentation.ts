/**
 * Runs once when the server starts: validating the configuration here makes a production server
 * with a missing secret stop at once with a clear message instead of failing on the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig } = await import("./lib/config");
  getConfig();
}
