import "server-only";
import { createHash } from "node:crypto";
import { activeLinkWhere } from "@/lib/access-codes/account-links";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/transaction";
import { isUuid } from "@/lib/http/ids";
import { portalUrl } from "@/lib/http/portal-url";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatCommissionDay } from "@/lib/i18n/format";
import { deliverSoon } from "@/lib/mail/deliver";
import { enqueueEmail } from "@/lib/mail/outbox";
import type { Ok, Refused } from "@/lib/result";
import {
  templateDocumentSchema,
  uploadedDocumentSchema,
  type TemplateDocumentInput,
  type UploadedDocumentInput,
} from "./compliance-schemas";
import {
  complianceFileName,
  defaultDocumentLocale,
  documentLocale,
  renderComplianceTemplate,
} from "./compliance-templates";
import { renderComplianceDocumentPdf } from "./compliance-pdf";

/**
 * Compliance documents on a licence (SPEC §5.4): licensing officers issue them, written from a
 * template or as an uploaded PDF; the holder's linked accounts are told by e-mail and find them on
 * the licence's page, and staff on theirs. Each function takes the acting user and checks the
 * permission or the holder's active link itself; anything else is "not found".
 */

// ---------------------------------------------------------------------------------------------------
// Files

/**
 * What an uploaded PDF needs from lib/documents — the storage, the content check and the safe name
 * that application documents use — given by the caller (lib/documents/licence-files.ts builds it).
 * lib/documents imports the application kinds, which import licences, so licences cannot import it
 * back; the renewal letter takes `isRenewable` for the same reason.
 */
export type DocumentFiles = {
  storage: FileStorage;
  checkContent(
    bytes: Uint8Array,
  ): Promise<{ ok: true; type: { mimeType: string; extension: string } } | { ok: false; code: string }>;
  safeName(originalName: string, extension: string): string;
  newStorageKey(): string;
};

