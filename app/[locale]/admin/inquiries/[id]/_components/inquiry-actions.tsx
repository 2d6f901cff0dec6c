import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { StaffInquiry } from "@/lib/inquiries/staff";
import type { AppLocale } from "@/lib/i18n/routing";
import { Button } from "@/components/button";
import { disableApplicantAction, unlinkFromInquiryAction } from "../../actions";
import { entityName } from "./entity-name";
import { PageSection } from "@/components/page-section";

/** What the inquiry may ask for: removing a person from the business, or closing the applicant's account. */
export async function InquiryActions({
  inquiry,
  locale,
  canUnlink,
  canDisable,
}: {
  inquiry: StaffInquiry;
  locale: AppLocale;
  canUnlink: boolean;
  canDisable: boolean;
}) {
  if (!canUnlink && !canDisable) return null;
  const t = await getTranslations("AdminInquiryPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const { entity, user } = inquiry;

  return (
    <PageSection id="actions-title" title={t("actionsTitle")}>
      {canUnlink ? (
        <div className="mb-10">
          {entity ? (
            <>
              <h3 className="mb-2 text-xl">{t("linksTitle", { entity: entityName(entity) })}</h3>
              <p className="mb-4 max-w-prose">{t("linksBody")}</p>
              {entity.links.length === 0 ? (
                <p>{t("noLinks")}</p>
              ) : (
                <ul className="border-t border-line">
                  {entity.links.map((link) => {
                    const name = `${link.user.firstName} ${link.user.lastName}`;
                    return (
                      <li
                        key={link.id}
                        className="flex flex-wrap items-center justify-between gap-4 border-b border-line py-3"
                      >
                        <div>
                          <p className="font-semibold">{name}</p>
                          <p className="text-sm text-muted">
                            {t("linkedSince", {
                              email: link.user.email,
                              via: terms(`linkVia.${link.via}`),
                              date: format.dateTime(link.createdAt, "long"),
                            })}
                          </p>
                        </div>
                        <form action={unlinkFromInquiryAction.bind(null, locale)}>
                          <input type="hidden" name="inquiryId" value={inquiry.id} />
                          <input type="hidden" name="linkId" value={link.id} />
                          <Button variant="danger">{t("unlink", { name })}</Button>
                        </form>
                      </li>
                    );
                  })}
                </ul>
              )}
            </>
          ) : (
            <p className="max-w-prose">{t("noEntityActions")}</p>
          )}
        </div>
      ) : null}

      {canDisable ? (
        <div>
          <h3 className="mb-2 text-xl">{t("disableTitle")}</h3>
          {user.status === "active" ? (
            <>
              <p className="mb-4 max-w-prose">{t("disableBody")}</p>
              <form action={disableApplicantAction.bind(null, locale)}>
                <input type="hidden" name="inquiryId" value={inquiry.id} />
                <Button variant="danger">{t("disable")}</Button>
              </form>
            </>
          ) : (
            <p>{t("accountNotActive", { status: terms(`accountStatuses.${user.status}`) })}</p>
          )}
        </div>
      ) : null}
    </PageSection>
  );
}
