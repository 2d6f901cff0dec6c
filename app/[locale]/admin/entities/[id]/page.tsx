import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getEntityForStaff } from "@/lib/entities/staff";
import { CODE_RECIPIENT_ROLES } from "@/lib/access-codes/codes";
import { Link } from "@/lib/i18n/navigation";
import { PageHeading } from "@/components/page-heading";
import { SummaryList } from "@/components/summary-list";
import { DataTable } from "@/components/data-table";
import { Button } from "@/components/button";
import { ClientMessages } from "@/components/client-messages";
import { IssueCodeForm } from "./_components/issue-code-form";
import { PublishReportForm } from "./_components/publish-report-form";
import {
  issueAccessCodeAction,
  publishReportAction,
  revokeAccessCodeAction,
  setReportsAccessAction,
  unlinkAccountAction,
} from "./actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "AdminEntityPage" }))("metaTitle") };
}

/** The whole entity file for staff: people, licences, access codes, linked accounts, reports. */
export default async function AdminEntityPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const staff = await requirePermission("viewEntities");
  const { id } = await params;
  const entity = await getEntityForStaff(staff, id);
  if (!entity) notFound();
  const t = await getTranslations("AdminEntityPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, "long");
  const now = new Date();
  const codeRecipients = entity.people
    .filter((person) => (CODE_RECIPIENT_ROLES as readonly string[]).includes(person.role))
    .map((person) => ({
      id: person.id,
      label: `${person.firstName} ${person.lastName} – ${terms(`personRoles.${person.role}`)}`,
    }));
  const hidden = (name: string, value: string) => <input type="hidden" name={name} value={value} />;

  return (
    <>
      <PageHeading caption={t("caption")}>{entity.legalName}</PageHeading>
      <SummaryList
        rows={[
          { key: t("operatingName"), value: entity.operatingName ?? "—" },
          { key: t("type"), value: terms(`entityTypes.${entity.type}`) },
          { key: t("businessNumber"), value: entity.businessNumber ?? "—" },
          { key: t("contact"), value: [entity.email, entity.phone].filter(Boolean).join(" · ") || "—" },
        ]}
      />
      <p className="mb-10">
        <Link href={`/admin/audit?entityId=${entity.id}`}>{t("auditLink")}</Link>
      </p>

      <DataTable
        caption={t("peopleTitle")}
        headers={[t("name"), t("role")]}
        rows={entity.people.map((person) => [
          `${person.firstName} ${person.lastName}${person.title ? ` (${person.title})` : ""}`,
          person.shareBasisPoints !== null
            ? `${terms(`personRoles.${person.role}`)} – ${format.number(person.shareBasisPoints / 10000, { style: "percent", maximumFractionDigits: 2 })}`
            : terms(`personRoles.${person.role}`),
        ])}
      />

      <DataTable
        caption={t("licencesTitle")}
        headers={[t("number"), t("kind"), t("status"), t("expiresOn")]}
        rows={entity.licences.map((licence) => [
          licence.number,
          terms(`licenceKinds.${licence.kind}`),
          terms(`licenceStatuses.${licence.status}`),
          format.dateTime(licence.expiresOn, "day"),
        ])}
      />

      <section aria-labelledby="codes-title" className="mb-12">
        <h2 id="codes-title" className="mb-4 text-2xl">
          {t("codesTitle")}
        </h2>
        {entity.accessCodes.length === 0 ? (
          <p className="mb-6">{t("noCodes")}</p>
        ) : (
          <DataTable
            caption={t("codesListCaption")}
            headers={[t("codeEnding"), t("caller"), t("issuedOn"), t("codeStatus"), t("actions")]}
            rows={entity.accessCodes.map((code) => {
              const state = code.revokedAt ? "revoked" : code.expiresAt <= now ? "expired" : "active";
              return [
                <span key="hint" className="font-mono">
                  …{code.hint}
                </span>,
                <span key="caller">
                  {code.callerName}
                  <span className="block text-sm text-muted">
                    {t(`verificationMethods.${code.verificationMethod as "other"}`)} – {code.verificationNote}
                  </span>
                </span>,
                date(code.createdAt),
                t(`codeStates.${state}`, { date: date(code.revokedAt ?? code.expiresAt) }),
                state === "active" && can(staff.role, "revokeAccessCodes") ? (
                  <form key="revoke" action={revokeAccessCodeAction.bind(null, locale)}>
                    {hidden("id", code.id)}
                    {hidden("entityId", entity.id)}
                    <Button variant="secondary">{t("revokeCode", { hint: code.hint })}</Button>
                  </form>
                ) : (
                  "—"
                ),
              ];
            })}
          />
        )}
        {can(staff.role, "issueAccessCodes") ? (
          <>
            <h3 className="mb-3 mt-8 text-xl">{t("issueTitle")}</h3>
            <p className="mb-6 max-w-prose">{t("issueIntro")}</p>
            <ClientMessages namespaces={["AdminEntityPage"]}>
              <IssueCodeForm action={issueAccessCodeAction.bind(null, entity.id)} people={codeRecipients} />
            </ClientMessages>
          </>
        ) : null}
      </section>

      <section aria-labelledby="links-title" className="mb-12">
        <h2 id="links-title" className="mb-4 text-2xl">
          {t("linksTitle")}
        </h2>
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
                    {can(staff.role, "grantReportsAccess") ? (
                      <form action={setReportsAccessAction.bind(null, locale)}>
                        {hidden("id", link.id)}
                        {hidden("entityId", entity.id)}
                        {hidden("granted", link.reportsAccess ? "no" : "yes")}
                        <Button variant="secondary">
                          {link.reportsAccess ? t("withdrawReports", { name }) : t("grantReports", { name })}
                        </Button>
                      </form>
                    ) : null}
                    {can(staff.role, "unlinkAccounts") ? (
                      <form action={unlinkAccountAction.bind(null, locale)}>
                        {hidden("id", link.id)}
                        {hidden("entityId", entity.id)}
                        <Button variant="danger">{t("unlink", { name })}</Button>
                      </form>
                    ) : null}
                  </div>
                ),
              ];
            })}
          />
        )}
      </section>

      <section aria-labelledby="reports-title" className="mb-12">
        <h2 id="reports-title" className="mb-4 text-2xl">
          {t("reportsTitle")}
        </h2>
        {entity.reports.length === 0 ? (
          <p className="mb-6">{t("noReports")}</p>
        ) : (
          <ul className="mb-6 list-disc pl-6">
            {entity.reports.map((report) => (
              <li key={report.id}>
                {report.title} – {date(report.publishedAt)}
              </li>
            ))}
          </ul>
        )}
        {can(staff.role, "publishReports") ? (
          <ClientMessages namespaces={["AdminEntityPage"]}>
            <PublishReportForm action={publishReportAction.bind(null, entity.id)} />
          </ClientMessages>
        ) : null}
      </section>
    </>
  );
}
