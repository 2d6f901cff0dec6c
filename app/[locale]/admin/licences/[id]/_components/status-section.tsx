import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { StaffLicence } from "@/lib/licences/staff";
import { statusActionsFrom, type LicenceStatusAction } from "@/lib/licences/status-actions";
import { effectiveOnDate, openSurrenderForStaff } from "@/lib/licences/surrender";
import type { AppLocale } from "@/lib/i18n/routing";
import { PageSection } from "@/components/page-section";
import { NotificationBanner } from "@/components/notification-banner";
import { ButtonLink } from "@/components/button";
import { ClientMessages } from "@/components/client-messages";
import { LicenceStatusTag } from "@/components/licences/status-tag";
import { statusReasonDescriber } from "@/components/licences/status-reason";
import { changeLicenceStatusAction } from "../actions";
import { StatusActionForm } from "./status-action-form";

/**
 * The licence's status actions (suspend, cancel, reinstate, record a surrender) and its timeline.
 * Each action is chosen first (`?statusAction=`), then confirmed on its own form with a reason:
 * one decision, one confirmed action, with or without JavaScript.
 */
export async function StatusSection({
  licence,
  staff,
  locale,
  chosen,
}: {
  licence: StaffLicence;
  staff: SessionUser;
  locale: AppLocale;
  chosen: LicenceStatusAction | null;
}) {
  const t = await getTranslations("AdminLicencePage.statusSection");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const describe = await statusReasonDescriber();
  const surrender = await openSurrenderForStaff(staff, licence.id);
  const mayChange = can(staff.role, "manageLicenceStatus");
  const actions = mayChange ? statusActionsFrom(licence.status) : [];
  const pagePath = `/admin/licences/${licence.id}`;
  const requestedDay = surrender ? effectiveOnDate(surrender) : null;

  return (
    <PageSection id="status-title" title={t("title")} className="mb-12">
      <p className="mb-4 flex flex-wrap items-center gap-3">
        <LicenceStatusTag status={licence.status} label={terms(`licenceStatuses.${licence.status}`)} />
        {licence.status === "suspended" ? (
          <span>
            {licence.suspendedUntil
              ? t("suspendedThroughLong", { date: format.dateTime(licence.suspendedUntil, "day") })
              : t("suspendedIndefinitely")}
          </span>
        ) : null}
      </p>

      {surrender ? (
        <NotificationBanner tone="warning" headingLevel={3} title={t("surrenderRequestedTitle")}>
          <p>
            {t("surrenderRequested", {
              reference: surrender.reference,
              asked: format.dateTime(surrender.createdAt, "day"),
              day: requestedDay ? format.dateTime(requestedDay, "day") : "—",
            })}
          </p>
          {actions.includes("recordSurrender") ? <p>{t("surrenderRequestedHint")}</p> : null}
        </NotificationBanner>
      ) : null}

      {!mayChange ? <p className="mb-6 max-w-prose">{t("notPermitted")}</p> : null}
      {mayChange && actions.length === 0 ? (
        <p className="mb-6 max-w-prose">{t("noAction", { status: licence.status })}</p>
      ) : null}

      {chosen && actions.includes(chosen) ? (
        <div className="mb-8">
          <ClientMessages namespaces={["AdminLicencePage"]}>
            <StatusActionForm
              action={chosen}
              serverAction={changeLicenceStatusAction.bind(null, locale, licence.id, chosen)}
              number={licence.number}
              backHref={`${pagePath}#status-title`}
            />
          </ClientMessages>
        </div>
      ) : actions.length > 0 ? (
        <div className="mb-8">
          <p className="mb-3 max-w-prose">{t("chooseAction")}</p>
          <ul className="flex flex-wrap gap-3">
            {actions.map((action) => (
              <li key={action}>
                <ButtonLink
                  href={`${pagePath}?statusAction=${action}#status-title`}
                  variant={action === "reinstate" ? "primary" : "secondary"}
                >
                  {t(`choose.${action}`)}
                </ButtonLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <h3 className="mb-3 text-xl">{t("timelineTitle")}</h3>
      {licence.statusEvents.length === 0 ? (
        <p>{t("noEvents")}</p>
      ) : (
        <ol className="border-l-4 border-line pl-5">
          {licence.statusEvents.map((event) => (
            <li key={event.id} className="mb-4">
              <strong>{terms(`licenceStatuses.${event.status}`)}</strong> – {format.dateTime(event.occurredAt, "long")}
              <span className="block text-sm text-muted">
                {event.actorName ? t("by", { name: event.actorName }) : t("byPortal")}
              </span>
              {event.reason ? (
                <span className="block max-w-prose whitespace-pre-line break-words">{describe(event.reason)}</span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </PageSection>
  );
}
