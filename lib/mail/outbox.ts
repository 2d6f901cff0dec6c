import "server-only";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import type { EmailOutbox, Prisma } from "@/lib/db/generated/client";
import { isUuid } from "@/lib/http/ids";
import type { AppLocale } from "@/lib/i18n/routing";
import { renderEmail, type EmailTemplate, type EmailValues } from "./templates";

/**
 * The e-mail outbox: every e-mail the portal sends is first a row here, written in the same transaction
 * as the change that causes it (an account created, a password changed). The change and its e-mail
 * commit together or not at all, and a mail server that is down only delays delivery (lib/mail/deliver.ts).
 */

export type { EmailTemplate, EmailValues } from "./templates";
export type { EmailStatus } from "@/lib/db/generated/client";

export type OutgoingEmail = {
  to: string;
  locale: AppLocale;
  template: EmailTemplate;
  values: EmailValues;
};

/** The Prisma client or the transaction client of `db.$transaction(async (tx) => ...)`: both can write the outbox. */
export type OutboxWriter = Pick<Prisma.TransactionClient, "emailOutbox">;

export class InvalidRecipientError extends Error {
  constructor() {
    super("An e-mail recipient must be a single address");
    this.name = "InvalidRecipientError";
  }
}

/** One address, no display name, no line break: nothing a header could be injected through. */
function assertSingleAddress(address: string): void {
  if (!/^[^\s@<>,;"]+@[^\s@<>,;"]+$/.test(address)) throw new InvalidRecipientError();
}

/**
 * Renders the e-mail and queues it. Call it with the transaction client of the change that causes the
 * e-mail, then `deliverSoon()` once that transaction has committed.
 */
export async function enqueueEmail(db: OutboxWriter, email: OutgoingEmail): Promise<{ id: string }> {
  assertSingleAddress(email.to);
  const rendered = renderEmail(email.template, email.locale, email.values);
  return db.emailOutbox.create({
    data: {
      toAddress: email.to,
      locale: email.locale,
      template: email.template,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
    },
    select: { id: true },
  });
}

// ---------------------------------------------------------------------------------------------------
// The development mailbox (app/[locale]/dev/mailbox): the outbox read back, only where it is enabled.

export type MailboxEntry = Pick<EmailOutbox, "id" | "toAddress" | "locale" | "subject" | "status" | "createdAt">;
export type MailboxEmail = MailboxEntry & Pick<EmailOutbox, "textBody" | "sentAt">;

const MAILBOX_PAGE_SIZE = 100;

/** The newest e-mails, optionally those to one address; none where the dev mailbox is disabled. */
export async function listMailbox({ to }: { to?: string } = {}): Promise<MailboxEntry[]> {
  if (!getConfig().mail.devMailboxEnabled) return [];
  const recipient = to?.trim().toLowerCase();
  return getDb().emailOutbox.findMany({
    where: recipient ? { toAddress: { equals: recipient, mode: "insensitive" } } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAILBOX_PAGE_SIZE,
    select: { id: true, toAddress: true, locale: true, subject: true, status: true, createdAt: true },
  });
}

/** One e-mail of the dev mailbox; null for an unknown or malformed id, or where the mailbox is disabled. */
export async function findMailboxEmail(id: string): Promise<MailboxEmail | null> {
  if (!getConfig().mail.devMailboxEnabled || !isUuid(id)) return null;
  return getDb().emailOutbox.findUnique({
    where: { id },
    select: {
      id: true,
      toAddress: true,
      locale: true,
      subject: true,
      status: true,
      createdAt: true,
      textBody: true,
      sentAt: true,
    },
  });
}
