import "server-only";
import { getDb } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

/** The whole fee schedule, for staff who may read it; empty for anyone else. */
export async function listFeeSchedule(staff: SessionUser) {
  if (!can(staff.role, "viewFeeSchedule")) return [];
  return getDb().feeSchedule.findMany({ orderBy: [{ kind: "asc" }, { termYears: "asc" }, { effectiveFrom: "desc" }] });
}
