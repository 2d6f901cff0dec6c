import { useTranslations } from "next-intl";
import { useFormatter } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";
import { DataTable } from "@/components/data-table";

export type MyApplicationRow = {
  id: string;
  fileNumber: string;
  /** The kind's own title ("Horse racing licence"). */
  title: string;
  /** The status as the application page words it. */
  status: string;
  updatedAt: Date;
};

/**
 * The applications as a table from a small tablet up; on a phone, one card each, so the status and
 * the date are read without scrolling sideways. Only one of the two is displayed (and so heard).
 */
export function MyApplicationList({ rows }: { rows: readonly MyApplicationRow[] }) {
  const t = useTranslations("MyApplicationsPage");
  const format = useFormatter();
  const fileLink = (row: MyApplicationRow) => (
    <Link href={`/applications/${row.id}`} className="font-semibold">
      {row.fileNumber}
    </Link>
  );
  const updated = (row: MyApplicationRow) => (
    <time dateTime={row.updatedAt.toISOString()}>{format.dateTime(row.updatedAt, "long")}</time>
  );
  return (
    <>
      <ul aria-label={t("tableLabel")} className="mb-8 border-t-2 border-ink sm:hidden">
        {rows.map((row) => (
          <li key={row.id} className="border-b border-line py-4">
            <p className="mb-2 text-lg">{fileLink(row)}</p>
            {/* A long label ("Dernière modification") wraps rather than squeezing the values. */}
            <dl className="grid grid-cols-[fit-content(9rem)_1fr] gap-x-4 gap-y-1">
              <dt className="font-semibold">{t("kind")}</dt>
              <dd>{row.title}</dd>
              <dt className="font-semibold">{t("status")}</dt>
              <dd>{row.status}</dd>
              <dt className="font-semibold">{t("lastChange")}</dt>
              <dd>{updated(row)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <DataTable
          caption={t("tableLabel")}
          hiddenCaption
          scrollable={{ label: t("tableLabel"), minWidth: "min-w-[36rem]" }}
          rowHeader={0}
          headers={[t("fileNumber"), t("kind"), t("status"), t("lastChange")]}
          rows={rows.map((row) => [fileLink(row), row.title, row.status, updated(row)])}
        />
      </div>
    </>
  );
}
