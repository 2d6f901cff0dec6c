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
  const licence = await getDb().licence.findUnique({
    where: { id: licenceId },
    select: {
      id: true,
      number: true,
      kind: true,
      status: true,
      issuedOn: true,
      expiresOn: true,
      suspendedUntil: true,
      details: true,
      entity: { select: { id: true, legalName: true } },
      statusEvents: {
        orderBy: { occurredAt: "desc" },
        take: 50,
        select: { id: true, status: true, reason: true, occurredAt: true, actorId: true },
      },
    },
  });
  if (!licence) return null;
  return { ...licence, statusEvents: await withActorNames(licence.statusEvents) };
}

/** Who changed the status by hand, by name, for the staff timeline; null for the portal's own changes. */
async function withActorNames<E extends { actorId: string | null }>(events: E[]) {
  const ids = [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
  const actors =
    ids.length === 0
      ? []
      : await getDb().user.findMany({
          where: { id: { in: ids } },
          select: { id: true, firstName: true, lastName: true },
        });
  const names = new Map(actors.map((actor) => [actor.id, `${actor.firstName} ${actor.lastName}`]));
  return events.map(({ actorId, ...event }) => ({
    ...event,
    actorName: actorId ? (names.get(actorId) ?? null) : null,
  }));
}

export type StaffLicence = NonNullable<Awaited<ReturnType<typeof getLicenceForStaff>>>;
