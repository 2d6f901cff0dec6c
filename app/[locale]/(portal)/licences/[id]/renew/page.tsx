import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { getLicence } from "@/lib/licences/queries";
import { renewalState } from "@/lib/licences/renewal-window";
import { isoDateToUtc } from "@/lib/time/commission-date";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { NotificationBanner } from "@/components/notification-banner";
import { RenewalBlockedNotice } from "@/components/licences/renewal-notice";
import { Button, ButtonLink } from "@/components/button";
import { openApplicationOn } from "@/lib/applications/on-licence";
import { isRenewable } from "@/lib/applications/registry";
import { startRenewalAction } from "./actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "RenewPage" }))("metaTitle") };
}

/**
 * Where "Renew" leads: inside the window, starts the renewal (or continues the one under way);
 * outside it, explains why not. The server enforces the same rules when the renewal starts.
 */
export default async function RenewPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requireUser(locale, `/licences/${id}/renew`);
  const licence = await getLicence(user, id);
  // A kind that never renews (a permit for its event days) has no renewal page, as it has no renewal.
  if (!licence || !isRenewable(licence.kind)) notFound();
  const t = await getTranslations("RenewPage");
  const format = await getFormatter();
  const renewal = renewalState(licence, new Date());
  const existing = await openApplicationOn(licence.id, "renewal");
  const expires = format.dateTime(licence.expiresOn, "day");
  return (
    <div className="max-w-3xl">
      <PageHeading caption={licence.number}>{t("title")}</PageHeading>
      {renewal.state === "open" && !existing ? (
        <section className="mb-8">
          <p className="mb-6 max-w-prose text-lg">{t("startBody", { date: expires })}</p>
          <form action={startRenewalAction.bind(null, locale, licence.id)}>
            <Button>{t("start")}</Button>
          </form>
        </section>
      ) : null}
      {existing && existing.userId === user.id ? (
        <p className="mb-8">
          <ButtonLink href={`/applications/${existing.id}`}>
            {t("continue", { number: existing.fileNumber })}
          </ButtonLink>
        </p>
      ) : null}
      {existing && existing.userId !== user.id ? (
        <NotificationBanner tone="warning" title={t("inProgressTitle")}>
          <p>{t("inProgressBody", { number: existing.fileNumber })}</p>
        </NotificationBanner>
      ) : null}
      <RenewalBlockedNotice renewal={renewal} status={licence.status} licenceKind={licence.kind} messages="RenewPage" />
      {renewal.state === "notYet" ? (
        <NotificationBanner title={t("notYetTitle")}>
          <p>{t("notYetBody", { date: format.dateTime(isoDateToUtc(renewal.opensOn), "day") })}</p>
        </NotificationBanner>
      ) : null}
      <p>
        <Link href={`/licences/${licence.id}`}>{t("back", { number: licence.number })}</Link>
      </p>
    </div>
  );
}
