import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { readFlash } from "@/lib/forms/flash";
import { describePeriod } from "@/lib/maintenance/describe";
import { COMING_WEEKS, listComingMaintenance, type ComingWindow } from "@/lib/maintenance-windows/staff";
import type { AppLocale } from "@/lib/i18n/routing";
import { Button } from "@/components/button";
import { ClientMessages } from "@/components/client-messages";
import { DataTable } from "@/components/data-table";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { PageSection } from "@/components/page-section";
import { AddWindowForm } from "./_components/add-window-form";
import {
  addMaintenanceWindowAction,
  cancelMaintenanceWindowAction,
  cancelWeeklyMaintenanceAction,
  restoreWeeklyMaintenanceAction,
} from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The notices this page shows after a redirect (lib/forms/flash). */
const notices = { done: ["added", "cancelled", "weeklyCancelled", "restored"], error: ["notChanged"] } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminMaintenancePage" }))("metaTitle") };
}

/**
 * Administrators see the windows to come — the weekly one for the next weeks and those added —
 * cancel one (or restore a cancelled weekly one), and add a window with its bilingual message.
 * Each change is audited and applies at the next request, the banner and every refusal included.
 */
export default async function AdminMaintenancePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const staff = await requirePermission("manageMaintenance");
  const windows = await listComingMaintenance(staff);
  if (!windows) notFound();
  const t = await getTranslations("AdminMaintenancePage");
  const maintenance = await getTranslations("Maintenance");
  const languages = await getTranslations("Languages");
  const flash = readFlash(await searchParams, notices);
  const periodOf = (window: ComingWindow) => maintenance("period", describePeriod(window, locale));

  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {flash?.kind === "done" ? <NotificationBanner tone="success" title={t(`done.${flash.notice}`)} /> : null}
      {flash?.kind === "error" ? <NotificationBanner tone="error" title={t("notChanged")} /> : null}

      <PageSection id="coming-title" title={t("comingTitle")} className="mb-12">
        <DataTable
          caption={t("comingCaption", { weeks: COMING_WEEKS })}
          hiddenCaption
          headers={[t("when"), t("window"), t("message"), t("status"), t("action")]}
          rows={windows.map((window) => [
            periodOf(window),
            window.kind === "weekly"
              ? t("weekly")
              : window.addedBy
                ? t("addedBy", { name: window.addedBy })
                : t("added"),
            window.kind === "extra" ? (
              <span key="message">
                {(["fr", "en"] as const).map((language) => (
                  <span key={language} className="block">
                    <span className="text-sm text-muted">{languages(language)}</span>{" "}
                    <span lang={language}>{window.message[language]}</span>
                  </span>
                ))}
              </span>
            ) : (
              "—"
            ),
            t(`statuses.${window.status}`),
            <WindowAction key="action" window={window} locale={locale} period={periodOf(window)} />,
          ])}
        />
      </PageSection>

      <PageSection id="add-title" title={t("addTitle")}>
        <p className="mb-6 max-w-prose">{t("addIntro")}</p>
        <ClientMessages namespaces={["AdminMaintenancePage"]}>
          <AddWindowForm action={addMaintenanceWindowAction.bind(null, locale)} />
        </ClientMessages>
      </PageSection>
    </>
  );
}

/** Cancel a window that still applies, restore a cancelled weekly one; a cancelled extra window stays as it is. */
async function WindowAction({ window, locale, period }: { window: ComingWindow; locale: AppLocale; period: string }) {
  const t = await getTranslations("AdminMaintenancePage");
  const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  if (window.kind === "extra") {
    if (window.status === "cancelled") return "—";
    return (
      <form action={cancelMaintenanceWindowAction.bind(null, locale)}>
        <input type="hidden" name="windowId" value={window.id} />
        <Button variant="secondary">{t.rich("cancel", { period, hidden })}</Button>
      </form>
    );
  }
  const cancelled = window.status === "cancelled";
  return (
    <form action={(cancelled ? restoreWeeklyMaintenanceAction : cancelWeeklyMaintenanceAction).bind(null, locale)}>
      <input type="hidden" name="startsAt" value={window.startsAt.toISOString()} />
      <Button variant="secondary">{t.rich(cancelled ? "restore" : "cancel", { period, hidden })}</Button>
    </form>
  );
}
