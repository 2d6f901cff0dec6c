import "server-only";
import { createHash } from "node:crypto";
import { applicationKinds } from "@/lib/applications/registry";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/transaction";
import { isUuid } from "@/lib/http/ids";
import { canAddDocument, checkDocumentContent, safeDisplayName, type DocumentRuleErrorCode } from "./rules";
import { getDocumentStorage, type DocumentStorage, type StorageOption } from "./storage";
import { generateStorageKey } from "./storage-key";

/**
 * Storing and deleting documents. Every function takes the acting user; a document that is not
 * theirs does not exist for them. The bytes are checked by rules.ts before anything is stored, and
 * live in the storage chosen by configuration (storage.ts); queries.ts reads them back.
 */

/** Message codes the upload forms translate. */
export type DocumentErrorCode =
  DocumentRuleErrorCode | "applicationNotFound" | "applicationLocked" | "unknownRequirement";

export type StoredDocument = {
  id: string;
  applicationId: string | null;
  requirement: string | null;
  name: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
};

export type StoreDocumentInput = {
  owner: Pick<SessionUser, "id">;
  applicationId?: string | null;
  requirement?: string | null;
  /** As received: `type` (the browser's claim) is ignored, the content decides. */
  file: { name: string; type?: string; bytes: Uint8Array };
};

export type StoreDocumentResult = { ok: true; document: StoredDocument } | { ok: false; code: DocumentErrorCode };

export type DeleteDocumentResult = { ok: true } | { ok: false; code: "notFound" | "applicationLocked" };

/**
 * Documents can be added or removed while the applicant is still putting the file together, or
 * answering a request for information; once submitted, they are part of the record.
 */
const STATUSES_OPEN_FOR_DOCUMENTS: readonly string[] = ["draft", "information_requested"];

const storedDocumentSelect = {
  id: true,
  applicationId: true,
  requirement: true,
  originalName: true,
  mimeType: true,
  sizeBytes: true,
  createdAt: true,
} as const;

// ---------------------------------------------------------------------------------------------------
// Storing

/** Where a new document goes: the owner's own application (and one of its kind's requirements), or loose. */
type Placement = { applicationId: string | null; requirement: string | null };

async function resolvePlacement(
  owner: Pick<SessionUser, "id">,
  applicationId: string | null,
  requirement: string | null,
): Promise<{ ok: true; placement: Placement } | { ok: false; code: DocumentErrorCode }> {
  if (!applicationId) {
    // A requirement belongs to an application's kind: without one it names nothing.
    return requirement
      ? { ok: false, code: "unknownRequirement" }
      : { ok: true, placement: { applicationId: null, requirement: null } };
  }
  if (!isUuid(applicationId)) return { ok: false, code: "applicationNotFound" };
  const application = await getDb().application.findFirst({
    where: { id: applicationId, userId: owner.id },
    select: { kind: true, status: true },
  });
  if (!application) return { ok: false, code: "applicationNotFound" };
  if (!STATUSES_OPEN_FOR_DOCUMENTS.includes(application.status)) return { ok: false, code: "applicationLocked" };
  const kind = applicationKinds.get(application.kind);
  const isKnownRequirement =
    requirement === null || (kind?.documents.some((candidate) => candidate.id === requirement) ?? false);
  if (!isKnownRequirement) return { ok: false, code: "unknownRequirement" };
  return { ok: true, placement: { applicationId, requirement } };
}

/** The documents the count limit applies to: same application and requirement, or the owner's loose ones. */
function sameGroupWhere(ownerId: string, placement: Placement): Prisma.DocumentWhereInput {
  return placement.applicationId
    ? { applicationId: placement.applicationId, requirement: placement.requirement, deletedAt: null }
    : { ownerId, applicationId: null, requirement: null, deletedAt: null };
}

