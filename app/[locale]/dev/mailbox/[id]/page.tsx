import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { findMailboxEmail } from "@/lib/mail/outbox";
import { mayOpenDevMailbox } from "@/lib/mail/dev-mailbox-access";
import { isPortalUrl } from "@/lib/mail/templates";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ key?: string | string[] }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "DevMailbox" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/** One e-mail of the dev mailbox (see ../page.tsx); unknown ids, and the page itself outside development, are 404. */
export default async function DevMailboxEmailPage({ params, searchParams }: Props) {
  await resolveLocale(params);
  const { id } = await params;
  const { key: keyParam } = await searchParams;
  const key = Array.isArray(keyParam) ? keyParam[0] : keyParam;
  if (!(await mayOpenDevMailbox(key))) notFound();
  const email = await findMailboxEmail(id);
  if (!email) notFound();
  const t = await getTranslations("DevMailbox");
  const format = await getFormatter();

  return (
    <>
      <p className="mb-6">
        <Link href={{ pathname: "/dev/mailbox", query: key ? { key } : {} }}>{t("back")}</Link>
      </p>
      {/* The e-mail is in its recipient's language, which may not be the page's. */}
      <div lang={email.locale}>
        <PageHeading>{email.subject}</PageHeading>
      </div>
      <SummaryList
        rows={[
          { key: t("to"), value: email.toAddress },
          { key: t("status"), value: t(`statuses.${email.status}`) },
          {
            key: t("createdAt"),
            value: <time dateTime={email.createdAt.toISOString()}>{format.dateTime(email.createdAt, "moment")}</time>,
          },
        ]}
      />
      <div lang={email.locale} className="max-w-prose whitespace-pre-wrap break-words border-l-4 border-line pl-4">
        {linkPortalUrls(email.textBody)}
      </div>
    </>
  );
}

/** http(s) URLs up to the next space; punctuation that ends a sentence is not part of them. */
const URL_PATTERN = /https?:\/\/\S+?(?=[.,;:!?)\]]*(?:\s|$))/g;

/**
 * The text with the portal's own URLs as links, so a journey can follow the activation or reset link.
 * Other URLs stay text. React escapes every piece; nothing is inserted as HTML.
 */
function linkPortalUrls(text: string): ReactNode[] {
  const pieces: ReactNode[] = [];
  let position = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0];
    pieces.push(text.slice(position, match.index));
    pieces.push(
      isPortalUrl(url) ? (
        <a key={match.index} href={url}>
          {url}
        </a>
      ) : (
        url
      ),
    );
    position = match.index + url.length;
  }
  pieces.push(text.slice(position));
  return pieces;
}
