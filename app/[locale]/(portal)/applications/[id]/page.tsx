import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/guards";
import { getApplication } from "@/lib/applications/data";
import { PageHeading } from "@/components/page-heading";
import { TaskList } from "@/components/task-list";
import { NotificationBanner } from "@/components/notification-banner";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "ApplicationPage" }))("metaTitle") };
}

/**
 * The hub of an application: its sections grouped under headings, each with its status, and the
 * progress. The section forms come next; until then the list shows where the file stands.
 */
export default async function ApplicationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requireUser(locale, `/applications/${id}`);
  const application = await getApplication(user, id);
  if (!application) notFound();
  const t = await getTranslations("ApplicationPage");
  const kind = await getTranslations("LiquorSalesApplication");
  const format = await getFormatter();
  const groups = [...new Set(application.kindDefinition.sections.map((section) => section.groupKey))];
  const statusOf = (sectionId: string) => application.sections.find((state) => state.id === sectionId)?.status ?? "notStarted";
  const statusLabels = { notStarted: t("sectionStatuses.notStarted"), inProgress: t("sectionStatuses.inProgress"), completed: t("sectionStatuses.completed"), cannotStart: t("sectionStatuses.cannotStart") };

  return (
    <>
      <PageHeading caption={t("fileNumber", { number: application.fileNumber })} lead={t("progress", application.progress)}>
        {kind("title")}
      </PageHeading>
      <p className="mb-6">
        <strong>{t("statusLabel")}</strong> {t(`statuses.${application.status}`)} · {t("lastSaved", { date: format.dateTime(application.updatedAt, "long"), time: format.dateTime(application.updatedAt, "time") })}
      </p>
      <NotificationBanner title={t("formsComingTitle")}>{t("formsComingBody")}</NotificationBanner>
      {groups.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`} className="mb-8">
          <h2 id={`group-${group}`} className="mb-3 text-2xl">{kind(`groups.${group as "about"}`)}</h2>
          <TaskList
            statusLabels={statusLabels}
            tasks={application.kindDefinition.sections
              .filter((section) => section.groupKey === group)
              .map((section) => ({ id: section.id, label: kind(`sections.${section.titleKey as "term"}`), status: statusOf(section.id) }))}
          />
        </section>
      ))}
    </>
  );
}
