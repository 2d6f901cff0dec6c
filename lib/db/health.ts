import "server-only";
import { getDb } from "./client";

/** Whether the database answers a trivial query within the time limit. */
export async function checkDatabase(timeoutMs = 3000): Promise<{ ok: boolean }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database health check timed out")), timeoutMs);
  });
  try {
    await Promise.race([getDb().$queryRaw`SELECT 1`, timeout]);
    return { ok: true };
  } catch (error) {
    console.error("Database health check failed:", error instanceof Error ? error.message : error);
    return { ok: false };
  } finally {
    clearTimeout(timer);
  }
}
