import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { audit } from "@/lib/audit";
import { can, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { unlinkAccount } from "@/lib/access-codes/account-links";
import { setAccountDisabled } from "@/lib/accounts/staff";
import { isUuid } from "@/lib/http/ids";
import { portalUrl } from "@/lib/http/portal-url";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverSoon } from "@/lib/mail/deliver";
import { PAGE_SIZE, pageCount } from "@/lib/db/pagination";
import { isRepeatedMessage, nextInquiryStatus } from "./rules";
import type { StaffQueueQuery } from "./schemas";
import { inquiryHeadingSelect } from "./select";
import type { Refused, Result } from "@/lib/result";
import { lockInquiry, statusAfter } from "./locks";

/**
 * Customer service's side of inquiries. Pages and actions check the permission with
 * requirePermission; these functions check it again from the acting user, so no caller can reach
 * an inquiry without it: without the permission everything is "not found".
 */

function allowed(staff: SessionUser, ...needed: Permission[]): boolean {
  return needed.every((permission) => can(staff.role, permission));
}

/**
 * The queue: open inquiries first, the longest waiting at the top (status follows the enum's
 * order: open, answered, closed), 20 a page.
 */
export async function listInquiriesForStaff(staff: SessionUser, query: StaffQueueQuery) {
  if (!allowed(staff, "handleInquiries")) return null;
  const db = getDb();
  const where: Prisma.InquiryWhereInput = query.status === "all" ? {} : { status: query.status };
  const total = await db.inquiry.count({ where });
  const pages = pageCount(total);
  const page = Math.min(query.page, pages);
  const items = await db.inquiry.findMany({
    where,
    orderBy: [{ status: "asc" }, { updatedAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      ...inquiryHeadingSelect,
      user: { select: { firstName: true, lastName: true } },
      entity: { select: { legalName: true } },
    },
  });
  return { items, total, page, pages };
}

export type StaffQueue = NonNullable<Awaited<ReturnType<typeof listInquiriesForStaff>>>;

/**
 * One inquiry as staff see it: the applicant, the business and the accounts linked to it now, and
 * the thread with each author's name. Only what the page shows is read (no hashes, no tokens).
 */
export async function getInquiryForStaff(staff: SessionUser, inquiryId: string) {
  if (!allowed(staff, "handleInquiries") || !isUuid(inquiryId)) return null;
  const db = getDb();
  const inquiry = await db.inquiry.findUnique({
    where: { id: inquiryId },
    select: {
      ...inquiryHeadingSelect,
      closedAt: true,
      user: { select: { id: true, firstName: true, lastName: true, email: true, locale: true, status: true } },
      entity: {
        select: {
          id: true,
          legalName: true,
          operatingName: true,
          links: {
            where: { revokedAt: null },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              via: true,
              createdAt: true,
              user: { select: { id: true, firstName: true, lastName: true, email: true } },
            },
          },
        },
      },
      messages: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, authorId: true, fromStaff: true, body: true, createdAt: true },
      },
    },
  });
  if (!inquiry) return null;
  const authorIds = [...new Set(inquiry.messages.map((message) => message.authorId))];
  const authors = await db.user.findMany({
    where: { id: { in: authorIds } },
    select: { id: true, firstName: true, lastName: true },
  });
  const names = new Map(authors.map((author) => [author.id, `${author.firstName} ${author.lastName}`]));
  return {
    ...inquiry,
    messages: inquiry.messages.map(({ authorId, ...message }) => ({
      ...message,
      authorName: names.get(authorId) ?? null,
    })),
  };
}

export type StaffInquiry = NonNullable<Awaited<ReturnType<typeof getInquiryForStaff>>>;

/** Someone else's, nobody's or an unauthorised request: the same answer. */
const notFound: Refused<"notFound"> = { ok: false, reason: "notFound" };

/**
 * Replies to the applicant: the inquiry is answered, the applicant gets an e-mail in their own
 * language with a link to the inquiry (the reply itself stays in the portal), and the audit log
 * records who replied.
 */
