import "server-only";
import { randomInt } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { activeLinkWhere } from "@/lib/access-codes/account-links";
import type { SessionUser } from "@/lib/auth/session";
import { isUuid } from "@/lib/http/ids";
import { commissionToday } from "@/lib/time/commission-date";
import {
  formatInquiryReference,
  isRepeatedMessage,
  nextInquiryStatus,
  REFERENCE_SERIAL_MAX,
  REPEAT_WINDOW_MS,
} from "./rules";
import type { NewInquiryInput } from "./schemas";
import { inquiryHeadingSelect } from "./select";
import type { Result } from "@/lib/result";
import { lockInquiry, lockNewInquiriesOf, statusAfter } from "./locks";

/**
 * The applicant's side of inquiries. Every query is scoped to the acting user (`userId: actor.id`
 * in the where): another person's inquiry is "not found", never "forbidden".
 */

/** My inquiries, the most recently active first. */
export function listMyInquiries(actor: SessionUser) {
  return getDb().inquiry.findMany({
    where: { userId: actor.id },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, reference: true, subject: true, status: true, updatedAt: true },
  });
}

/**
 * One of my inquiries with its thread; null when it is not mine or does not exist. The author of
 * a staff message is not sent: the applicant deals with "customer service", not with staff names.
 */
export async function getMyInquiry(actor: SessionUser, inquiryId: string) {
  if (!isUuid(inquiryId)) return null;
  return getDb().inquiry.findFirst({
    where: { id: inquiryId, userId: actor.id },
    select: {
      ...inquiryHeadingSelect,
      closedAt: true,
      entity: { select: { legalName: true } },
      messages: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, fromStaff: true, body: true, createdAt: true },
      },
    },
  });
}

/** The businesses an inquiry may be about: those my account is linked to right now. */
export function inquiryEntitiesFor(actor: SessionUser) {
  return getDb().entity.findMany({
    where: { links: { some: activeLinkWhere(actor.id) } },
    orderBy: [{ legalName: "asc" }, { id: "asc" }],
    select: { id: true, legalName: true, operatingName: true },
  });
}

export type CreateInquiryResult =
  { ok: true; inquiry: { id: string; reference: string } } | { ok: false; fieldErrors: Record<string, string> };

/** A random reference can meet one already taken: a new draw is tried this many times. */
const REFERENCE_ATTEMPTS = 5;

/**
 * Sends a new inquiry. The reference is INQ-{year}-{six random digits}: random rather than a
 * counter so that it says nothing about how many inquiries the Commission receives and needs no
 * shared sequence; the unique index catches the rare clash and another draw is made.
 * An inquiry about a business the account is not linked to is refused as a field error.
 */
export async function createInquiry(
  actor: SessionUser,
  input: NewInquiryInput,
  now: Date = new Date(),
): Promise<CreateInquiryResult> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await saveNewInquiry(actor, input, now);
    } catch (error) {
      if (attempt < REFERENCE_ATTEMPTS && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

async function saveNewInquiry(actor: SessionUser, input: NewInquiryInput, now: Date): Promise<CreateInquiryResult> {
  return getDb().$transaction(async (tx) => {
    await lockNewInquiriesOf(tx, actor.id);
    if (input.entityId) {
      const links = await tx.accountLink.count({ where: { ...activeLinkWhere(actor.id), entityId: input.entityId } });
      if (links === 0) return { ok: false, fieldErrors: { entityId: "Inquiry.entityNotLinked" } };
    }

    const latest = await tx.inquiry.findFirst({
      where: {
        userId: actor.id,
        subject: input.subject,
        entityId: input.entityId ?? null,
        createdAt: { gte: new Date(now.getTime() - REPEAT_WINDOW_MS) },
      },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        reference: true,
        messages: { orderBy: { createdAt: "asc" }, take: 1, select: { authorId: true, body: true, createdAt: true } },
      },
    });
    if (latest && isRepeatedMessage(latest.messages[0], { authorId: actor.id, body: input.message }, now)) {
      return { ok: true, inquiry: { id: latest.id, reference: latest.reference } };
    }

    const year = Number(commissionToday(now).slice(0, 4));
    const inquiry = await tx.inquiry.create({
      data: {
        reference: formatInquiryReference(year, randomInt(0, REFERENCE_SERIAL_MAX + 1)),
        userId: actor.id,
        entityId: input.entityId ?? null,
        subject: input.subject,
        status: statusAfter(null, "applicantMessage"),
        createdAt: now,
        messages: { create: { authorId: actor.id, fromStaff: false, body: input.message, createdAt: now } },
      },
      select: { id: true, reference: true },
    });
    return { ok: true, inquiry };
  });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export type ApplicantReplyResult = Result<object, "closed" | "notFound">;

/** Adds my message to one of my inquiries, which is open again; a closed inquiry takes none. */
export async function replyToMyInquiry(
  actor: SessionUser,
  inquiryId: string,
  message: string,
  now: Date = new Date(),
): Promise<ApplicantReplyResult> {
  if (!isUuid(inquiryId)) return { ok: false, reason: "notFound" };
  return getDb().$transaction(async (tx): Promise<ApplicantReplyResult> => {
    await lockInquiry(tx, inquiryId);
    const inquiry = await tx.inquiry.findFirst({
      where: { id: inquiryId, userId: actor.id },
      select: {
        status: true,
        messages: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 1,
          select: { authorId: true, body: true, createdAt: true },
        },
      },
    });
    if (!inquiry) return { ok: false, reason: "notFound" };
    if (!nextInquiryStatus(inquiry.status, "applicantMessage")) return { ok: false, reason: "closed" };
    if (isRepeatedMessage(inquiry.messages[0], { authorId: actor.id, body: message }, now)) return { ok: true };
    await tx.inquiry.update({
      where: { id: inquiryId },
      data: {
        status: statusAfter(inquiry.status, "applicantMessage"),
        messages: { create: { authorId: actor.id, fromStaff: false, body: message, createdAt: now } },
      },
    });
    return { ok: true };
  });
}
