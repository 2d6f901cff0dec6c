import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { listLinkedEntities } from "@/lib/entities/queries";
import { countOpenDrafts } from "@/lib/applications/queries";
import { MAX_OPEN_DRAFTS } from "@/lib/applications/commands";
import { Link } from "@/lib/i18n/navigation";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { ClientMessages } from "@/components/client-messages";
import { StartApplicationForm } from "./_components/start-form";
import { startApplicationAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "NewApplicationPage" }))("metaTitle") };
}

/** "New applications → Start a new application": a draft with its file number exists from here. */
export default async function NewApplicationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, "/applications/new");
  const t = await getTranslations("NewApplicationPage");
  const entities = (await listLinkedEntities(user)).map((link) => ({
    id: link.entity.id,
    name: link.entity.legalName,
  }));
  // At the cap, the page says what to do instead of offering a form the server would refuse.
  const atDraftLimit = (await countOpenDrafts(user)) >= MAX_OPEN_DRAFTS;
  return (
    <div className="max-w-2xl">
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {atDraftLimit ? (
        <NotificationBanner tone="warning" title={t("tooManyDraftsTitle", { max: MAX_OPEN_DRAFTS })}>
          <p>
            {t.rich("tooManyDraftsBody", {
              link: (chunks) => <Link href="/dashboard#applications-title">{chunks}</Link>,
            })}
          </p>
        </NotificationBanner>
      ) : (
        <ClientMessages namespaces={["NewApplicationPage"]}>
          <StartApplicationForm action={startApplicationAction.bind(null, locale)} entities={entities} />
        </ClientMessages>
      )}
    </div>
  );
}
