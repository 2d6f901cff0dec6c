import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { listMailbox } from "@/lib/mail/outbox";
import { mayOpenDevMailbox } from "@/lib/mail/dev-mailbox-access";
import { Button } from "@/components/button";
import { DataTable } from "@/components/data-table";
import { TextField } from "@/components/field";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ to?: string | string[]; key?: string | string[] }>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "DevMailbox" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/**
 * Without a mail server the portal's e-mails stay in the outbox; this page reads them back so the
 * journeys that depend on a link (activation, password reset) can be followed in development and in
 * the e2e tests, and on a preview deployment for staff or with its key (lib/mail/dev-mailbox-access).
 * It does not exist anywhere else.
 */
export default async function DevMailboxPage({ params, searchParams }: Props) {
  await resolveLocale(params);
  const { to, key: keyParam } = await searchParams;
  const key = Array.isArray(keyParam) ? keyParam[0] : keyParam;
  if (!(await mayOpenDevMailbox(key))) notFound();
  const t = await getTranslations("DevMailbox");
  const format = await getFormatter();
  const recipient = (Array.isArray(to) ? to[0] : to)?.trim() ?? "";
  const emails = await listMailbox({ to: recipient });

  return (
    <>
      <PageHeading>{t("title")}</PageHeading>
      <NotificationBanner title={t("notice")} />

      <form method="get" role="search" aria-label={t("filterLabel")} className="mb-8 flex flex-wrap items-end gap-4">
        <div className="w-full max-w-md [&>div]:mb-0">
          <TextField
            name="to"
            label={t("filterLabel")}
            defaultValue={recipient}
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        {key ? <input type="hidden" name="key" value={key} /> : null}
        <Button variant="secondary">{t("filterButton")}</Button>
      </form>

      {emails.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("title")}
          hiddenCaption
          scrollable={{ label: t("title"), minWidth: "min-w-[44rem]" }}
          rowHeader={1}
          headers={[
            t("to"),
            t("subject"),
            t("status"),
            t("createdAt"),
            <span key="open" className="sr-only">
              {t("open")}
            </span>,
          ]}
          rows={emails.map((email) => [
            email.toAddress,
            <span key="subject" lang={email.locale}>
              {email.subject}
            </span>,
            t(`statuses.${email.status}`),
            <time key="created" dateTime={email.createdAt.toISOString()}>
              {format.dateTime(email.createdAt, "moment")}
            </time>,
            <Link key="open" href={{ pathname: `/dev/mailbox/${email.id}`, query: key ? { key } : {} }}>
              {t("open")}
              <span className="sr-only" lang={email.locale}>
                {" "}
                {email.subject}
              </span>
            </Link>,
          ])}
        />
      )}
    </>
  );
}
