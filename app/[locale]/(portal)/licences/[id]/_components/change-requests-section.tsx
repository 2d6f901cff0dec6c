import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/server";
import type { LicenceChangeRequest } from "@/lib/change-requests/requests";
import { PageSection } from "@/components/page-section";
import { ChangeFacts } from "@/components/licences/change-facts";

/**
 * The changes asked for on this licence and where each stands, where there are any: what was
 * asked, the documents sent, the Commission's answer, and once approved, the facts now on file.
 */
export async function ChangeRequestsSection({ changes }: { changes: readonly LicenceChangeRequest[] }) {
  if (changes.length === 0) return null;
  const t = await getTranslations("LicencePage");
  const format = await getFormatter();
  return (
    <PageSection id="changes-title" title={t("changesTitle")} className="mb-10">
      <ul className="space-y-4">
        {changes.map((change) => (
          <li key={change.id} className="border border-line px-4 py-3">
            <h3 className="text-lg">
              {change.reference} – {t(`changeKinds.${change.kind}`)}
            </h3>
            <p className="mb-2 text-sm">
              <strong>{t(`changeStatuses.${change.status}`)}</strong> –{" "}
              {t("changeSentOn", { date: format.dateTime(change.createdAt, "long") })}
            </p>
            {change.proposed && change.status !== "approved" ? (
              <div className="mb-2">
                <p className="text-sm font-semibold text-muted">{t("changeAsked")}</p>
                <ChangeFacts kind={change.kind} facts={change.proposed} />
              </div>
            ) : null}
            <p className="whitespace-pre-line">{change.description}</p>
            {change.attachments.length > 0 ? (
              <div className="mt-2">
                <p className="text-sm font-semibold text-muted">{t("changeAttachments")}</p>
                <ul className="list-disc pl-6">
                  {change.attachments.map((document) => (
                    <li key={document.id}>
                      <a href={`/api/documents/${document.id}`}>{document.originalName}</a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {change.status === "approved" && change.after ? (
              <div className="mt-3 border-l-4 border-success pl-3">
                <p className="text-sm font-semibold">{t("changeApplied")}</p>
                <ChangeFacts kind={change.kind} facts={change.after} />
              </div>
            ) : null}
            {change.staffReply ? (
              <div
                className={`mt-3 border-l-4 pl-3 ${change.status === "refused" ? "border-error" : "border-success"}`}
              >
                <p className="text-sm font-semibold">
                  {change.status === "refused" ? t("refusalReasons") : t("staffReply")}
                </p>
                <p className="whitespace-pre-line">{change.staffReply}</p>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