export async function replyAsStaff(
  staff: SessionUser,
  inquiryId: string,
  message: string,
  now: Date = new Date(),
): Promise<Result<object, "notFound">> {
  if (!allowed(staff, "handleInquiries") || !isUuid(inquiryId)) return notFound;
  const result = await getDb().$transaction(async (tx) => {
    await lockInquiry(tx, inquiryId);
    const inquiry = await tx.inquiry.findUnique({
      where: { id: inquiryId },
      select: {
        id: true,
        reference: true,
        status: true,
        entityId: true,
        user: { select: { email: true, firstName: true, locale: true } },
        messages: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 1,
          select: { authorId: true, body: true, createdAt: true },
        },
      },
    });
    if (!inquiry) return "notFound" as const;
    if (isRepeatedMessage(inquiry.messages[0], { authorId: staff.id, body: message }, now)) return "repeated" as const;
    await tx.inquiry.update({
      where: { id: inquiry.id },
      data: {
        status: statusAfter(inquiry.status, "staffReply"),
        closedAt: null,
        messages: { create: { authorId: staff.id, fromStaff: true, body: message, createdAt: now } },
      },
    });
    const { user } = inquiry;
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: "inquiryReplied",
      values: { name: user.firstName, url: portalUrl(user.locale, `/inquiries/${inquiry.id}`) },
    });
    await audit(
      {
        actor: staff,
        action: "inquiry.replied",
        subject: { type: "inquiry", id: inquiry.id },
        entityId: inquiry.entityId,
        details: { reference: inquiry.reference, reopened: inquiry.status === "closed" },
      },
      tx,
    );
    return "sent" as const;
  });
  if (result === "notFound") return notFound;
  if (result === "sent") deliverSoon();
  return { ok: true };
}

/** Closes the inquiry; the applicant can no longer reply and would send a new one. */
export async function closeInquiry(
  staff: SessionUser,
  inquiryId: string,
  now: Date = new Date(),
): Promise<Result<{ changed: boolean }, "notFound">> {
  if (!allowed(staff, "handleInquiries") || !isUuid(inquiryId)) return notFound;
  return getDb().$transaction(async (tx): Promise<Result<{ changed: boolean }, "notFound">> => {
    await lockInquiry(tx, inquiryId);
    const inquiry = await tx.inquiry.findUnique({
      where: { id: inquiryId },
      select: { id: true, reference: true, status: true, entityId: true },
    });
    if (!inquiry) return notFound;
    if (!nextInquiryStatus(inquiry.status, "close")) return { ok: true, changed: false };
    await tx.inquiry.update({
      where: { id: inquiry.id },
      data: { status: statusAfter(inquiry.status, "close"), closedAt: now },
    });
    await audit(
      {
        actor: staff,
        action: "inquiry.closed",
        subject: { type: "inquiry", id: inquiry.id },
        entityId: inquiry.entityId,
        details: { reference: inquiry.reference },
      },
      tx,
    );
    return { ok: true, changed: true };
  });
}

/**
 * Removes an account from the inquiry's business (the licence holder asked for it): only a link
 * to that business, still active, can be revoked from here. Access ends at the account's next
 * request; unlinkAccount writes the audit row.
 */
export async function unlinkFromInquiry(
  staff: SessionUser,
  inquiryId: string,
  linkId: string,
): Promise<Result<{ changed: boolean }, "notFound">> {
  if (!allowed(staff, "handleInquiries", "unlinkAccounts") || !isUuid(inquiryId) || !isUuid(linkId)) return notFound;
  const db = getDb();
  const inquiry = await db.inquiry.findUnique({ where: { id: inquiryId }, select: { entityId: true } });
  if (!inquiry?.entityId) return notFound;
  const link = await db.accountLink.findFirst({
    where: { id: linkId, entityId: inquiry.entityId },
    select: { revokedAt: true },
  });
  if (!link) return notFound;
  if (link.revokedAt) return { ok: true, changed: false };
  return { ok: true, changed: await unlinkAccount(staff, linkId) };
}

/**
 * Disables the account that sent the inquiry (e.g. "close my account"): its sessions end at the
 * next request. setAccountDisabled refuses a staff member's own account and writes the audit row.
 */
export async function disableApplicantFromInquiry(
  staff: SessionUser,
  inquiryId: string,
): Promise<Result<{ changed: boolean }, "notFound">> {
  if (!allowed(staff, "handleInquiries", "disableAccounts") || !isUuid(inquiryId)) return notFound;
  const inquiry = await getDb().inquiry.findUnique({
    where: { id: inquiryId },
    select: { user: { select: { id: true, status: true } } },
  });
  if (!inquiry) return notFound;
  if (inquiry.user.status !== "active") return { ok: true, changed: false };
  return { ok: true, changed: await setAccountDisabled(staff, inquiry.user.id, true) };
}
