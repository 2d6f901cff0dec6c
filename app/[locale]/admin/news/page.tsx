import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { readFlash } from "@/lib/forms/flash";
import { newsInLocale, newsState } from "@/lib/news/rules";
import { listNewsForStaff } from "@/lib/news/staff";
import { Button } from "@/components/button";
import { ClientMessages } from "@/components/client-messages";
import { DataTable } from "@/components/data-table";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { PageSection } from "@/components/page-section";
import { NewsItemForm } from "./_components/news-item-form";
import { publishNewsItemAction, saveNewsItemAction, withdrawNewsItemAction } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The notices this page shows after a redirect (lib/forms/flash). */
const notices = { done: ["drafted", "published", "withdrawn"], error: ["incomplete", "notChanged"] } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminNewsPage" }))("metaTitle") };
}

/**
 * Staff news: every item with its state (draft, scheduled, showing, ended), publishing a draft
 * once both languages are written, withdrawing one, and writing a new one.
 */
export default async function AdminNewsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const staff = await requirePermission("publishNews");
  const items = await listNewsForStaff(staff);
  if (!items) notFound();
  const t = await getTranslations("AdminNewsPage");
  const format = await getFormatter();
  const flash = readFlash(await searchParams, notices);
  const now = new Date();
  const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {flash?.kind === "done" ? <NotificationBanner tone="success" title={t(`done.${flash.notice}`)} /> : null}
      {flash?.kind === "error" ? <NotificationBanner tone="error" title={t(`failed.${flash.notice}`)} /> : null}

      <PageSection id="items-title" title={t("itemsTitle")} className="mb-12">
        {items.length === 0 ? (
          <p>{t("noItems")}</p>
        ) : (
          <DataTable
            caption={t("itemsTitle")}
            hiddenCaption
            headers={[t("itemTitle"), t("audience"), t("shown"), t("state"), t("action")]}
            rowHeader={0}
            rows={items.map((item) => {
              const state = newsState(item, now);
              const { title } = newsInLocale(item, locale);
              const other = newsInLocale(item, locale === "fr" ? "en" : "fr").title;
              return [
                title || other,
                t(`audiences.${item.audience}`),
                item.showUntil
                  ? t("shownBetween", {
                      from: format.dateTime(item.showFrom, "moment"),
                      until: format.dateTime(item.showUntil, "moment"),
                    })
                  : t("shownFrom", { from: format.dateTime(item.showFrom, "moment") }),
                t(`states.${state}`),
                state === "draft" ? (
                  <form key="action" action={publishNewsItemAction.bind(null, locale)}>
                    <input type="hidden" name="itemId" value={item.id} />
                    <Button variant="secondary">{t.rich("publishNamed", { title: title || other, hidden })}</Button>
                  </form>
                ) : state === "showing" || state === "scheduled" ? (
                  <form key="action" action={withdrawNewsItemAction.bind(null, locale)}>
                    <input type="hidden" name="itemId" value={item.id} />
                    <Button variant="secondary">{t.rich("withdrawNamed", { title: title || other, hidden })}</Button>
                  </form>
                ) : null,
              ];
            })}
          />
        )}
      </PageSection>

      <PageSection id="write-title" title={t("writeTitle")}>
        <ClientMessages namespaces={["AdminNewsPage"]}>
          <NewsItemForm action={saveNewsItemAction.bind(null, locale)} />
        </ClientMessages>
      </PageSection>
    </>
  );
}
