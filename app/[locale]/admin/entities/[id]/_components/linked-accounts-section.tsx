import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { StaffEntity } from "@/lib/entities/staff";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { DataTable } from "@/components/data-table";
import { Button } from "@/components/button";
import { setReportsAccessAction, unlinkAccountAction } from "../actions";
import { PageSection } from "@/components/page-section";

/** The accounts linked to the entity, past and present, with granting reports and unlinking. */
export async function LinkedAccountsSection({
  entity,
  locale,
  canGrantReports,
  canUnlink,
}: {
  entity: StaffEntity;
  locale: AppLocale;
  canGrantReports: boolean;
  canUnlink: boolean;
}) {
  const t = await getTranslations("AdminEntityPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, "long");

  return (
    <PageSection id="links-title" title={t("linksTitle")} className="mb-12">
      {entity.links.length === 0 ? (
        <p>{t("noLinks")}</p>
      ) : (
        <DataTable
          caption={t("linksCaption")}
          headers={[t("account"), t("linkedBy"), t("reports"), t("actions")]}
          rows={entity.links.map((link) => {
            const name = `${link.user.firstName} ${link.user.lastName}`;
            return [
              <span key="account">
                <Link href={`/admin/accounts/${link.user.id}`}>{name}</Link>
                <span className="block text-sm text-muted">{link.user.email}</span>
              </span>,
              <span key="via">
                {terms(`linkVia.${link.via}`)}
                <span className="block text-sm text-muted">
                  {link.revokedAt
                    ? t("unlinkedOn", { date: date(link.revokedAt) })
                    : t("linkedOn", { date: date(link.createdAt) })}
                </span>
              </span>,
              link.revokedAt ? "—" : link.reportsAccess ? t("reportsGranted") : t("reportsNotGranted"),
              link.revokedAt ? (
                "—"
              ) : (
                <div key="actions" className="flex flex-wrap gap-2">
                  {canGrantReports ? (
                    <form action={setReportsAccessAction.bind(null, locale)}>
                      <input type="hidden" name="id" value={link.id} />
                      <input type="hidden" name="entityId" value={entity.id} />
                      <input type="hidden" name="granted" value={link.reportsAccess ? "no" : "yes"} />
                      <Button variant="secondary">
                        {link.reportsAccess ? t("withdrawReports", { name }) : t("grantReports", { name })}
                      </Button>
                    </form>
                  ) : null}
                  {canUnlink ? (
                    <form action={unlinkAccountAction.bind(null, locale)}>
                      <input type="hidden" name="id" value={link.id} />
                      <input type="hidden" name="entityId" value={entity.id} />
                      <Button variant="danger">{t("unlink", { name })}</Button>
                    </form>
                  ) : null}
                </div>
              ),
            ];
          })}
        />
      )}
    </PageSection>
  );
}
