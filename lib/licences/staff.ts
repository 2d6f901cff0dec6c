import "server-only";
import { getDb } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/http/ids";

/**
 * A licence as staff see it: its holder, status and timeline. Each section of the staff licence page
 * (status actions, compliance documents) reads what else it needs itself.
 */
export async function getLicenceForStaff(staff: SessionUser, licenceId: string) {
  if (!can(staff.role, "viewEntities") || !isUuid(licenceId)) return null;
  return getDb().licence.findUnique({
    where: { id: licenceId },
    select: {
      id: true,
      number: true,
      kind: true,
      status: true,
      issuedOn: true,
      expiresOn: true,
      suspendedUntil: true,
      entity: { select: { id: true, legalName: true } },
      statusEvents: {
        orderBy: { occurredAt: "desc" },
        take: 50,
        select: { id: true, status: true, reason: true, occurredAt: true },
      },
    },
  });
}

export type StaffLicence = NonNullable<Awaited<ReturnType<typeof getLicenceForStaff>>>;
