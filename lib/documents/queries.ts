import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isStaff } from "@/lib/auth/session";
import { activeLinkWhere } from "@/lib/access-codes/account-links";
import { auditStaffDownload } from "@/lib/audit";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { isUuid } from "@/lib/http/ids";
import { getDocumentStorage, type StorageOption } from "./storage";

/**
 * Documents as their owner (and staff) see them: a document that is not theirs does not exist for
 * them (null → 404).
 */

export type DownloadableDocument = { name: string; mimeType: string; bytes: Uint8Array };

/**
 * The documents the actor may read: any, for staff who review applications; their own; a change
 * request's attachments, for staff who handle change requests and for every account actively
 * linked to the licence's holder (the request is about the business, not about its sender).
 */
function readableBy(actor: SessionUser): Prisma.DocumentWhereInput {
  if (can(actor.role, "downloadApplicationDocuments")) return { deletedAt: null };
  const attachments: Prisma.DocumentWhereInput = can(actor.role, "handleChangeRequests")
    ? { changeRequestId: { not: null } }
    : { changeRequest: { licence: { entity: { links: { some: activeLinkWhere(actor.id) } } } } };
  return { deletedAt: null, OR: [{ ownerId: actor.id }, attachments] };
}

/** The file for the download route, or null when it does not exist for this actor (→ 404). */
export async function getDocumentForDownload(
  actor: SessionUser,
  id: string,
  { storage = getDocumentStorage() }: StorageOption = {},
): Promise<DownloadableDocument | null> {
  if (!isUuid(id)) return null;
  const document = await getDb().document.findFirst({
    where: { id, ...readableBy(actor) },
    select: { originalName: true, mimeType: true, storageKey: true, ownerId: true },
  });
  if (!document) return null;
  const bytes = await storage.get(document.storageKey);
  if (!bytes) {
    // A row without its file: the storage lost it, or someone removed it by hand. Say so, answer "not found".
    console.error(`Document ${id} has no file in ${storage.kind} storage`);
    return null;
  }
  if (document.ownerId !== actor.id && isStaff(actor))
    await auditStaffDownload(actor, "document.downloaded_by_staff", { type: "document", id });
  return { name: document.originalName, mimeType: document.mimeType, bytes };
}
