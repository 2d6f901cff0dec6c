import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { licenceNames, listMyLicences, MAIN_MENU_LICENCES } from "@/lib/licences/queries";
import { listMyApplications } from "@/lib/applications/queries";
import { renewalState } from "@/lib/licences/renewal-window";
import { displayedLicenceStatus } from "@/lib/licences/displayed-status";
import { isRenewable } from "@/lib/applications/registry";
import { reportsDue } from "@/lib/applications/reports";
import { PageHeading } from "@/components/page-heading";
import { AttentionBanner } from "./_components/attention-banner";
import { LicencesSection } from "./_components/licences-section";
import { PastPermitsSection } from "./_components/past-permits-section";
import { isPastPermit, mainMenuLicences } from "./_components/dashboard-licence";
import { ApplicationsSection } from "./_components/applications-section";
import { MoreSection } from "./_components/more-section";
import { currentNews } from "@/lib/news/queries";
import { NewsList } from "@/components/news-list";
import { PageSection } from "@/components/page-section";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "DashboardPage" }))("metaTitle") };
}

/** The main menu: what needs attention first, then licences, past permits, applications and messages. */
export default async function DashboardPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, "/dashboard");
  const t = await getTranslations("DashboardPage");
  const now = new Date();
  const licences = (await listMyLicences(user)).map((licence) => ({
    ...licence,
    // Only what its kind renews can come due: a permit never does.
    renewal: renewalState({ ...licence, renewable: isRenewable(licence.kind) }, now),
    displayedStatus: displayedLicenceStatus(licence, now),
  }));
  const current = licences.filter((licence) => !isPastPermit(licence));
  const pastPermits = licences.filter(isPastPermit);
  const cards = mainMenuLicences(current, MAIN_MENU_LICENCES);
  const [names, applications, reports, news] = await Promise.all([
    licenceNames(
      user,
      cards.map((licence) => licence.id),
    ),
    listMyApplications(user),
    reportsDue(licences, now),
    currentNews("applicant", locale, now),
  ]);

  return (
    <>
      <PageHeading lead={t("welcome", { name: user.firstName })}>{t("title")}</PageHeading>
      <AttentionBanner licences={current} reports={reports} />
      <LicencesSection
        cards={cards.map((licence) => ({ ...licence, ...names.get(licence.id) }))}
        held={current.length}
        holdsPastPermits={pastPermits.length > 0}
      />
      <PastPermitsSection permits={pastPermits} />
      <ApplicationsSection applications={applications} locale={locale} />
      {news.length > 0 ? (
        <PageSection id="news-title" title={t("newsTitle")} className="mb-12">
          <NewsList items={news} />
        </PageSection>
      ) : null}
      <MoreSection />
    </>
  );
}
