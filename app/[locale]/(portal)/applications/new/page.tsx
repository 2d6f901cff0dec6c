import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { countOpenDrafts } from "@/lib/applications/queries";
import { MAX_OPEN_DRAFTS } from "@/lib/applications/commands";
import { PageHeading } from "@/components/page-heading";
import { KindCatalogue } from "@/components/applications/kind-catalogue";
import { DraftLimitBanner } from "./_components/draft-limit-banner";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "NewApplicationPage" }))("metaTitle") };
}

/**
 * "Start a new application": what the portal offers, by sector, from the registry. Each kind is
 * started on its own page, which asks who is applying and the kind's first questions.
 */
export default async function NewApplicationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, "/applications/new");
  const t = await getTranslations("NewApplicationPage");
  // At the cap, the page says what to do instead of offering starts the server would refuse.
  const atDraftLimit = (await countOpenDrafts(user)) >= MAX_OPEN_DRAFTS;
  return (
    <div className="max-w-3xl">
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {atDraftLimit ? <DraftLimitBanner /> : null}
      <KindCatalogue headingLevel={2} withStartLinks={!atDraftLimit} />
    </div>
  );
}
