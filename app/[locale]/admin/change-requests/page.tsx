import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { listChangeRequestsForStaff } from "@/lib/licences/change-requests";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { Button } from "@/components/button";
import { TextArea } from "@/components/field";
import { handleChangeRequestAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminChangeRequestsPage" }))("metaTitle") };
}

/** The change-request queue: oldest open first, each handled in place with a reply. */
export default async function AdminChangeRequestsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const staff = await requirePermission("handleChangeRequests");
  const status = (await searchParams).status === "handled" ? "handled" : "open";
  const requests = await listChangeRequestsForStaff(staff, status);
  if (!requests) notFound();
  const t = await getTranslations("AdminChangeRequestsPage");
  const kinds = await getTranslations("LicencePage");
  const format = await getFormatter();
  return (
    <>
      <PageHeading>{t("title")}</PageHeading>
      <nav aria-label={t("filter")} className="mb-8 flex gap-6">
        <Link
          href="/admin/change-requests"
          aria-current={status === "open" ? "page" : undefined}
          className={status === "open" ? "font-bold" : ""}
        >
          {t("open")}
        </Link>
        <Link
          href="/admin/change-requests?status=handled"
          aria-current={status === "handled" ? "page" : undefined}
          className={status === "handled" ? "font-bold" : ""}
        >
          {t("handled")}
        </Link>
      </nav>
      {requests.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="space-y-6">
        {requests.map((request) => (
          <li key={request.id} className="border border-line p-5">
            <h2 className="mb-1 text-xl">
              {request.reference} – {kinds(`changeKinds.${request.kind}`)}
            </h2>
            <p className="mb-3 text-sm text-muted">
              <Link href={`/admin/entities/${request.licence.entity.id}`}>{request.licence.entity.legalName}</Link> –{" "}
              {request.licence.number} – {format.dateTime(request.createdAt, "long")}
            </p>
            <p className="mb-4 whitespace-pre-line">{request.description}</p>
            {request.status === "open" ? (
              <form action={handleChangeRequestAction.bind(null, locale)}>
                <input type="hidden" name="id" value={request.id} />
                <TextArea name={`reply`} label={t("reply", { reference: request.reference })} rows={3} required />
                <Button>{t("markHandled", { reference: request.reference })}</Button>
              </form>
            ) : (
              <p className="whitespace-pre-line border-l-4 border-success pl-3">{request.staffReply}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
