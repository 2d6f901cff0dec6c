import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { listMyApplications } from "@/lib/applications/queries";
import { applicationKinds } from "@/lib/applications/registry";
import { getKindTranslations } from "@/lib/applications/kind-messages";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { DataTable } from "@/components/data-table";
import { ButtonLink } from "@/components/button";

type MyApplication = Awaited<ReturnType<typeof listMyApplications>>[number];

/** The user's applications, each with what to do next (continue, pay, view, receipt), and starting one. */
export async function ApplicationsSection({
  applications,
  locale,
}: {
  applications: readonly MyApplication[];
  locale: AppLocale;
}) {
  const t = await getTranslations("DashboardPage");
  const applicationLabels = await getTranslations("ApplicationPage");
  const format = await getFormatter();
  // Each application is named by its kind's own title ("Special occasion permit").
  const titles = await Promise.all(
    applications.map(async (application) => {
      const kind = applicationKinds.get(application.kind);
      return kind ? (await getKindTranslations(kind.messages))("title") : "—";
    }),
  );
  return (
    <section aria-labelledby="applications-title" className="mb-12">
      <h2 id="applications-title" className="mb-3 text-2xl">
        {t("applicationsTitle")}
      </h2>
      {applications.length === 0 ? (
        <p className="mb-4">{t("noApplications")}</p>
      ) : (
        <DataTable
          caption={<span className="sr-only">{t("applicationsCaption")}</span>}
          // On a phone the table scrolls sideways (its actions are in the last column) rather than
          // being cut off; the scrolling box is a region of its own name, which a keyboard can scroll.
          scrollable={{ label: t("applicationsTableLabel"), minWidth: "min-w-[40rem]" }}
          headers={[
            t("fileNumber"),
            t("applicationKind"),
            t("applicationStatus"),
            t("lastChange"),
            <span key="action" className="sr-only">
              {t("applicationAction")}
            </span>,
          ]}
          rows={applications.map((application, index) => [
            application.fileNumber,
            titles[index],
            applicationLabels(`statuses.${application.status}`),
            format.dateTime(application.updatedAt, "long"),
            application.status === "awaiting_payment" ? (
              <Link key="open" href={`/applications/${application.id}/payment`} className="font-semibold">
                {t("payApplication")}
                <span className="sr-only"> {application.fileNumber}</span>
              </Link>
            ) : (
              <span key="open" className="flex flex-col gap-1">
                <Link href={`/applications/${application.id}`}>
                  {application.status === "draft" ? t("continueApplication") : t("viewApplication")}
                  <span className="sr-only"> {application.fileNumber}</span>
                </Link>
                {application.order?.status === "paid" ? (
                  <a href={`/api/applications/${application.id}/receipt?locale=${locale}`} download>
                    {t("receipt")}
                    <span className="sr-only"> {application.fileNumber}</span>
                  </a>
                ) : null}
              </span>
            ),
          ])}
        />
      )}
      {applications.length > 0 ? (
        <p className="mb-6">
          <Link href="/applications">{t("allApplicationsLink")}</Link>
        </p>
      ) : null}
      <ButtonLink href="/applications/new" variant="secondary">
        {t("startApplication")}
      </ButtonLink>
    </section>
  );
}
