import { fileTypeFromBuffer } from "file-type";

/**
 * What the portal accepts as a document (SECURITY.md, "Documents"): decided from the bytes
 * themselves, never from the file's name or the type the browser declared, both of which the
 * sender chooses. Pure: no I/O, so every case is unit-tested with real byte samples.
 *
 * HEIC (phone photos) is not accepted: browsers other than Safari cannot display it and neither
 * storage converts it, so staff could not read it. Phones offer JPEG when a form asks for it.
 */

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENTS_PER_REQUIREMENT = 10;
/** Long enough for a descriptive name, short enough for every file system and a header line. */
export const MAX_DISPLAY_NAME_LENGTH = 120;

/** The accepted types, with the extension a file of that type gets on download. */
export const ALLOWED_DOCUMENT_TYPES = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
} as const;

export type AllowedMimeType = keyof typeof ALLOWED_DOCUMENT_TYPES;
export type DetectedType = { mimeType: AllowedMimeType; extension: (typeof ALLOWED_DOCUMENT_TYPES)[AllowedMimeType] };

/** Message codes the forms translate (their keys live with the form that shows them). */
export type DocumentRuleErrorCode = "fileEmpty" | "fileTooLarge" | "fileTypeNotAllowed" | "tooManyFiles";

export type ContentCheck = { ok: true; type: DetectedType } | { ok: false; code: DocumentRuleErrorCode };

function isAllowedMimeType(mime: string): mime is AllowedMimeType {
  return Object.hasOwn(ALLOWED_DOCUMENT_TYPES, mime);
}

/**
 * The file's type read from its signature (magic bytes), or null when it is not one we accept.
 * SVG and HTML are text without a binary signature: they are never detected as an allowed type,
 * whatever they are called, so they are refused like any unknown content.
 */
export async function detectDocumentType(bytes: Uint8Array): Promise<DetectedType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !isAllowedMimeType(detected.mime)) return null;
  return { mimeType: detected.mime, extension: ALLOWED_DOCUMENT_TYPES[detected.mime] };
}

/** Empty, oversized and unknown files are refused, in that order (the cheap checks first). */
export async function checkDocumentContent(bytes: Uint8Array): Promise<ContentCheck> {
  if (bytes.byteLength === 0) return { ok: false, code: "fileEmpty" };
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, code: "fileTooLarge" };
  const type = await detectDocumentType(bytes);
  if (!type) return { ok: false, code: "fileTypeNotAllowed" };
  return { ok: true, type };
}

/** Whether one more document fits beside the ones already given for the same requirement. */
export function canAddDocument(existingCount: number): boolean {
  return existingCount < MAX_DOCUMENTS_PER_REQUIREMENT;
}

// ---------------------------------------------------------------------------------------------------
// Names

/**
 * Control characters, invisible formatting (bidirectional overrides that make "cv‮fdp.exe" read as
 * "cvexe.pdf", zero-width characters) and line or paragraph separators: never part of a shown name.
 */
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** Characters that Windows refuses in a file name, or that change meaning in a path. */
const RESERVED_IN_FILE_NAMES = /[<>:"/\\|?*]/g;
/** A trailing extension: letters and digits after the last dot, with at least one letter ("v2.1" keeps its ".1"). */
const TRAILING_EXTENSION = /\.(?=[0-9]*[a-z])[a-z0-9]{1,5}$/i;

/** The last segment of a path, as a browser (or a forged request) may send "C:\\Users\\x\\scan.pdf". */
function lastPathSegment(name: string): string {
  const segments = name.split(/[/\\]/);
  return segments[segments.length - 1] ?? "";
}

/** Keeps at most `limit` characters, never splitting a character made of two UTF-16 units. */
function truncateCharacters(text: string, limit: number): string {
  return Array.from(text).slice(0, limit).join("").trimEnd();
}

/** A name stripped of its path, invisible characters, reserved characters and surrounding dots and spaces. */
export function cleanFileName(name: string): string {
  return lastPathSegment(name.normalize("NFC"))
    .replace(INVISIBLE_OR_CONTROL, "")
    .replace(RESERVED_IN_FILE_NAMES, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
}

/**
 * The name shown and offered on download: the sender's name, cleaned and shortened, with the
 * extension of the type we detected (a "report.exe" that is a PDF becomes "report.pdf").
 */
export function safeDisplayName(originalName: string, extension: string): string {
  const base = cleanFileName(originalName)
    .replace(TRAILING_EXTENSION, "")
    .replace(/[\s.]+$/, "");
  const room = MAX_DISPLAY_NAME_LENGTH - extension.length - 1;
  const shortened = truncateCharacters(base, room);
  return `${shortened || "document"}.${extension}`;
}

/**
 * RFC 5987 / RFC 8187 `ext-value` encoding: percent-encoded UTF-8, with the characters that
 * encodeURIComponent leaves alone but `attr-char` does not allow (' ( ) *) encoded too.
 */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * An ASCII stand-in for clients that ignore `filename*`: accents dropped ("é" → "e"), anything else
 * outside printable ASCII replaced, and so are the quote and backslash (quoted-string syntax), the
 * percent sign (which some browsers decode) and the semicolon (which naive parsers split on).
 */
function asciiFallback(name: string): string {
  const withoutAccents = name.normalize("NFKD").replace(/\p{M}/gu, "");
  return withoutAccents.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
}

/**
 * `Content-Disposition` for a download: always an attachment (never rendered in the portal's
 * origin), the name cleaned of paths and line breaks (no header injection), with `filename*` for
 * names that plain ASCII cannot carry.
 */
export function attachmentDisposition(name: string): string {
  const cleaned = cleanFileName(name) || "document";
  const fallback = asciiFallback(cleaned);
  if (fallback === cleaned) return `attachment; filename="${fallback}"`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(cleaned)}`;
}
