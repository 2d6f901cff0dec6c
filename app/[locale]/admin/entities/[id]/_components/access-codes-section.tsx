import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { StaffEntity } from "@/lib/entities/staff";
import { CODE_RECIPIENT_ROLES } from "@/lib/access-codes/codes";
import { isVerificationMethod } from "@/lib/access-codes/schemas";
import type { AppLocale } from "@/lib/i18n/routing";
import { DataTable } from "@/components/data-table";
import { Button } from "@/components/button";
import { ClientMessages } from "@/components/client-messages";
import { IssueCodeForm } from "./issue-code-form";
import { issueAccessCodeAction, revokeAccessCodeAction } from "../actions";
import { PageSection } from "@/components/page-section";

/** The access codes issued for the entity (never the codes themselves), revoking one, and issuing a new one. */
export async function AccessCodesSection({
  entity,
  locale,
  now,
  canRevoke,
  canIssue,
}: {
  entity: StaffEntity;
  locale: AppLocale;
  now: Date;
  canRevoke: boolean;
  canIssue: boolean;
}) {
  const t = await getTranslations("AdminEntityPage");
  const terms = await getTranslations("Terms");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, "long");
  const codeRecipients = entity.people
    .filter((person) => (CODE_RECIPIENT_ROLES as readonly string[]).includes(person.role))
    .map((person) => ({
      id: person.id,
      label: `${person.firstName} ${person.lastName} – ${terms(`personRoles.${person.role}`)}`,
    }));

  return (
    <PageSection id="codes-title" title={t("codesTitle")} className="mb-12">
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
                  {code.verificationMethod === "renewal_letter"
                    ? t("codeSentByLetter", { number: code.verificationNote })
                    : `${isVerificationMethod(code.verificationMethod) ? t(`verificationMethods.${code.verificationMethod}`) : code.verificationMethod} – ${code.verificationNote}`}
                </span>
              </span>,
              date(code.createdAt),
              t(`codeStates.${state}`, { date: date(code.revokedAt ?? code.expiresAt) }),
              state === "active" && canRevoke ? (
                <form key="revoke" action={revokeAccessCodeAction.bind(null, locale)}>
                  <input type="hidden" name="id" value={code.id} />
                  <input type="hidden" name="entityId" value={entity.id} />
                  <Button variant="secondary">{t("revokeCode", { hint: code.hint })}</Button>
                </form>
              ) : (
                "—"
              ),
            ];
          })}
        />
      )}
      {canIssue ? (
        <>
          <h3 className="mb-3 mt-8 text-xl">{t("issueTitle")}</h3>
          <p className="mb-6 max-w-prose">{t("issueIntro")}</p>
          <ClientMessages namespaces={["AdminEntityPage"]}>
            <IssueCodeForm action={issueAccessCodeAction.bind(null, entity.id)} people={codeRecipients} />
          </ClientMessages>
        </>
      ) : null}
    </PageSection>
  );
}