export type FileStorage = {
  readonly kind: string;
  put(key: string, bytes: Uint8Array, mimeType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
};

/** Why an uploaded file is refused; the form shows each one beside the file field. */
export type UploadRefusal = "fileMissing" | "fileEmpty" | "fileTooLarge" | "fileTypeNotAllowed";

const PDF_MIME_TYPE = "application/pdf";

function uploadRefusal(code: string): UploadRefusal {
  return code === "fileEmpty" || code === "fileTooLarge" ? code : "fileTypeNotAllowed";
}

// ---------------------------------------------------------------------------------------------------
// Who sees what

/** The licences a user may read documents of: staff who view files, or the holder's linked accounts. */
function readableLicenceWhere(user: SessionUser): Prisma.LicenceWhereInput {
  return can(user.role, "viewEntities") ? {} : { entity: { links: { some: activeLinkWhere(user.id) } } };
}

/** The accounts told of a new document: every active account with an active link to the holder. */
const recipientsSelect = {
  links: {
    where: { revokedAt: null, user: { status: "active" } },
    select: { user: { select: { email: true, firstName: true, locale: true } } },
  },
} satisfies Prisma.EntitySelect;

// ---------------------------------------------------------------------------------------------------
// Issuing

export type IssueResult = Ok<{ id: string; title: string; emailed: number }>;
export type IssueTemplateResult = IssueResult | Refused<"notFound" | "invalid">;
export type IssueUploadResult = IssueResult | Refused<"notFound" | "invalid" | UploadRefusal>;

/** The language a template document is written in unless the officer chooses another (null: not found). */
export async function defaultLanguageForLicence(staff: SessionUser, licenceId: string): Promise<AppLocale | null> {
  if (!can(staff.role, "issueComplianceDocuments") || !isUuid(licenceId)) return null;
  const licence = await getDb().licence.findUnique({
    where: { id: licenceId },
    select: { entity: { select: recipientsSelect } },
  });
  return licence ? defaultDocumentLocale(licence.entity.links.map((link) => link.user.locale)) : null;
}

async function licenceForIssuing(staff: SessionUser, licenceId: string) {
  if (!can(staff.role, "issueComplianceDocuments") || !isUuid(licenceId)) return null;
  return getDb().licence.findUnique({
    where: { id: licenceId },
    select: { id: true, number: true, entity: { select: { id: true, legalName: true } } },
  });
}

type IssuedLicence = NonNullable<Awaited<ReturnType<typeof licenceForIssuing>>>;

type NewDocument = {
  title: string;
  body: string | null;
  /** The uploaded file's row, for an uploaded PDF. */
  file: { storageKey: string; originalName: string; sizeBytes: number; sha256: string } | null;
  details: Prisma.InputJsonObject;
};

/** Within this time, the same document issued again by the same officer is the first one (a double click, a retry). */
const REPEAT_WINDOW_MS = 2 * 60 * 1000;

/**
 * Records the document, its audit entry and an e-mail to each linked account, all in one
 * transaction; the e-mails leave once it has committed. Issues on one licence are taken one at a
 * time, so two clicks at once find each other and make one document.
 */
async function recordIssued(
  staff: SessionUser,
  licence: IssuedLicence,
  document: NewDocument,
  now: Date,
): Promise<IssueResult & { repeated: boolean }> {
  const result = await getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`licence-documents:${licence.id}`}))`;
    const entity = await tx.entity.findUniqueOrThrow({ where: { id: licence.entity.id }, select: recipientsSelect });
    // The accounts were told by the first: the answer is the same, nothing is sent twice.
    const repeated = await findRepeat(tx, staff, licence.id, document, now);
    if (repeated)
      return { ok: true as const, id: repeated, title: document.title, emailed: entity.links.length, repeated: true };

    const file = document.file
      ? await tx.document.create({
          data: { ownerId: staff.id, mimeType: PDF_MIME_TYPE, createdAt: now, ...document.file },
          select: { id: true },
        })
      : null;
    const issued = await tx.licenceDocument.create({
      data: {
        licenceId: licence.id,
        title: document.title,
        body: document.body,
        documentId: file?.id ?? null,
        issuedById: staff.id,
        issuedAt: now,
      },
      select: { id: true },
    });
    for (const { user } of entity.links) {
      await enqueueEmail(tx, {
        to: user.email,
        locale: user.locale,
        template: "complianceDocumentIssued",
        values: {
          name: user.firstName,
          url: portalUrl(user.locale, `/licences/${licence.id}`),
          number: licence.number,
          title: document.title,
        },
      });
    }
    await audit(
      {
        actor: staff,
        action: "licence.compliance_document_issued",
        subject: { type: "licence_document", id: issued.id },
        entityId: licence.entity.id,
        details: { licenceId: licence.id, ...document.details, emailed: entity.links.length },
      },
      tx,
    );
    return { ok: true as const, id: issued.id, title: document.title, emailed: entity.links.length, repeated: false };
  });
  if (result.emailed > 0 && !result.repeated) deliverSoon();
  return result;
}

async function findRepeat(
  tx: Tx,
  staff: SessionUser,
  licenceId: string,
  document: NewDocument,
  now: Date,
): Promise<string | null> {
  const repeat = await tx.licenceDocument.findFirst({
    where: {
      licenceId,
      issuedById: staff.id,
      title: document.title,
      issuedAt: { gte: new Date(now.getTime() - REPEAT_WINDOW_MS) },
      ...(document.file ? { document: { sha256: document.file.sha256 } } : { body: document.body, documentId: null }),
    },
    select: { id: true },
  });
  return repeat?.id ?? null;
}

/**
 * An officer issues a document written from a template, in the language chosen: the licence's
 * number, the holder's name and today's date filled in, with the officer's paragraph. The text is
 * stored as written, so the document never changes when the templates do.
 */
export async function issueTemplateDocument(
  staff: SessionUser,
  licenceId: string,
  input: TemplateDocumentInput,
  now: Date = new Date(),
): Promise<IssueTemplateResult> {
  const licence = await licenceForIssuing(staff, licenceId);
  if (!licence) return { ok: false, reason: "notFound" };
  const parsed = templateDocumentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { template, language, paragraph } = parsed.data;
  const { title, body } = renderComplianceTemplate(template, language, {
    number: licence.number,
    holder: licence.entity.legalName,
    date: formatCommissionDay(now, language),
    paragraph,
  });
  const issued = await recordIssued(
    staff,
    licence,
    { title, body, file: null, details: { source: "template", template, language } },
    now,
  );
  return { ok: true, id: issued.id, title: issued.title, emailed: issued.emailed };
}

/**
 * An officer issues a PDF written elsewhere. The file is checked by its content like an
 * application's documents (empty, too large, not a PDF whatever its name), stored under a key of
 * ours, and recorded as a document the officer owns.
 */
export async function issueUploadedDocument(
  staff: SessionUser,
  licenceId: string,
  input: UploadedDocumentInput & { file: { name: string; bytes: Uint8Array } | null },
  files: DocumentFiles,
  now: Date = new Date(),
): Promise<IssueUploadResult> {
  const licence = await licenceForIssuing(staff, licenceId);
  if (!licence) return { ok: false, reason: "notFound" };
  const parsed = uploadedDocumentSchema.safeParse({ title: input.title });
  if (!parsed.success) return { ok: false, reason: "invalid" };
  if (!input.file) return { ok: false, reason: "fileMissing" };
  const content = await files.checkContent(input.file.bytes);
  if (!content.ok) return { ok: false, reason: uploadRefusal(content.code) };
  if (content.type.mimeType !== PDF_MIME_TYPE) return { ok: false, reason: "fileTypeNotAllowed" };

  const storageKey = files.newStorageKey();
  const file = {
    storageKey,
    originalName: files.safeName(input.file.name, content.type.extension),
    sizeBytes: input.file.bytes.byteLength,
    sha256: createHash("sha256").update(input.file.bytes).digest("hex"),
  };
  await files.storage.put(storageKey, input.file.bytes, PDF_MIME_TYPE);
  try {
    const { repeated, ...issued } = await recordIssued(
      staff,
      licence,
      { title: parsed.data.title, body: null, file, details: { source: "upload", sizeBytes: file.sizeBytes } },
      now,
    );
    // The same file issued a moment ago: the copy just stored belongs to nothing.
    if (repeated) await removeUnrecordedFile(files.storage, storageKey);
    return issued;
  } catch (error) {
    await removeUnrecordedFile(files.storage, storageKey);
    throw error;
  }
}

/** A stored file no row points at; a failure to remove it is logged (with its key, to remove by hand), not thrown. */
async function removeUnrecordedFile(storage: FileStorage, key: string): Promise<void> {
  try {
    await storage.delete(key);
  } catch (error) {
    console.error(
      `Could not remove compliance document file ${key} from ${storage.kind} storage:`,
      error instanceof Error ? error.message : error,
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// Reading

export type HolderComplianceDocument = { id: string; title: string; issuedAt: Date };

export type StaffComplianceDocument = HolderComplianceDocument & {
  source: "template" | "upload";
  issuedBy: string | null;
  file: { name: string; sizeBytes: number } | null;
};

/**
 * The documents on a licence the user may read, newest first: the holder's linked accounts, and
 * staff who view files. Null when the licence does not exist for them.
 */
export async function listComplianceDocumentsForHolder(
  user: SessionUser,
  licenceId: string,
): Promise<HolderComplianceDocument[] | null> {
  if (!isUuid(licenceId)) return null;
  const licence = await getDb().licence.findFirst({
    where: { id: licenceId, ...readableLicenceWhere(user) },
    select: {
      documents: { orderBy: { issuedAt: "desc" }, select: { id: true, title: true, issuedAt: true } },
    },
  });
  return licence?.documents ?? null;
}

/** The documents on a licence for the staff page, with who issued each and how. */
export async function listComplianceDocumentsForStaff(
  staff: SessionUser,
  licenceId: string,
): Promise<StaffComplianceDocument[] | null> {
  if (!can(staff.role, "viewEntities") || !isUuid(licenceId)) return null;
  const licence = await getDb().licence.findUnique({
    where: { id: licenceId },
    select: {
      documents: {
        orderBy: { issuedAt: "desc" },
        select: {
          id: true,
          title: true,
          issuedAt: true,
          issuedById: true,
          document: { select: { originalName: true, sizeBytes: true } },
        },
      },
    },
  });
  if (!licence) return null;
  const issuerIds = [...new Set(licence.documents.flatMap((document) => document.issuedById ?? []))];
  const issuers = await getDb().user.findMany({
    where: { id: { in: issuerIds } },
    select: { id: true, firstName: true, lastName: true },
  });
  const names = new Map(issuers.map((issuer) => [issuer.id, `${issuer.firstName} ${issuer.lastName}`]));
  return licence.documents.map((document) => ({
    id: document.id,
    title: document.title,
    issuedAt: document.issuedAt,
    source: document.document ? "upload" : "template",
    issuedBy: document.issuedById ? (names.get(document.issuedById) ?? null) : null,
    file: document.document ? { name: document.document.originalName, sizeBytes: document.document.sizeBytes } : null,
  }));
}

export type ComplianceDocumentFile = { fileName: string; bytes: Uint8Array };

/**
 * The PDF of one document, for the download route: the uploaded file as stored, or the text printed
 * in its language. Null (→ 404) when the document, or its licence, does not exist for the user.
 */
export async function getComplianceDocumentPdf(
  user: SessionUser,
  licenceId: string,
  documentId: string,
  storage: Pick<FileStorage, "kind" | "get">,
): Promise<ComplianceDocumentFile | null> {
  if (!isUuid(licenceId) || !isUuid(documentId)) return null;
  const document = await getDb().licenceDocument.findFirst({
    where: { id: documentId, licenceId, licence: readableLicenceWhere(user) },
    select: {
      title: true,
      body: true,
      issuedAt: true,
      licence: { select: { number: true } },
      document: { select: { storageKey: true, deletedAt: true } },
    },
  });
  if (!document) return null;
  const fileName = complianceFileName(document.licence.number, document.title);
  if (document.document) {
    if (document.document.deletedAt) return null;
    const bytes = await storage.get(document.document.storageKey);
    if (!bytes) {
      // A row without its file: the storage lost it, or someone removed it by hand. Say so, answer "not found".
      console.error(`Compliance document ${documentId} has no file in ${storage.kind} storage`);
      return null;
    }
    return { fileName, bytes };
  }
  const bytes = await renderComplianceDocumentPdf(
    {
      title: document.title,
      body: document.body ?? "",
      number: document.licence.number,
      issuedAt: document.issuedAt,
    },
    documentLocale(document.title, user.locale),
  );
  return { fileName, bytes };
}