/** Uploads to one group are counted and inserted one at a time, so two at once cannot both take the last place. */
async function lockGroup(tx: Tx, ownerId: string, placement: Placement): Promise<void> {
  const group = placement.applicationId
    ? `application:${placement.applicationId}:${placement.requirement ?? ""}`
    : `owner:${ownerId}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`documents:${group}`}))`;
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function toStoredDocument(row: Prisma.DocumentGetPayload<{ select: typeof storedDocumentSelect }>): StoredDocument {
  return {
    id: row.id,
    applicationId: row.applicationId,
    requirement: row.requirement,
    name: row.originalName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    createdAt: row.createdAt,
  };
}

/**
 * Removes a file no live row points at (never recorded, or its document deleted). A failure is
 * logged, not thrown: the file is already unreachable through the portal, and the caller's outcome
 * is what the user must be told; the log names the key so the file can be removed by hand.
 */
async function removeUnreachableFile(storage: DocumentStorage, key: string): Promise<void> {
  try {
    await storage.delete(key);
  } catch (error) {
    console.error(
      `Could not remove document file ${key} from ${storage.kind} storage:`,
      error instanceof Error ? error.message : error,
    );
  }
}

/**
 * Checks the file by content, stores it under a key of ours and records it. The declared type and
 * the name's extension are ignored; the recorded name is a safe one with the detected extension.
 */
export async function storeDocument(
  input: StoreDocumentInput,
  { storage = getDocumentStorage() }: StorageOption = {},
): Promise<StoreDocumentResult> {
  const { owner, file } = input;
  const content = await checkDocumentContent(file.bytes);
  if (!content.ok) return content;
  const target = await resolvePlacement(owner, input.applicationId ?? null, input.requirement ?? null);
  if (!target.ok) return target;
  const { placement } = target;
  // Checked once before the upload, so a full requirement costs no transfer; again under the lock below.
  if (!canAddDocument(await getDb().document.count({ where: sameGroupWhere(owner.id, placement) })))
    return { ok: false, code: "tooManyFiles" };

  const storageKey = generateStorageKey();
  await storage.put(storageKey, file.bytes, content.type.mimeType);
  try {
    const row = await getDb().$transaction(async (tx) => {
      await lockGroup(tx, owner.id, placement);
      if (!canAddDocument(await tx.document.count({ where: sameGroupWhere(owner.id, placement) }))) return null;
      return tx.document.create({
        data: {
          ownerId: owner.id,
          applicationId: placement.applicationId,
          requirement: placement.requirement,
          storageKey,
          originalName: safeDisplayName(file.name, content.type.extension),
          mimeType: content.type.mimeType,
          sizeBytes: file.bytes.byteLength,
          sha256: sha256Hex(file.bytes),
        },
        select: storedDocumentSelect,
      });
    });
    if (!row) {
      await removeUnreachableFile(storage, storageKey);
      return { ok: false, code: "tooManyFiles" };
    }
    return { ok: true, document: toStoredDocument(row) };
  } catch (error) {
    await removeUnreachableFile(storage, storageKey);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------
// Staging: files that go with a record created at the same time (a change request's attachments)

/** A file checked by content and put in storage, not yet recorded: its owner's transaction records it. */
export type StagedDocument = {
  storageKey: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
};

export type StageDocumentsResult =
  { ok: true; staged: StagedDocument[]; discard: () => Promise<void> } | { ok: false; code: DocumentRuleErrorCode };

/**
 * Checks every file as storeDocument does (content, size, count), then stores them under keys of
 * ours. Nothing is stored unless all are acceptable. The caller records the rows in the transaction
 * that creates their owner (documentRows), and calls `discard` when that transaction fails, so no
 * file is left that no row points at.
 */
export async function stageDocuments(
  files: readonly { name: string; bytes: Uint8Array }[],
  { storage = getDocumentStorage() }: StorageOption = {},
): Promise<StageDocumentsResult> {
  if (!canAddDocument(files.length - 1)) return { ok: false, code: "tooManyFiles" };
  const checked = [];
  for (const file of files) {
    const content = await checkDocumentContent(file.bytes);
    if (!content.ok) return content;
    checked.push({ file, type: content.type });
  }
  const staged: StagedDocument[] = [];
  const discard = async () => {
    for (const document of staged) await removeUnreachableFile(storage, document.storageKey);
  };
  try {
    for (const { file, type } of checked) {
      const storageKey = generateStorageKey();
      await storage.put(storageKey, file.bytes, type.mimeType);
      staged.push({
        storageKey,
        originalName: safeDisplayName(file.name, type.extension),
        mimeType: type.mimeType,
        sizeBytes: file.bytes.byteLength,
        sha256: sha256Hex(file.bytes),
      });
    }
  } catch (error) {
    await discard();
    throw error;
  }
  return { ok: true, staged, discard };
}

/** The rows of staged files, owned by the person who sent them, attached to what they were sent with. */
export function documentRows(
  owner: Pick<SessionUser, "id">,
  staged: readonly StagedDocument[],
  attachedTo: { changeRequestId: string },
): Prisma.DocumentCreateManyInput[] {
  return staged.map((document) => ({ ...document, ownerId: owner.id, changeRequestId: attachedTo.changeRequestId }));
}

// ---------------------------------------------------------------------------------------------------
// Deleting

/** The owner removes one of their documents while its application is still open for documents. */
export async function deleteDocument(
  actor: Pick<SessionUser, "id">,
  id: string,
  { storage = getDocumentStorage() }: StorageOption = {},
  now = new Date(),
): Promise<DeleteDocumentResult> {
  if (!isUuid(id)) return { ok: false, code: "notFound" };
  const document = await getDb().document.findFirst({
    where: { id, ownerId: actor.id, deletedAt: null },
    select: { storageKey: true, application: { select: { status: true } } },
  });
  if (!document) return { ok: false, code: "notFound" };
  if (document.application && !STATUSES_OPEN_FOR_DOCUMENTS.includes(document.application.status))
    return { ok: false, code: "applicationLocked" };

  // Marked deleted first: from here on no one can download it, even if removing the file fails.
  const marked = await getDb().document.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: now } });
  if (marked.count === 0) return { ok: false, code: "notFound" };
  await removeUnreachableFile(storage, document.storageKey);
  return { ok: true };
}
