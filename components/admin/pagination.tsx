import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** Previous / next links that keep the rest of the query. */
export function Pagination({
  page,
  pages,
  path,
  query,
}: {
  page: number;
  pages: number;
  path: string;
  query: Record<string, string>;
}) {
  const t = useTranslations("Pagination");
  if (pages <= 1) return null;
  const href = (target: number) => `${path}?${new URLSearchParams({ ...query, page: String(target) }).toString()}`;
  return (
    <nav aria-label={t("pageOf", { page, pages })} className="mt-6 flex flex-wrap items-center gap-6">
      {page > 1 ? <Link href={href(page - 1)}>{t("previous")}</Link> : null}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)}>{t("next")}</Link> : null}
    </nav>
  );
}
