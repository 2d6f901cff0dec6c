import "server-only";
import { createTransport } from "nodemailer";
import { getConfig, type Config } from "@/lib/config";

/**
 * How an e-mail leaves the portal, chosen once from configuration (DESIGN.md, principle 1):
 * - "smtp": through the SMTP server of SMTP_URL, with nodemailer;
 * - "mailbox": nowhere. Without a mail server the outbox row itself is the mailbox, readable at
 *   /dev/mailbox in development; delivering such a row only marks it sent.
 * Callers (lib/mail/deliver.ts) never branch on the kind.
 */

export type OutgoingMessage = {
  /** The outbox row's id: it becomes the Message-ID, so a retry after a crash is recognisably the same e-mail. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
};

export type MailTransport = {
  readonly kind: "smtp" | "mailbox";
  /** Resolves once the message is accepted (by the SMTP server); rejects otherwise. */
  send(message: OutgoingMessage): Promise<void>;
};

export type MailSettings = Pick<Config["mail"], "smtpUrl" | "from">;

/**
 * Short limits instead of nodemailer's defaults (2 minutes to connect, 10 minutes idle): a slow server
 * must not hold a delivery run, and its claim on an outbox row (deliver.ts), for long.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

export function createMailTransport(settings: MailSettings, appUrl: string = getConfig().appUrl): MailTransport {
  if (!settings.smtpUrl) return { kind: "mailbox", send: async () => {} };
  const smtp = createTransport({ url: settings.smtpUrl, ...SMTP_TIMEOUTS });
  const messageIdDomain = new URL(appUrl).hostname;
  return {
    kind: "smtp",
    async send(message) {
      await smtp.sendMail({
        from: settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: `<${message.id}@${messageIdDomain}>`,
      });
    },
  };
}

let defaultTransport: MailTransport | undefined;

/** The process's transport, built from the configuration on first use. */
export function getMailTransport(): MailTransport {
  defaultTransport ??= createMailTransport(getConfig().mail);
  return defaultTransport;
}
