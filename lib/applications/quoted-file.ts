import "server-only";
import type { LicenceKind, Prisma } from "@/lib/db/generated/client";
import { activeLinkWhere } from "@/lib/access-codes/account-links";
import type { PortalKind } from "./kinds/names";
import type { SavedAnswers } from "./engine";
import type { QuotedFile } from "./outcome";

/**
 * The file a kind's answers quote (engine `quotes`), as this applicant may quote it: a licence of
 * the quoted kinds held by an entity their account is linked to, or an application of theirs of the
 * quoted kinds. Anything else — a mistyped number, someone else's licence or file — is "unknown",
 * so a number never reveals what it belongs to. Null for a kind that quotes nothing, or before a
 * number is typed.
 */
export async function quotedFile(
  db: Prisma.TransactionClient,
  kind: PortalKind,
  userId: string,
  answers: SavedAnswers,
): Promise<QuotedFile | null> {
  const quotes = kind.quotes;
  if (!quotes) return null;
  const value = answers[quotes.section]?.[quotes.field];
  const number = typeof value === "string" ? value.trim().toUpperCase() : "";
  if (number === "") return null;
  const licence = await db.licence.findFirst({
    where: {
      number,
      kind: { in: quotes.licenceKinds as LicenceKind[] },
      entity: { links: { some: activeLinkWhere(userId) } },
    },
    select: { status: true, entityId: true },
  });
  if (licence) return { type: "licence", status: licence.status, holderId: licence.entityId };
  const application = await db.application.findFirst({
    where: { fileNumber: number, kind: { in: [...quotes.applicationKinds] }, userId },
    select: { status: true, licence: { select: { entityId: true } } },
  });
  if (application)
    return { type: "application", status: application.status, holderId: application.licence?.entityId ?? null };
  return { type: "unknown" };
}
