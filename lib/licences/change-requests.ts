import "server-only";
import { randomInt } from "node:crypto";
import type { z } from "zod";
import { changeKinds, changeRequestSchema, handleChangeRequestSchema } from "./schemas";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { Result } from "@/lib/result";
import { activeLinkWhere } from "@/lib/access-codes/account-links";

/**
 * "Request a change" on a licence (address, licensed area, capacity, other): the licensee explains
 * it, staff handle it with a reply that the licensee reads on the licence page.
 */
export { changeKinds, changeRequestSchema, handleChangeRequestSchema };

function reference(now: Date): string {
  return `CHG-${now.getUTCFullYear()}-${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

/** Creates the request if the licence belongs to one of the actor's entities; "not found" otherwise. */
export async function createChangeRequest(
  actor: SessionUser,
  input: z.infer<typeof changeRequestSchema>,
  now = new Date(),
): Promise<Result<{ id: string; reference: string }, "notFound">> {
  const licence = await getDb().licence.findFirst({
    where: { id: input.licenceId, entity: { links: { some: activeLinkWhere(actor.id) } } },
    select: { id: true },
  });
  if (!licence) return { ok: false, reason: "notFound" };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      const created = await getDb().changeRequest.create({
        data: {
          reference: reference(now),
          licenceId: licence.id,
          userId: actor.id,
          kind: input.kind,
          description: input.description,
        },
        select: { id: true, reference: true },
      });
      return { ok: true, ...created };
    } catch (error) {
      // A reference already taken: draw another.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new Error("Could not find a free change-request reference");
}

/** What a change request shows, to the licensee and to staff alike. */
const changeRequestFields = {
  id: true,
  reference: true,
  kind: true,
  description: true,
  status: true,
  staffReply: true,
  createdAt: true,
} satisfies Prisma.ChangeRequestSelect;

/** The change requests on a licence the actor can see (checked by the caller through getLicence). */
export function listChangeRequestsForLicence(licenceId: string) {
  return getDb().changeRequest.findMany({
    where: { licenceId },
    orderBy: { createdAt: "desc" },
    select: { ...changeRequestFields, handledAt: true },
  });
}

export async function listChangeRequestsForStaff(staff: SessionUser, status: "open" | "handled") {
  if (!can(staff.role, "handleChangeRequests")) return null;
  return getDb().changeRequest.findMany({
    where: { status },
    orderBy: { createdAt: status === "open" ? "asc" : "desc" },
    take: 100,
    select: {
      ...changeRequestFields,
      licence: { select: { id: true, number: true, entity: { select: { id: true, legalName: true } } } },
    },
  });
}

/** Answers an open request once; a handled or unknown one (or a caller without the permission) is "not found". */
export async function handleChangeRequest(
  staff: SessionUser,
  input: z.infer<typeof handleChangeRequestSchema>,
  now = new Date(),
): Promise<Result<object, "notFound">> {
  if (!can(staff.role, "handleChangeRequests")) return { ok: false, reason: "notFound" };
  const { count } = await getDb().changeRequest.updateMany({
    where: { id: input.id, status: "open" },
    data: { status: "handled", staffReply: input.reply, handledById: staff.id, handledAt: now },
  });
  return count === 1 ? { ok: true } : { ok: false, reason: "notFound" };
}
