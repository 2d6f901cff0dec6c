import "server-only";
import type { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { audit } from "@/lib/audit";
import { isUuid } from "@/lib/http/ids";
import type { Result } from "@/lib/result";
import { personKey } from "@/lib/applications/people";
import { addPersonSchema, endPersonSchema } from "./schemas";

/**
 * The people on an entity's file, kept by staff: approval of an application puts the people it
 * disclosed on file (lib/applications/outcomes.ts); an officer adds or ends a person by hand, with a
 * reason, audited. Nobody is deleted: an ended person keeps their dates, so the file has its history.
 */

export { addPersonSchema, endPersonSchema };

/** Everyone who has been on the entity's file, current people first, with where they came from. */
export async function listPeopleHistory(staff: SessionUser, entityId: string) {
  if (!can(staff.role, "viewEntities") || !isUuid(entityId)) return null;
  const people = await getDb().entityPerson.findMany({
    where: { entityId },
    orderBy: [
      { removedAt: { sort: "desc", nulls: "first" } },
      { lastName: "asc" },
      { firstName: "asc" },
      { organisationName: "asc" },
    ],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      organisationName: true,
      relationship: true,
      email: true,
      role: true,
      title: true,
      shareBasisPoints: true,
      createdAt: true,
      removedAt: true,
      applicationId: true,
      addReason: true,
      endReason: true,
    },
  });
  return {
    current: people.filter((person) => person.removedAt === null),
    former: people.filter((person) => person.removedAt !== null),
  };
}

export type PeopleHistory = NonNullable<Awaited<ReturnType<typeof listPeopleHistory>>>;

/** Adds a person to the file; someone already on file in that role is "alreadyOnFile". */
export async function addPersonOnFile(
  staff: SessionUser,
  input: z.infer<typeof addPersonSchema>,
  now = new Date(),
): Promise<Result<{ id: string }, "notFound" | "alreadyOnFile">> {
  if (!can(staff.role, "managePeopleOnFile")) return { ok: false, reason: "notFound" };
  return getDb().$transaction(async (tx) => {
    // The entity's row is locked, so two staff adding the same person at once add them once.
    const [entity] = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT "id" FROM "Entity" WHERE "id" = ${input.entityId}::uuid FOR UPDATE`;
    if (!entity) return { ok: false, reason: "notFound" };
    const onFile = await tx.entityPerson.findMany({
      where: { entityId: entity.id, removedAt: null, role: input.role },
      select: { firstName: true, lastName: true, role: true },
    });
    if (onFile.some((person) => personKey(person) === personKey(input))) return { ok: false, reason: "alreadyOnFile" };
    const person = await tx.entityPerson.create({
      data: {
        entityId: entity.id,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email || null,
        role: input.role,
        shareBasisPoints:
          input.role === "shareholder" && typeof input.sharePercent === "number"
            ? Math.round(input.sharePercent * 100)
            : null,
        addedById: staff.id,
        addReason: input.reason,
        createdAt: now,
      },
      select: { id: true },
    });
    await audit(
      {
        actor: staff,
        action: "entity.person_added",
        subject: { type: "entity_person", id: person.id },
        entityId: entity.id,
        details: { role: input.role, reason: input.reason },
      },
      tx,
    );
    return { ok: true, id: person.id };
  });
}

/** Ends a current person's time on file; an unknown or already ended one is "notFound". */
export async function endPersonOnFile(
  staff: SessionUser,
  input: z.infer<typeof endPersonSchema>,
  now = new Date(),
): Promise<Result<object, "notFound">> {
  if (!can(staff.role, "managePeopleOnFile")) return { ok: false, reason: "notFound" };
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.entityPerson.updateMany({
      where: { id: input.personId, entityId: input.entityId, removedAt: null },
      data: { removedAt: now, endedById: staff.id, endReason: input.reason },
    });
    if (count !== 1) return { ok: false, reason: "notFound" };
    await audit(
      {
        actor: staff,
        action: "entity.person_ended",
        subject: { type: "entity_person", id: input.personId },
        entityId: input.entityId,
        details: { reason: input.reason },
      },
      tx,
    );
    return { ok: true };
  });
}
