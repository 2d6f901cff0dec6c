import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter, resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { listReviewers, listReviewQueue } from "@/lib/applications/review";
import { applicationKinds } from "@/lib/applications/registry";
import { sectors } from "@/lib/applications/engine";
import { Link } from "@/lib/i18n/navigation";
import { Pagination } from "@/components/admin/pagination";
import { Button } from "@/components/button";
import { DataTable } from "@/components/data-table";
import { SelectField, TextField } from "@/components/field";
import { PageHeading } from "@/components/page-heading";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminApplicationsPage" }))("title") };
}

const ages = ["7", "14", "30"] as const;
const statuses = ["submitted", "under_review", "information_requested", "approved", "refused", "withdrawn"] as const;

/**
 * The licensing officers' queue: oldest submission first, filtered by sector, kind, status, age,
 * assignee (me, nobody or any reviewer) and search.
 */
export default async function AdminApplicationsPage({ params, searchParams }: Props) {
  await resolveLocale(params);
  const staff = await requirePermission("reviewApplications");
  const query = await searchParams;
  const filters = {
    sector: sectors.find((sector) => sector === query.sector),
    kind: query.kind || undefined,
    status: query.status || undefined,
    olderThanDays: ages.find((age) => age === query.age) ? Number(query.age) : undefined,
    search: query.q || undefined,
    mine: query.assignee === "me",
    assignedTo: query.assignee || undefined,
    page: Number(query.page) || 1,
  };
  const [queue, reviewers] = await Promise.all([listReviewQueue(staff, filters), listReviewers(staff)]);
  if (!queue) notFound();
  const t = await getTranslations("AdminApplicationsPage");
  const sectorNames = await getTranslations("KindCatalogue");
  const statusLabels = await getTranslations("ApplicationPage");
  const format = await getFormatter();
  const titles = Object.fromEntries(
    await Promise.all(
      applicationKinds.all().map(async (kind) => [kind.id, (await getTranslations(kind.messages))("title")] as const),
    ),
  );
  const kept = Object.fromEntries(
    Object.entries({
      sector: query.sector,
      kind: query.kind,
      status: query.status,
      age: query.age,
      q: query.q,
      assignee: query.assignee,
    }).filter(([, value]) => value),
  ) as Record<string, string>;

  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <form
        method="get"
        className="mb-8 grid items-end gap-x-6 sm:grid-cols-2 lg:grid-cols-3"
        role="search"
        aria-label={t("filters")}
      >
        <TextField name="q" label={t("search")} hint={t("searchHint")} defaultValue={query.q} />
        <SelectField
          name="sector"
          label={t("sector")}
          placeholder={t("any")}
          defaultValue={query.sector ?? ""}
          options={sectors.map((sector) => ({ value: sector, label: sectorNames(`sectors.${sector}`) }))}
        />
        <SelectField
          name="kind"
          label={t("kind")}
          placeholder={t("any")}
          defaultValue={query.kind ?? ""}
          options={applicationKinds.all().map((kind) => ({ value: kind.id, label: titles[kind.id] }))}
        />
        <SelectField
          name="status"
          label={t("status")}
          placeholder={t("inQueue")}
          defaultValue={query.status ?? ""}
          options={statuses.map((status) => ({ value: status, label: statusLabels(`statuses.${status}`) }))}
        />
        <SelectField
          name="age"
          label={t("age")}
          placeholder={t("any")}
          defaultValue={query.age ?? ""}
          options={ages.map((age) => ({ value: age, label: t("olderThan", { days: Number(age) }) }))}
        />
        <SelectField
          name="assignee"
          label={t("assignedTo")}
          placeholder={t("any")}
          defaultValue={query.assignee ?? ""}
          options={[
            { value: "me", label: t("assignedToMe") },
            { value: "unassigned", label: t("unassigned") },
            ...reviewers.map((reviewer) => ({
              value: reviewer.id,
              label: `${reviewer.firstName} ${reviewer.lastName}`,
            })),
          ]}
        />
        <div className="sm:col-span-2 lg:col-span-3">
          <Button variant="secondary">{t("apply")}</Button>
        </div>
      </form>
      <p className="mb-3" role="status">
        {t("count", { count: queue.total })}
      </p>
      {queue.total === 0 ? null : (
        <DataTable
          caption={t("title")}
          hiddenCaption
          // Six columns do not fit a phone: the table scrolls sideways rather than folding each cell.
          scrollable={{ label: t("title"), minWidth: "min-w-[60rem]" }}
          rowHeader={0}
          headers={[t("fileNumber"), t("kind"), t("applicant"), t("status"), t("submitted"), t("assignedTo")]}
          rows={queue.rows.map((row) => [
            // A file number is read and compared whole: never broken across lines.
            <Link key="file" href={`/admin/applications/${row.id}`} className="whitespace-nowrap font-semibold">
              {row.fileNumber}
            </Link>,
            titles[row.kind] ?? row.kind,
            row.entity?.legalName ?? `${row.user.firstName} ${row.user.lastName}`,
            statusLabels(`statuses.${row.status}`),
            row.submittedAt ? (
              <time key="submitted" dateTime={row.submittedAt.toISOString()} className="whitespace-nowrap">
                {format.dateTime(row.submittedAt, "long")}
              </time>
            ) : (
              "—"
            ),
            // A name breaks between first and last name, never at a hyphen ("Marie-Ève Bélanger-Lapointe").
            row.assignedTo ? (
              <span key="assignee">
                <span className="whitespace-nowrap">{row.assignedTo.firstName}</span>{" "}
                <span className="whitespace-nowrap">{row.assignedTo.lastName}</span>
              </span>
            ) : (
              t("unassigned")
            ),
          ])}
        />
      )}
      <Pagination page={queue.page} pages={queue.pages} path="/admin/applications" query={kept} />
    </>
  );
}
