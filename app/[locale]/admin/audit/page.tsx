import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { listAuditLog } from "@/lib/audit/queries";
import { PageHeading } from "@/components/page-heading";
import { DataTable } from "@/components/data-table";
import { Pagination } from "@/components/admin/pagination";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminAuditPage" }))("metaTitle") };
}

/** Every sensitive action: who, what, on what, when, from where. Newest first. */
export default async function AdminAuditPage({ params, searchParams }: Props) {
  await resolveLocale(params);
  const staff = await requirePermission("viewAuditLog");
  const query = await searchParams;
  const entityId = typeof query.entityId === "string" ? query.entityId : undefined;
  const page = Number(typeof query.page === "string" ? query.page : "1");
  const log = await listAuditLog(staff, { entityId }, page);
  if (!log) notFound();
  const t = await getTranslations("AdminAuditPage");
  const format = await getFormatter();
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {log.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("caption", { total: log.total })}
          headers={[t("when"), t("who"), t("what"), t("subject"), t("from")]}
          rows={log.rows.map((row) => [
            `${format.dateTime(row.createdAt, "long")} ${format.dateTime(row.createdAt, "time")}`,
            row.actorName ?? t("system"),
            <code key="action">{row.action}</code>,
            <span key="subject" className="font-mono text-sm">
              {row.subjectType} {row.subjectId.slice(0, 8)}
            </span>,
            row.ip ?? "—",
          ])}
        />
      )}
      <Pagination page={log.page} pages={log.pages} path="/admin/audit" query={entityId ? { entityId } : {}} />
    </>
  );
}
