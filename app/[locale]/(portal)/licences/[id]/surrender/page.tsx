import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { surrenderOffer } from "@/lib/licences/surrender";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { NotificationBanner } from "@/components/notification-banner";
import { ClientMessages } from "@/components/client-messages";
import { SurrenderForm } from "./_components/surrender-form";
import { requestSurrenderAction } from "./actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "SurrenderPage" }))("metaTitle") };
}

/**
 * "Surrender this licence": the holder asks the Commission to end their licence on a day they
 * choose. Only for a licence the account holds (anything else is not found), in force or suspended,
 * one request at a time.
 */
export default async function SurrenderPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requireUser(locale, `/licences/${id}/surrender`);
  const offer = await surrenderOffer(user, id);
  if (!offer) notFound();
  const t = await getTranslations("SurrenderPage");
  const format = await getFormatter();
  const back = (
    <p className="mt-6">
      <Link href={`/licences/${id}`}>{t("backToLicence")}</Link>
    </p>
  );

  if (offer.state === "requested") {
    return (
      <div className="max-w-2xl">
        <PageHeading>{t("title")}</PageHeading>
        <NotificationBanner tone="info" title={t("alreadyRequestedTitle")}>
          <p>{t("alreadyRequestedBody", { reference: offer.request.reference })}</p>
        </NotificationBanner>
        {back}
      </div>
    );
  }
  if (offer.state === "notSurrenderable") {
    return (
      <div className="max-w-2xl">
        <PageHeading>{t("title")}</PageHeading>
        <NotificationBanner tone="warning" title={t("notSurrenderableTitle")}>
          <p>{t("notSurrenderableBody")}</p>
        </NotificationBanner>
        {back}
      </div>
    );
  }

  const { licence } = offer;
  return (
    <div className="max-w-2xl">
      <ClientMessages namespaces={["SurrenderPage"]}>
        <SurrenderForm
          action={requestSurrenderAction.bind(null, locale, licence.id)}
          licenceId={licence.id}
          dateHint={t("effectiveOnHint", { expiresOn: format.dateTime(licence.expiresOn, "day") })}
        >
          <PageHeading caption={licence.number}>{t("title")}</PageHeading>
          <div className="mb-8 max-w-prose space-y-4 text-lg">
            <p>{t("intro")}</p>
            <p>{t("whatHappens")}</p>
          </div>
          <NotificationBanner tone="warning" title={t("finalTitle")}>
            <p>{t("finalBody")}</p>
          </NotificationBanner>
        </SurrenderForm>
      </ClientMessages>
    </div>
  );
}
