import "server-only";
import type { z } from "zod";
import { publishReportSchema } from "./schemas";

export { publishReportSchema };
import { getDb } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

/** Staff publish a regulatory report to an entity; only accounts granted access will see it. */
export async function publishReport(staff: SessionUser, input: z.infer<typeof publishReportSchema>): Promise<boolean> {
  if (!can(staff.role, "publishReports")) return false;
  return getDb().$transaction(async (tx) => {
    const entity = await tx.entity.findUnique({ where: { id: input.entityId }, select: { id: true } });
    if (!entity) return false;
    const report = await tx.regulatoryReport.create({ data: { ...input, publishedById: staff.id } });
    await audit(
      {
        actor: staff,
        action: "report.published",
        subject: { type: "regulatory_report", id: report.id },
        entityId: input.entityId,
      },
      tx,
    );
    return true;
  });
}
